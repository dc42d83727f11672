import Charts
import Content
import Templates

/// A page per prefecture gathering its value, national rank and share in every per-prefecture
/// dataset, its designated cities and its entries in the lists.
struct PrefecturePages: PageKind {
    struct View: Sendable {
        let region: String
        /// Where the prefecture ranks high or low on its key indicators, in a sentence or two.
        let standing: String
        /// The key indicators' rows (`summaryRows(_:)`), ranked by rate where one exists; nil without
        /// indicators.
        let summaryRows: LinkedMarkup?
        /// Links to the panels below, as list items (`tocItems(_:)`).
        let tocItems: LinkedMarkup
        /// The panels, grouped by the document their table comes from.
        var documents: [DocumentGroup]
        /// The prefectures before and after in JIS order.
        let previous: PageLinkView?
        let next: PageLinkView?
        /// The other prefectures of the region.
        let neighbours: [PageLinkView]
        /// The programs the panels measure, each with its panels, as list items (`programItems(_:)`);
        /// nil without programs.
        var programItems: LinkedMarkup? = nil
    }

    /// The panels of one document, and in one line the tables of it that do not name the prefecture.
    struct DocumentGroup: Sendable {
        let id: String
        let title: String
        var panels: [Panel]
        /// The tables without the prefecture, as links to their dataset pages.
        let absent: [PageLinkView]
        let absentLabel: String
    }

    /// One dataset's panel.
    struct Panel: Sendable {
        /// The dataset's id (stable across builds, the panel's anchor), title and reference.
        let heading: DatasetHeading
        /// The values the source gives, one table row each (`valueRows(_:)`); nil without values.
        let valueRows: String?
        /// What the share column is a share of.
        let shareNote: String?
        /// The columns the source leaves blank for the prefecture, in one line.
        let blanks: String?
        /// The columns the source marks with a dash, in one line.
        let dashes: String?
        /// The designated cities, one list item each (`cityItems(_:)`); nil without cities.
        let cityItems: String?
        let citiesTitle: String
        let strip: String?
        let listTable: String?
        let listSummary: String?
        /// Why a table with nothing for the prefecture still has a panel: its remarks say why.
        let absent: String?
        let checks: [CheckView]
        let remarks: [String]
        /// The programs this panel's dataset measures.
        var programs: [PageLinkView] = []

        var id: String { heading.id }
        var title: String { heading.title }
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
        let indicators = KeyIndicatorStanding.all(content)
        let keyByDataset = Dictionary(indicators.map { ($0.dataset.id, $0) }, uniquingKeysWith: { a, _ in a })
        let strips = StripCache()
        let codeRows = Dictionary(ordered.map { ($0.id, DatasetStanding.rowsByCode($0)) }, uniquingKeysWith: { a, _ in a })
        let flagColumns = Dictionary(ordered.map { ($0.id, FlagWords.columns(of: $0)) }, uniquingKeysWith: { a, _ in a })
        return tiles.enumerated().map { index, tile in
            SitePage(
                location: PrefectureRoutes.root + [tile.slug], title: tile.name, description: SiteText.prefectureDescription(tile.name, region: tile.region),
                order: tile.code, template: "prefecture",
                view: .assembled { _ in
                    let facts = ordered.compactMap { dataset in
                        PanelFacts(
                            dataset: dataset, tile: tile, standing: standings[dataset.id], rows: codeRows[dataset.id]?[tile.code] ?? [],
                            flagColumns: flagColumns[dataset.id] ?? [])
                    }
                    let summary = PrefectureSummary(indicators: indicators, code: tile.code)
                    let documents = groups(facts, tile: tile, locator: locator, keyByDataset: keyByDataset, strips: strips)
                    let shown = documents.flatMap(\.panels)
                    var view = View(
                        region: tile.region,
                        standing: PrefectureSummary.standing(name: tile.name, facts: facts),
                        summaryRows: Self.summaryRows(summary.rows),
                        tocItems: Self.tocItems(shown.map { PageLinkView(title: $0.title, href: SiteLink("#" + $0.id)) }),
                        documents: documents,
                        previous: index > 0 ? link(tiles[index - 1]) : nil,
                        next: index + 1 < tiles.count ? link(tiles[index + 1]) : nil,
                        neighbours: tiles.filter { $0.region == tile.region && $0.code != tile.code }.map(link))
                    for group in view.documents.indices {
                        for panel in view.documents[group].panels.indices {
                            view.documents[group].panels[panel].programs = programs.links(dataset: view.documents[group].panels[panel].id)
                        }
                    }
                    view.programItems = Self.programItems(programs.groups(panels: shown))
                    return view
                })
        }
    }

    private func link(_ tile: PrefectureTile) -> PageLinkView {
        PageLinkView(title: tile.name, href: SiteLink(PrefectureRoutes.page(tile)))
    }

    /// The panels by document, in document order; a table without the prefecture is named in its
    /// document's one line rather than given a panel of its own, unless a remark says why.
    private func groups(
        _ facts: [PanelFacts], tile: PrefectureTile, locator: SourceLocator, keyByDataset: [String: KeyIndicatorStanding],
        strips: StripCache
    ) -> [DocumentGroup] {
        var groups: [DocumentGroup] = []
        var absent: [[PageLinkView]] = []
        for fact in facts {
            let document = fact.dataset.source.document
            if groups.last?.id != "document-" + document {
                groups.append(DocumentGroup(id: "document-" + document, title: locator.title(of: document), panels: [], absent: [], absentLabel: ""))
                absent.append([])
            }
            if fact.isAbsent && fact.remarks.isEmpty {
                absent[absent.count - 1].append(PageLinkView(title: fact.dataset.title, href: SiteLink(DataRoutes.page(fact.dataset))))
            } else {
                groups[groups.count - 1].panels.append(panel(fact, tile: tile, locator: locator, key: keyByDataset[fact.dataset.id], strips: strips))
            }
        }
        return zip(groups, absent).map { group, absent in
            DocumentGroup(id: group.id, title: group.title, panels: group.panels, absent: absent, absentLabel: SiteText.absentTables(tile.name))
        }
    }

    private func panel(_ facts: PanelFacts, tile: PrefectureTile, locator: SourceLocator, key: KeyIndicatorStanding?, strips: StripCache) -> Panel {
        let dataset = facts.dataset
        let figures = facts.figures
        let given = figures?.values.filter { !$0.cell.isMissing } ?? []
        // ○ columns in words (FlagWords), for the prefecture and for each designated city.
        let flagRows = figures == nil ? [] : facts.rows
        let flags = flagRows.first { !dataset.isCityRow($0) }.map { FlagWords.values(dataset, row: $0, columns: facts.flagColumns) } ?? []
        let cityFlags = Dictionary(
            flagRows.filter(dataset.isCityRow).compactMap { row in
                dataset.cityColumn.map { (dataset.rows[row][$0], FlagWords.values(dataset, row: row, columns: facts.flagColumns).map { "\($0.label) \($0.value)" }) }
            }, uniquingKeysWith: { first, _ in first })
        let cities = figures?.cities.map { city in
            City(
                name: city.name,
                values: (zip(figures?.values ?? [], city.cells).map { "\($0.column.title) \(Self.format($1, $0.unit))" } + (cityFlags[city.name] ?? []))
                    .joined(separator: SiteText.listSeparator))
        } ?? []
        func titles(_ missing: DatasetValue) -> String? {
            let columns = figures?.values.filter { $0.cell == missing }.map(\.column.title) ?? []
            return columns.isEmpty ? nil : columns.joined(separator: SiteText.listSeparator)
        }
        let bases = Set(given.filter { $0.share != nil }.map(\.shareOfStatedTotal))
        return Panel(
            heading: DatasetHeading(dataset, locator: locator),
            valueRows: Self.valueRows(
                given.map { valueView($0, marked: bases.count > 1 && !$0.shareOfStatedTotal) }
                    + flags.map { Value(label: $0.label, value: $0.value, rank: nil, share: nil) }),
            shareNote: bases.isEmpty ? nil : SiteText.shareNote(stated: bases.contains(true), summed: bases.contains(false)),
            blanks: titles(.blank).map(SiteText.blanks), dashes: titles(.dash).map(SiteText.dashes),
            cityItems: Self.cityItems(cities),
            citiesTitle: SiteText.citiesTitle(dataset.cityColumn.map { dataset.columns[$0].title }, prefecture: tile.name),
            strip: figures.flatMap { strip(dataset: dataset, code: tile.code, figures: $0, key: key, locator: locator, strips: strips) },
            listTable: facts.listRows.isEmpty ? nil : listTable(dataset, rows: facts.listRows),
            listSummary: facts.listRows.isEmpty ? nil : SiteText.itemCount(facts.listRows.count),
            absent: !facts.isAbsent ? nil : dataset.shape == .list ? SiteText.absentFromList(tile.name) : SiteText.absentFromTable(tile.name),
            checks: figures?.failedChecks.map { CheckView(explaining: $0) } ?? [], remarks: facts.remarks)
    }

    private func valueView(_ value: PrefectureFigures.Value, marked: Bool) -> Value {
        let share = value.share.map { NumberFormat.grouped($0, fractionDigits: 1) + "%" + (marked ? SiteText.summedMark : "") }
        return Value(
            label: value.column.title, value: Self.format(value.cell, value.unit),
            rank: value.rank.map { SiteText.shortRank($0, of: value.rankedCount) }, share: share)
    }

    /// A cell as a person reads it: grouped digits with the unit; blank and dash said in words.
    static func format(_ cell: DatasetValue, _ unit: Charts.Unit) -> String {
        switch cell {
        case .number(let number): unit.format(number)
        case .blank: SiteText.blank
        case .dash: SiteText.dash
        case .text(let text): text
        }
    }

    /// Where the prefecture stands among all: by the dataset's key indicator where one is declared
    /// (its rate where it has one), else by the first value column.
    private func strip(
        dataset: Dataset, code: Int, figures: PrefectureFigures, key: KeyIndicatorStanding?, locator: SourceLocator, strips: StripCache
    ) -> String? {
        // The strip ranks by the key indicator, else by the first value column: every page with
        // the same one draws the same strip, marked at its own prefecture.
        let measure: String
        if key != nil {
            measure = ""
        } else {
            guard let first = figures.values.first else { return nil }
            measure = first.column.key
        }
        let prepared = strips.strip(dataset: dataset.id, measure: measure) {
            Self.rankStrip(dataset: dataset, figures: figures, key: key, locator: locator).map { ($0, $0.shared()) }
        }
        guard let prepared else { return nil }
        var strip = prepared.0
        strip.highlightedKey = code
        return strip.render(shared: prepared.1).svg
    }

    /// A dataset's strip with no prefecture marked yet.
    private static func rankStrip(dataset: Dataset, figures: PrefectureFigures, key: KeyIndicatorStanding?, locator: SourceLocator) -> RankStrip? {
        let charts = DatasetCharts(dataset: dataset, prefectures: PrefectureList(tiles: []))
        let rows = charts.prefectureRows()
        let values: [Int: Double]
        var exact: [Int: DecimalText] = [:]
        let unit: Charts.Unit
        let label: String
        if let key {
            values = key.rankedValues
            exact = key.rankedTexts
            unit = key.rankedUnit
            label = key.rankedLabel
        } else {
            guard let first = figures.values.first, let column = dataset.columnIndex(first.column.key) else { return nil }
            exact = Dictionary(
                rows.compactMap { row, rowCode, _ in dataset.exact(row: row, column: column).map { (rowCode, $0) } },
                uniquingKeysWith: { a, _ in a })
            values = exact.mapValues(\.double)
            unit = first.unit
            label = first.column.title
        }
        return RankStrip(
            id: "strip-\(dataset.id)", title: SiteText.rankStripTitle(dataset.title, label), unit: unit,
            items: rows.map { _, rowCode, name in
                RankedBarChart.Item(orderKey: rowCode, label: name, value: values[rowCode], exact: exact[rowCode])
            },
            highlightedKey: -1, label: SiteText.rankStripLabel(label, count: values.count),
            credit: ChartCredit(source: locator.title(of: dataset.source.document), date: dataset.asOf?.wareki))
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
    /// The rows carrying the prefecture's code (its own and its cities'), in table order.
    let rows: [Int]
    /// The dataset's ○ columns (`FlagWords.columns(of:)`).
    let flagColumns: [Int]

    /// Whether the table says nothing about the prefecture: no row in a per-prefecture table, no
    /// entry in a list.
    var isAbsent: Bool {
        (dataset.shape == .prefectures && figures == nil) || (dataset.shape == .list && listRows.isEmpty)
    }

    /// Nil when the dataset cannot name prefectures.
    /// `rows` are the rows carrying the prefecture's code, `flagColumns` the dataset's ○ columns.
    init?(dataset: Dataset, tile: PrefectureTile, standing: DatasetStanding?, rows: [Int], flagColumns: [Int]) {
        let codeText = Dataset.codeText(tile.code)
        guard dataset.codeColumn != nil else { return nil }
        let figures = standing.flatMap { PrefectureFigures($0, code: tile.code) }
        self.dataset = dataset
        self.figures = figures
        self.rows = rows
        self.flagColumns = flagColumns
        listRows = dataset.shape == .list ? rows : []
        // Failed checks on a per-prefecture row are shown with the figures; the rest (e.g. a list
        // whose names are missing from the source) are said in words.
        remarks = dataset.checks.filter { check in
            check.result != .pass && check.explanation != nil && !(figures?.failedChecks.contains(check) ?? false)
                && (check.rows.contains(codeText) || check.rows.contains(tile.name) || check.rows.contains(tile.shortName))
        }.compactMap(\.explanation)
    }
}

extension DatasetValue {
    /// Blank or dash: said once per panel in a line of its own rather than as a value.
    fileprivate var isMissing: Bool { self == .blank || self == .dash }
}
