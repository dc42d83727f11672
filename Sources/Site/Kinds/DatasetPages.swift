import Charts
import Content
import Templates

/// A page per dataset (table, charts, checks, notes) with its CSV and JSON downloads.
struct DatasetPages: PageKind {
    struct View: Sendable {
        let reference: DatasetReference
        /// The dataset's table on its section page, and that section's title.
        let sectionHref: SiteLink?
        let sectionTitle: String?
        let documentTitle: String
        let shapeLabel: String
        /// Each draws a `Chart` once the page's links are known.
        let charts: [LinkedMarkup]
        let table: LinkedMarkup?
        let checks: [CheckView]
        let checkSummary: String
        let notes: [String]
        /// Nil when the table could not be recovered: there is nothing to download.
        let downloads: Downloads?
        let unrecoverable: String?
    }

    struct Chart: Sendable {
        let svg: String
        let caption: String
        let tableHref: String
        /// The wide drawing as an SVG file.
        let svgHref: SiteLink
    }

    /// The dataset as CSV and as JSON.
    struct Downloads: Sendable {
        let csvHref: SiteLink
        let jsonHref: SiteLink
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let locator = SourceLocator(documents: content.documents)
        let prefecturePaths = PrefectureRoutes.pages(content.prefectureList)
        return content.datasets.map { dataset in
            SitePage(
                location: DataRoutes.root + [dataset.id], title: dataset.title, description: dataset.description,
                template: "dataset",
                view: .value(view(dataset, locator: locator, prefectures: content.prefectureList, prefecturePaths: prefecturePaths)))
        }
    }

    private func view(_ dataset: Dataset, locator: SourceLocator, prefectures: PrefectureList, prefecturePaths: [Int: String]) -> View {
        let tableID = "table-\(dataset.id)"
        let recovered = dataset.unrecoverable == nil && !dataset.columns.isEmpty
        let charts = DatasetCharts(dataset: dataset, prefectures: prefectures, credit: DatasetCharts.credit(dataset, locator: locator))
        let drawings = recovered ? charts.drawings() : []
        return View(
            reference: DatasetReference(dataset, locator: locator),
            sectionHref: locator.place(of: dataset).map(SiteLink.init),
            sectionTitle: locator.section(for: dataset.source).map { DocumentRoutes.heading($0.number, $0.title) },
            documentTitle: locator.title(of: dataset.source.document), shapeLabel: SiteText.shape(dataset.shape),
            charts: drawings.enumerated().map { index, draw in
                LinkedMarkup { link in
                    let chart = draw({ prefecturePaths[$0].map(link) }, .both)
                    return Chart(
                        svg: chart.svg, caption: chart.description, tableHref: "#" + tableID,
                        svgHref: SiteLink(DatasetCharts.download(dataset, index)))
                }
            },
            table: recovered
                ? LinkedMarkup { link in DatasetTable(dataset: dataset, prefectureLink: { prefecturePaths[$0].map(link) }).render(id: tableID) }
                : nil,
            checks: dataset.checks.map { CheckView($0) },
            checkSummary: SiteText.checkSummary(dataset.checks), notes: dataset.notes,
            downloads: recovered ? Downloads(csvHref: SiteLink(DataRoutes.csv(dataset)), jsonHref: SiteLink(DataRoutes.json(dataset))) : nil,
            unrecoverable: dataset.unrecoverable)
    }

    /// The downloads: CSV (with a byte-order mark for Excel) and JSON for every recovered dataset,
    /// and each chart's wide drawing as an SVG file (with its title, unit, source and date inside).
    func files(_ site: SiteModel) -> [OutputFile] {
        let locator = SourceLocator(documents: site.content.documents)
        let prefectures = site.content.prefectureList
        // Each dataset's downloads are drawn and written out on all cores.
        let downloads: @Sendable (Dataset) -> [OutputFile] = { dataset in
            let charts = dataset.columns.isEmpty
                ? []
                : DatasetCharts(dataset: dataset, prefectures: prefectures, credit: DatasetCharts.credit(dataset, locator: locator))
                    .drawings().enumerated().map { index, draw in
                        OutputFile(path: DatasetCharts.download(dataset, index), text: draw({ _ in nil }, .wideOnly).wideSVG)
                    }
            return [
                OutputFile(path: DataRoutes.csv(dataset), contents: DatasetExports.csv(dataset)),
                OutputFile(path: DataRoutes.json(dataset), contents: DatasetExports.json(dataset)),
            ] + charts
        }
        let recovered = site.content.datasets.filter { $0.unrecoverable == nil }
        return ((try? ParallelMap.map(recovered, downloads)) ?? recovered.map(downloads)).flatMap { $0 }
    }
}
