import Charts
import Content
import Templates

/// A page per prefecture gathering its value, national rank and share in every per-prefecture
/// dataset, its designated cities and its entries in the lists.
struct PrefecturePages: PageKind {
    struct View: Sendable {
        let region: String
        /// Where the prefecture ranks high or low, in a sentence or two.
        let standing: String
        /// Links to the panels below.
        let toc: [PageLinkView]
        var panels: [Panel]
        /// The prefectures before and after in JIS order.
        let previous: PageLinkView?
        let next: PageLinkView?
        /// The other prefectures of the region.
        let neighbours: [PageLinkView]
        /// The programs the panels measure, each with its panels.
        var programs: [PrefecturePrograms.Group] = []
    }

    /// One dataset's panel.
    struct Panel: Sendable {
        /// The dataset id, stable across builds.
        let id: String
        let title: String
        let documentTitle: String
        let reference: DatasetReference
        let values: [Value]
        let cities: [City]
        let citiesTitle: String
        let strip: String?
        let listTable: String?
        let listSummary: String?
        let absent: String?
        let checks: [CheckView]
        let remarks: [String]
        /// The programs this panel's dataset measures.
        var programs: [PageLinkView] = []
    }

    struct Value: Sendable {
        let label: String
        let value: String
        let rank: String?
        let share: String?
    }

    struct City: Sendable {
        let name: String
        let values: String
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let tiles = content.prefectureList.tiles
        let ordered = PrefectureRoutes.datasets(content)
        let locator = SourceLocator(documents: content.documents)
        let programs = PrefecturePrograms(content.programs)
        let standings = Dictionary(
            ordered.filter { $0.shape == .prefectures }.map { ($0.id, DatasetStanding($0)) }, uniquingKeysWith: { a, _ in a })
        return tiles.enumerated().map { index, tile in
            SitePage(
                location: PrefectureRoutes.root + [tile.slug], title: tile.name, description: SiteText.prefectureDescription(tile.name, region: tile.region),
                order: tile.code, template: "prefecture",
                view: .assembled { _ in
                    let panels = ordered.compactMap { dataset in
                        PanelFacts(dataset: dataset, tile: tile, standing: standings[dataset.id])
                    }
                    var view = View(
                        region: tile.region, standing: Standing.text(panels: panels, name: tile.name),
                        toc: panels.map { PageLinkView(title: $0.dataset.title, href: SiteLink("#" + $0.dataset.id)) },
                        panels: panels.map { panel($0, tile: tile, locator: locator) },
                        previous: index > 0 ? link(tiles[index - 1]) : nil,
                        next: index + 1 < tiles.count ? link(tiles[index + 1]) : nil,
                        neighbours: tiles.filter { $0.region == tile.region && $0.code != tile.code }.map(link))
                    for index in view.panels.indices {
                        view.panels[index].programs = programs.links(dataset: view.panels[index].id)
                    }
                    view.programs = programs.groups(panels: view.panels)
                    return view
                })
        }
    }

    private func link(_ tile: PrefectureTile) -> PageLinkView {
        PageLinkView(title: tile.name, href: SiteLink(PrefectureRoutes.page(tile)))
    }

    private func panel(_ facts: PanelFacts, tile: PrefectureTile, locator: SourceLocator) -> Panel {
        let dataset = facts.dataset
        let figures = facts.figures
        let values = figures?.values.map(valueView) ?? []
        let cities = figures?.cities.map { city in
            City(
                name: city.name,
                values: zip(figures?.values ?? [], city.cells).map { "\($0.column.title) \(Self.format($1, $0.unit))" }
                    .joined(separator: SiteText.listSeparator))
        } ?? []
        var absent: String?
        if dataset.shape == .prefectures && figures == nil {
            absent = SiteText.absentFromTable(tile.name)
        } else if dataset.shape == .list && facts.listRows.isEmpty {
            absent = SiteText.absentFromList(tile.name)
        }
        return Panel(
            id: dataset.id, title: dataset.title, documentTitle: locator.title(of: dataset.source.document),
            reference: DatasetReference(dataset, locator: locator),
            values: values, cities: cities,
            citiesTitle: SiteText.citiesTitle(dataset.cityColumn.map { dataset.columns[$0].title }, prefecture: tile.name),
            strip: figures.flatMap { strip(dataset: dataset, code: tile.code, figures: $0) },
            listTable: facts.listRows.isEmpty ? nil : listTable(dataset, rows: facts.listRows),
            listSummary: facts.listRows.isEmpty ? nil : SiteText.itemCount(facts.listRows.count),
            absent: absent, checks: figures?.failedChecks.map { CheckView(explaining: $0) } ?? [], remarks: facts.remarks)
    }
    private func valueView(_ value: PrefectureFigures.Value) -> Value {
        let share = value.share.map { share in
            SiteText.share(NumberFormat.grouped(share, fractionDigits: 1), ofStatedTotal: value.shareOfStatedTotal)
        }
        return Value(
            label: value.column.title, value: Self.format(value.cell, value.unit),
            rank: value.rank.map { SiteText.rank($0, of: value.rankedCount) }, share: share)
    }

    /// A cell as a person reads it: grouped digits with the unit; blank and dash said in words.
    static func format(_ cell: DatasetValue, _ unit: Charts.Unit) -> String {
        switch cell {
        case .number(let number): unit.format(PrefectureFigures.double(number))
        case .blank: SiteText.blank
        case .dash: SiteText.dash
        case .text(let text): text
        }
    }

    private func strip(dataset: Dataset, code: Int, figures: PrefectureFigures) -> String? {
        guard let first = figures.values.first, let column = dataset.columnIndex(first.column.key) else { return nil }
        let charts = DatasetCharts(dataset: dataset, prefectures: PrefectureList(tiles: []))
        let items = charts.prefectureRows().map { row, rowCode, name in
            RankedBarChart.Item(
                orderKey: rowCode, label: name, value: dataset.value(row: row, column: column).number.map(PrefectureFigures.double))
        }
        return RankStrip(
            id: "strip-\(dataset.id)", title: SiteText.rankStripTitle(dataset.title, first.column.title),
            unit: first.unit, items: items, highlightedKey: code
        ).render().svg
    }

    /// The list rows naming the prefecture; a list with designated cities is grouped by who
    /// designated each entry.
    private func listTable(_ dataset: Dataset, rows listRows: [Int]) -> String {
        let hidden = Set(["code", "prefecture"])
        let shown = dataset.columns.indices.filter { !hidden.contains(dataset.columns[$0].key) && dataset.columns[$0].type != .prefecture }
        var subset = dataset
        subset.columns = shown.map { dataset.columns[$0] }
        let cityColumn = dataset.cityColumn
        let ordered = listRows.sorted { a, b in
            let left = cityColumn.map { dataset.rows[a][$0] } ?? ""
            let right = cityColumn.map { dataset.rows[b][$0] } ?? ""
            return left.isEmpty != right.isEmpty ? left.isEmpty : (left, a) < (right, b)
        }
        subset.rows = ordered.map { row in shown.map { dataset.rows[row][$0] } }
        subset.totals = []
        subset.checks = []
        subset.shape = .list
        return DatasetTable(dataset: subset, prefectureLink: { _ in nil }).render(id: "list-\(dataset.id)")
    }
}

/// What a prefecture page knows about one dataset: the prefecture's figures in a per-prefecture
/// table, its rows in a list, and what the checks say about it.
struct PanelFacts: Sendable {
    let dataset: Dataset
    /// For per-prefecture datasets; nil when the dataset has no row for the prefecture.
    let figures: PrefectureFigures?
    /// For lists: the rows naming the prefecture, in source order.
    let listRows: [Int]
    /// Explanations from checks that concern the prefecture (e.g. names missing in the source).
    let remarks: [String]

    /// Nil when the dataset cannot name prefectures.
    init?(dataset: Dataset, tile: PrefectureTile, standing: DatasetStanding?) {
        let codeText = Dataset.codeText(tile.code)
        guard dataset.codeColumn != nil else { return nil }
        let figures = standing.flatMap { PrefectureFigures($0, code: tile.code) }
        self.dataset = dataset
        self.figures = figures
        listRows = dataset.shape == .list ? dataset.rows.indices.filter { dataset.code(ofRow: $0) == tile.code } : []
        // Failed checks on a per-prefecture row are shown with the figures; the rest (e.g. a list
        // whose names are missing from the source) are said in words.
        remarks = dataset.checks.filter { check in
            check.result != .pass && check.explanation != nil && !(figures?.failedChecks.contains(check) ?? false)
                && (check.rows.contains(codeText) || check.rows.contains(tile.name) || check.rows.contains(tile.shortName))
        }.compactMap(\.explanation)
    }
}

/// A plain sentence on where a prefecture ranks high or low across datasets.
enum Standing {
    static func text(panels: [PanelFacts], name: String) -> String {
        var high: [String] = []
        var low: [String] = []
        for panel in panels {
            guard let value = panel.figures?.values.first(where: { $0.column.additive }) ?? panel.figures?.values.first,
                let rank = value.rank
            else { continue }
            let label = SiteText.standingItem(dataset: panel.dataset.title, column: value.column.title, rank: rank, of: value.rankedCount)
            if rank <= 3 { high.append(label) } else if rank > value.rankedCount - 3 { low.append(label) }
        }
        return SiteText.standing(
            name: name, datasets: panels.count, ranked: panels.filter { $0.figures != nil }.count, high: high, low: low)
    }
}
