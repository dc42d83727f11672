import Charts
import Content
import Templates

/// `prefectures/index.html`: the prefectures by region, tile maps of the key indicators and a
/// summary table of all 47.
struct PrefectureIndexPage: PageKind {
    struct View: Sendable {
        let regions: [Region]
        /// Each draws an `IndicatorMap`.
        let maps: [LinkedMarkup]
        let table: LinkedMarkup
    }

    struct Region: Sendable {
        let name: String
        let prefectures: [PageLinkView]
    }

    struct IndicatorMap: Sendable {
        let title: String
        let svg: String
        /// The chart's summary in words.
        let caption: String
        let datasetHref: SiteLink
        /// The first map starts unfolded.
        let open: Bool
    }

    /// The first additive column of a per-prefecture dataset.
    struct Indicator: Sendable {
        let dataset: Dataset
        let column: Int
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let prefectures = content.prefectureList
        guard !prefectures.tiles.isEmpty else { return [] }
        let paths = PrefectureRoutes.pages(prefectures)
        let indicators = Self.indicators(PrefectureRoutes.datasets(content))
        let maps = indicators.enumerated().map { index, indicator in
            let column = indicator.dataset.columns[indicator.column]
            let drawing = DatasetCharts(dataset: indicator.dataset, prefectures: prefectures)
                .chart(ChartSpec(kind: .tileMap, columns: [column.key]), id: "chart-\(indicator.dataset.id)-map")
            return LinkedMarkup { link in
                let chart = drawing?({ paths[$0].map(link) })
                return IndicatorMap(
                    title: SiteText.columnTitle(indicator.dataset.title, column.title), svg: chart?.svg ?? "", caption: chart?.description ?? "",
                    datasetHref: SiteLink(DataRoutes.page(indicator.dataset)), open: index == 0)
            }
        }
        var regions: [Region] = []
        for tile in prefectures.tiles {
            let entry = PageLinkView(title: tile.name, href: SiteLink(PrefectureRoutes.page(tile)))
            if regions.last?.name == tile.region {
                regions[regions.count - 1] = Region(name: tile.region, prefectures: regions[regions.count - 1].prefectures + [entry])
            } else {
                regions.append(Region(name: tile.region, prefectures: [entry]))
            }
        }
        let view = View(
            regions: regions, maps: maps,
            table: LinkedMarkup { link in Self.summaryTable(prefectures, indicators: indicators, link: { paths[$0].map(link) }) })
        return [
            SitePage(
                location: PrefectureRoutes.root, title: SiteText.prefecturesTitle, description: SiteText.prefecturesDescription,
                order: 10, template: "prefectures", view: .value(view))
        ]
    }

    /// The first additive numeric column of each per-prefecture dataset, up to six.
    private static func indicators(_ ordered: [Dataset]) -> [Indicator] {
        ordered.filter { $0.shape == .prefectures }.compactMap { dataset in
            dataset.columns.firstIndex { $0.type.isNumeric && $0.additive }.map { Indicator(dataset: dataset, column: $0) }
        }.prefix(6).map { $0 }
    }

    /// All 47 with the key indicators, in JIS order (which keeps each region together).
    private static func summaryTable(_ prefectures: PrefectureList, indicators: [Indicator], link: (Int) -> String?) -> String {
        let columns = [DataTable.Column(SiteText.summaryColumns.prefecture), DataTable.Column(SiteText.summaryColumns.region)]
            + indicators.map { indicator in
                let column = indicator.dataset.columns[indicator.column]
                return DataTable.Column(SiteText.columnTitle(indicator.dataset.title, column.title), kind: .number(DatasetTable.unit(column: indicator.column, in: indicator.dataset)))
            }
        let rows = prefectures.tiles.map { tile in
            DataTable.Row(
                [DataTable.Cell(.text(tile.name), href: link(tile.code), sortKey: Double(tile.code)), .text(tile.region)]
                    + indicators.map { indicator in
                        .number(indicator.dataset.prefectureRows.first { $0.code == tile.code }
                            .flatMap { indicator.dataset.value(row: $0.row, column: indicator.column).number }
                            .map(PrefectureFigures.double))
                    })
        }
        return DataTable(id: "prefecture-summary", caption: SiteText.summaryTableCaption, columns: columns, rows: rows).render()
    }
}
