import Charts
import Content
import Templates

/// `programs/<slug>/index.html`: what a program is (the hand-written summary), its key figures, its
/// per-prefecture data as a tile map, a ranked chart and a table linking the prefecture pages, the
/// sections that describe it with excerpts, its budget lines and related programs.
struct ProgramPages: PageKind {
    struct View: Sendable {
        let gloss: String
        let theme: PageLinkView
        let governingBody: String?
        let documents: [PageLinkView]
        let figures: [KeyFigure]
        /// Every dataset that measures the program.
        let datasets: [PageLinkView]
        let maps: [MapPanel]
        let prefectures: [PageLinkView]
        let sections: [ListEntry]
        let budgets: [Budget]
        let related: [PageLinkView]
    }

    /// One per-prefecture dataset drawn for the program.
    struct MapPanel: Sendable {
        let heading: DatasetHeading
        /// The tile map, and the ranked bar chart behind a disclosure.
        let map: LinkedMarkup?
        let ranking: LinkedMarkup?
        let table: LinkedMarkup
    }

    struct Budget: Sendable {
        let heading: DatasetHeading
        let headers: [String]
        let lines: [BudgetLine]
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let locator = SourceLocator(documents: content.documents)
        let datasets = Dictionary(content.datasets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        let programs = Dictionary(content.programs.map { ($0.slug, $0) }, uniquingKeysWith: { a, _ in a })
        let prefecturePaths = PrefectureRoutes.pages(content.prefectureList)
        // A long section (a reference list of hundreds of lines) is described by many programs:
        // its plain text is worked out once, not once per program.
        let sectionIDs = Array(Set(content.programs.flatMap { $0.sections.map(\.id) })).sorted()
        // Both run on all cores: they are the longest part of building the pages, before any renders.
        let plainText: @Sendable (String) -> (text: String, normalized: Bool) = { id in
            let text = self.section(id, locator: locator).map { SectionExcerpt.plainText($0.section.body) } ?? ""
            return (text, SectionExcerpt.isNormalized(text))
        }
        let plainTexts = Dictionary(
            uniqueKeysWithValues: zip(sectionIDs, (try? ParallelMap.map(sectionIDs, plainText)) ?? sectionIDs.map(plainText)))
        let page: @Sendable (Program) -> SitePage = { program in
            let measured = program.datasets.compactMap { datasets[$0.id] }
            let maps = measured.filter { $0.shape == .prefectures && $0.unrecoverable == nil }.compactMap {
                mapPanel($0, prefectures: content.prefectureList, paths: prefecturePaths, locator: locator)
            }
            let shown = Set(measured.flatMap { dataset in dataset.codeColumn == nil ? [] : dataset.rows.indices.compactMap(dataset.code(ofRow:)) })
            let prefectureLinks = content.prefectureList.tiles.filter { shown.contains($0.code) }.map {
                PageLinkView(title: $0.name, href: SiteLink(PrefectureRoutes.page($0)))
            }
            let budgets = measured.compactMap { dataset -> Budget? in
                guard let (headers, lines) = BudgetLine.lines(dataset, names: program.names) else { return nil }
                return Budget(heading: DatasetHeading(dataset, locator: locator), headers: headers, lines: lines)
            }
            let related = program.related.compactMap { programs[$0.id] }.map {
                PageLinkView(title: $0.title, href: SiteLink(ProgramRoutes.page($0)))
            }
            // A budget table's figures are its lines, shown in full below; its row count says nothing.
            let budgeted = Set(budgets.map(\.heading.id))
            let figures = measured.filter { !budgeted.contains($0.id) }.compactMap { KeyFigure($0, locator: locator) }
            let view = View(
                gloss: program.gloss, theme: ProgramRoutes.theme(program.theme),
                governingBody: program.governingBody,
                documents: program.documents.compactMap { locator.document($0.id) }.map {
                    PageLinkView(title: $0.info.title, href: SiteLink(SitePage.outputPath(for: DocumentRoutes.cover($0.info))))
                },
                figures: figures,
                datasets: measured.map { PageLinkView(title: $0.title, href: SiteLink(DataRoutes.page($0))) }, maps: maps,
                prefectures: prefectureLinks,
                sections: program.sections.compactMap {
                    sectionItem($0.id, program: program, locator: locator, plain: plainTexts[$0.id] ?? ("", true))
                },
                budgets: budgets, related: related)
            return SitePage(
                location: ProgramRoutes.root + [program.slug], title: program.title,
                description: "\(program.title)（\(program.gloss)）：\(program.theme)", order: program.order,
                sourcePath: program.sourcePath, body: .markdown(program.body, line: program.bodyLine), template: "program",
                view: .value(view))
        }
        return (try? ParallelMap.map(content.programs, page)) ?? content.programs.map(page)
    }

    private func mapPanel(_ dataset: Dataset, prefectures: PrefectureList, paths: [Int: String], locator: SourceLocator) -> MapPanel? {
        guard let column = dataset.columns.first(where: { $0.type.isNumeric }) else { return nil }
        let charts = DatasetCharts(dataset: dataset, prefectures: prefectures, credit: DatasetCharts.credit(dataset, locator: locator))
        let drawings = [ChartKind.tileMap, .rankedBar].enumerated().map { index, kind in
            charts.chart(ChartSpec(kind: kind, columns: [column.key]), id: "program-\(dataset.id)-\(index + 1)").map { draw in
                LinkedMarkup { link in draw({ paths[$0].map(link) }, .both).svg }
            }
        }
        guard drawings.contains(where: { $0 != nil }) else { return nil }
        let tableID = "table-\(dataset.id)"
        return MapPanel(
            heading: DatasetHeading(dataset, locator: locator), map: drawings[0], ranking: drawings[1],
            table: LinkedMarkup { link in DatasetTable(dataset: dataset, prefectureLink: { paths[$0].map(link) }).render(id: tableID) })
    }

    /// The section a program names (`<doc-id>/<section slug>`), with its document.
    private func section(_ id: String, locator: SourceLocator) -> (section: DocumentSection, document: LoadedDocument)? {
        let parts = id.split(separator: "/", maxSplits: 1).map(String.init)
        guard parts.count == 2, let document = locator.document(parts[0]),
            let section = document.sections.first(where: { $0.slug == parts[1] })
        else { return nil }
        return (section, document)
    }

    /// A section the program names: its document and lines, and an excerpt naming the program.
    private func sectionItem(
        _ id: String, program: Program, locator: SourceLocator, plain: (text: String, normalized: Bool)
    ) -> ListEntry? {
        guard let (section, document) = self.section(id, locator: locator) else { return nil }
        return ListEntry(
            title: DocumentRoutes.heading(section.number, section.title),
            href: SiteLink(SitePage.outputPath(for: DocumentRoutes.section(section, in: document.info))),
            meta: "\(document.info.title)・原資料 \(document.info.shortName) 行 \(section.lines)",
            note: SectionExcerpt.text(plain: plain.text, names: program.names, normalized: plain.normalized))
    }
}
