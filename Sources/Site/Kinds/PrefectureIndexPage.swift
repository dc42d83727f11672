import Charts
import Content
import Templates

/// `prefectures/index.html`: the prefectures by region, tile maps of the key indicators and a
/// summary table of all 47.
struct PrefectureIndexPage: PageKind {
    struct View: Sendable {
        let regions: [ListGroup<PageLinkView>]
        /// Each draws an `IndicatorMap`.
        let maps: [LinkedMarkup]
        let table: LinkedMarkup
    }

    struct IndicatorMap: Sendable {
        let title: String
        let svg: String
        /// Whether only the fluid drawing is inlined (shown at every width and in print).
        let fluidOnly: Bool
        /// The chart's summary in words.
        let caption: String
        let datasetHref: SiteLink
        /// The first map starts unfolded.
        let open: Bool
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let prefectures = content.prefectureList
        guard !prefectures.tiles.isEmpty else { return [] }
        let paths = PrefectureRoutes.pages(prefectures)
        let indicators = KeyIndicatorStanding.all(content)
        let locator = SourceLocator(documents: content.documents)
        let maps = indicators.enumerated().map { index, indicator in
            let map = TileMap(
                id: "map-\(indicator.dataset.id)-\(indicator.indicator.column)", title: SiteText.keyMapTitle(indicator.rankedLabel),
                unit: indicator.rankedUnit, tiles: prefectures.tiles, values: indicator.rankedValues,
                credit: ChartCredit(source: locator.title(of: indicator.dataset.source.document), date: indicator.dataset.asOf?.wareki),
                exact: indicator.rankedTexts)
            return LinkedMarkup { link in
                var linked = map
                linked.links = paths.mapValues(link)
                let chart = linked.render()
                // Folded maps carry only their fluid drawing, so seventeen maps keep the page light.
                let fluidOnly = index > 0 && chart.narrowSVG != nil
                return IndicatorMap(
                    title: SiteText.keyMapSummary(indicator.rankedLabel, dataset: indicator.dataset.title),
                    svg: fluidOnly ? chart.narrowSVG ?? chart.svg : chart.svg, fluidOnly: fluidOnly,
                    caption: chart.description, datasetHref: SiteLink(DataRoutes.page(indicator.dataset)), open: index == 0)
            }
        }
        var regions: [ListGroup<PageLinkView>] = []
        for tile in prefectures.tiles {
            let entry = PageLinkView(title: tile.name, href: SiteLink(PrefectureRoutes.page(tile)))
            if regions.last?.title == tile.region {
                regions[regions.count - 1] = ListGroup(title: tile.region, entries: regions[regions.count - 1].entries + [entry])
            } else {
                regions.append(ListGroup(title: tile.region, entries: [entry]))
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

    /// All 47 with the key indicators (each by its rate where it has one), in JIS order (which
    /// keeps each region together).
    private static func summaryTable(_ prefectures: PrefectureList, indicators: [KeyIndicatorStanding], link: (Int) -> String?) -> String {
        let columns = [DataTable.Column(SiteText.summaryColumns.prefecture), DataTable.Column(SiteText.summaryColumns.region)]
            + indicators.map { DataTable.Column($0.rankedLabel, kind: .number($0.rankedUnit)) }
        let rows = prefectures.tiles.map { tile in
            DataTable.Row(
                [DataTable.Cell(.text(tile.name), href: link(tile.code), sortKey: Double(tile.code)), .text(tile.region)]
                    + indicators.map { indicator in
                        indicator.rankedTexts[tile.code].map { .decimal($0) } ?? .number(indicator.rankedValues[tile.code])
                    })
        }
        return DataTable(id: "prefecture-summary", caption: SiteText.summaryTableCaption, columns: columns, rows: rows).render()
    }
}
