import Charts
import Content
import Templates

/// A page per prefecture gathering its value, national rank and share in every per-prefecture
/// dataset, its designated cities and its entries in the lists.
struct PrefecturePages: PageKind {
    struct View: Sendable {
        let region: String
        let standing: String
        let toc: [Anchor]
        var panels: [Panel]
        let previous: PageLinkView?
        let next: PageLinkView?
        let neighbours: [PageLinkView]
        let hasNeighbours: Bool
        /// The programs the panels measure, each with its panels.
        var programs: [PrefecturePrograms.Group] = []
        var hasPrograms = false
    }

    struct Anchor: Sendable {
        let title: String
        let href: String
    }

    /// One dataset's panel.
    struct Panel: Sendable {
        let id: String
        let title: String
        let documentTitle: String
        let datasetHref: SiteLink
        let sourceHref: SiteLink?
        let provenance: String
        let asOf: String?
        let values: [Value]
        let hasValues: Bool
        let cities: [City]
        let hasCities: Bool
        let citiesTitle: String
        let strip: String?
        let listTable: String?
        let listSummary: String?
        let absent: String?
        let checks: [String]
        let hasChecks: Bool
        let remarks: [String]
        let hasRemarks: Bool
        /// The programs this panel's dataset measures.
        var programs: [PageLinkView] = []
        var hasPrograms = false
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
        let tiles = content.prefectures.tiles
        let ordered = PrefectureRoutes.datasets(content)
        let locator = SourceLocator(documents: content.documents)
        let programs = PrefecturePrograms(content.programs)
        let standings = Dictionary(
            ordered.filter { $0.shape == .prefectures }.map { ($0.id, DatasetStanding($0)) }, uniquingKeysWith: { a, _ in a })
        return tiles.enumerated().map { index, tile in
            SitePage(
                location: PrefectureRoutes.root + [tile.slug], title: tile.name, description: "\(tile.name)（\(tile.region)地方）の施策とデータ",
                order: tile.code, template: "prefecture",
                view: .assembled { _ in
                    let panels = ordered.compactMap { dataset in
                        PanelFacts(dataset: dataset, tile: tile, standing: standings[dataset.id])
                    }
                    var view = View(
                        region: tile.region, standing: Standing.text(panels: panels, name: tile.name),
                        toc: panels.map { Anchor(title: $0.dataset.title, href: "#" + $0.dataset.id) },
                        panels: panels.map { panel($0, tile: tile, locator: locator) },
                        previous: index > 0 ? link(tiles[index - 1]) : nil,
                        next: index + 1 < tiles.count ? link(tiles[index + 1]) : nil,
                        neighbours: tiles.filter { $0.region == tile.region && $0.code != tile.code }.map(link),
                        hasNeighbours: tiles.contains { $0.region == tile.region && $0.code != tile.code })
                    for index in view.panels.indices {
                        view.panels[index].programs = programs.links(dataset: view.panels[index].id)
                        view.panels[index].hasPrograms = !view.panels[index].programs.isEmpty
                    }
                    view.programs = programs.groups(panels: view.panels)
                    view.hasPrograms = !view.programs.isEmpty
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
                    .joined(separator: "、"))
        } ?? []
        var absent: String?
        if dataset.shape == .prefectures && figures == nil {
            absent = "この表には\(tile.name)の記載がありません。"
        } else if dataset.shape == .list && facts.listRows.isEmpty {
            absent = "この一覧には\(tile.name)の項目がありません。"
        }
        return Panel(
            id: dataset.id, title: dataset.title, documentTitle: locator.title(of: dataset.source.document),
            datasetHref: SiteLink(DataRoutes.page(dataset)), sourceHref: locator.page(for: dataset.source).map(SiteLink.init),
            provenance: locator.provenance(dataset.source), asOf: dataset.asOf.map(DateText.display),
            values: values, hasValues: !values.isEmpty, cities: cities, hasCities: !cities.isEmpty,
            citiesTitle: "\(dataset.cityColumn.map { dataset.columns[$0].title } ?? "市")の行（\(tile.name)の値には含まれません）",
            strip: figures.flatMap { strip(dataset: dataset, code: tile.code, figures: $0) },
            listTable: facts.listRows.isEmpty ? nil : listTable(dataset, rows: facts.listRows),
            listSummary: facts.listRows.isEmpty ? nil : "\(facts.listRows.count)件",
            absent: absent, checks: figures?.failedChecks.map(CheckFlags.explain) ?? [],
            hasChecks: !(figures?.failedChecks.isEmpty ?? true), remarks: facts.remarks, hasRemarks: !facts.remarks.isEmpty)
    }
    private func valueView(_ value: PrefectureFigures.Value) -> Value {
        let share = value.share.map { share in
            "全国の" + NumberFormat.grouped(share, fractionDigits: 1) + "%"
                + (value.shareOfStatedTotal ? "（原資料の合計に対する割合）" : "（各都道府県の合計に対する割合）")
        }
        return Value(
            label: value.column.title, value: Self.format(value.cell, value.unit),
            rank: value.rank.map { "全国\(value.rankedCount)都道府県中\($0)位" }, share: share)
    }

    /// A cell as a person reads it: grouped digits with the unit; blank and dash said in words.
    static func format(_ cell: DatasetValue, _ unit: Charts.Unit) -> String {
        switch cell {
        case .number(let number): unit.format(PrefectureFigures.double(number))
        case .blank: "記載なし"
        case .dash: "－（該当なし）"
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
            id: "strip-\(dataset.id)", title: "\(dataset.title)：\(first.column.title)の全国での位置",
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
            let label = "\(panel.dataset.title)の\(value.column.title)（\(value.rankedCount)都道府県中\(rank)位）"
            if rank <= 3 { high.append(label) } else if rank > value.rankedCount - 3 { low.append(label) }
        }
        let ranked = panels.filter { $0.figures != nil }.count
        var sentences = ["\(name)は、\(panels.count)件のデータに記載があります（うち都道府県別の表 \(ranked)件）。"]
        if !high.isEmpty { sentences.append("全国で上位3位以内：" + list(high) + "。") }
        if !low.isEmpty { sentences.append("全国で下位3位以内：" + list(low) + "。") }
        if high.isEmpty && low.isEmpty && ranked > 0 { sentences.append("どの表でも、全国の上位・下位3位以内には入っていません。") }
        return sentences.joined()
    }

    /// The first few items and how many more, so the summary stays a sentence.
    private static func list(_ items: [String]) -> String {
        let shown = items.prefix(4).joined(separator: "、")
        return items.count > 4 ? shown + "ほか\(items.count - 4)件" : shown
    }
}
