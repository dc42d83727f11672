import Charts
import Content
import Foundation

/// Template views for the prefecture pages (see `PageView`).
struct ValueView {
    let label: String
    let value: String
    let rank: String?
    let share: String?
}

struct CityView {
    let name: String
    let values: String
}

struct PanelView {
    let id: String
    let title: String
    let documentTitle: String
    let datasetHref: String
    let sourceHref: String?
    let provenance: String
    let asOf: String?
    let values: [ValueView]
    let hasValues: Bool
    let cities: [CityView]
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
}

struct LinkView {
    let title: String
    let href: String
}

struct PrefectureView {
    let region: String
    let standing: String
    let toc: [LinkView]
    let panels: [PanelView]
    let previous: LinkView?
    let next: LinkView?
    let neighbours: [LinkView]
    let hasNeighbours: Bool
}

struct IndicatorMapView {
    let title: String
    let svg: String
    let caption: String
    let datasetHref: String
    let open: Bool
}

struct RegionView {
    let name: String
    let prefectures: [LinkView]
}

struct PrefectureIndexView {
    let regions: [RegionView]
    let maps: [IndicatorMapView]
    let hasMaps: Bool
    let table: String
}

/// Turns prefecture page details into views, with links relative to the page being rendered.
struct PrefectureViewFactory {
    let link: (String) -> String

    func page(_ details: PrefecturePageDetails) -> PrefectureView {
        PrefectureView(
            region: details.tile.region, standing: details.standing,
            toc: details.panels.map { LinkView(title: $0.dataset.title, href: "#" + $0.id) },
            panels: details.panels.map { panel($0, tile: details.tile) },
            previous: details.previous.map(linkView), next: details.next.map(linkView),
            neighbours: details.neighbours.map(linkView), hasNeighbours: !details.neighbours.isEmpty)
    }

    private func linkView(_ target: PageLink) -> LinkView {
        LinkView(title: target.title, href: link(target.outputPath))
    }

    private func panel(_ panel: PrefecturePanel, tile: PrefectureTile) -> PanelView {
        let dataset = panel.dataset
        let figures = panel.figures
        let values = figures?.values.map(valueView) ?? []
        let cities = figures?.cities.map { city in
            CityView(
                name: city.name,
                values: zip(figures?.values ?? [], city.cells).map { "\($0.column.title) \(Self.format($1, $0.unit))" }
                    .joined(separator: "、"))
        } ?? []
        var absent: String?
        if dataset.shape == .prefectures && figures == nil {
            absent = "この表には\(tile.name)の記載がありません。"
        } else if dataset.shape == .list && panel.listRows.isEmpty {
            absent = "この一覧には\(tile.name)の項目がありません。"
        }
        return PanelView(
            id: panel.id, title: dataset.title, documentTitle: panel.documentTitle, datasetHref: link(panel.datasetOutputPath),
            sourceHref: panel.sourceOutputPath.map(link), provenance: panel.provenance,
            asOf: dataset.asOf.map(DateText.display),
            values: values, hasValues: !values.isEmpty, cities: cities, hasCities: !cities.isEmpty,
            citiesTitle: "\(dataset.cityColumn.map { dataset.columns[$0].title } ?? "市")の行（\(tile.name)の値には含まれません）",
            strip: figures.flatMap { strip(dataset: dataset, code: tile.code, figures: $0) },
            listTable: panel.listRows.isEmpty ? nil : listTable(panel, tile: tile),
            listSummary: panel.listRows.isEmpty ? nil : "\(panel.listRows.count)件",
            absent: absent, checks: figures?.failedChecks.map(CheckFlags.explain) ?? [],
            hasChecks: !(figures?.failedChecks.isEmpty ?? true), remarks: panel.remarks, hasRemarks: !panel.remarks.isEmpty)
    }

    private func valueView(_ value: PrefectureFigures.Value) -> ValueView {
        let share = value.share.map { share in
            "全国の" + NumberFormat.grouped(share, fractionDigits: 1) + "%"
                + (value.shareOfStatedTotal ? "（原資料の合計に対する割合）" : "（各都道府県の合計に対する割合）")
        }
        return ValueView(
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
        let charts = DatasetCharts(dataset: dataset, prefectures: PrefectureList(tiles: []), prefectureLink: { _ in nil })
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
    private func listTable(_ panel: PrefecturePanel, tile: PrefectureTile) -> String {
        let dataset = panel.dataset
        let hidden = Set(["code", "prefecture"])
        let shown = dataset.columns.indices.filter { !hidden.contains(dataset.columns[$0].key) && dataset.columns[$0].type != .prefecture }
        var subset = dataset
        subset.columns = shown.map { dataset.columns[$0] }
        let cityColumn = dataset.cityColumn
        let ordered = panel.listRows.sorted { a, b in
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

    func index(_ details: PrefectureIndexDetails) -> PrefectureIndexView {
        let links = details.pagePaths.mapValues(link)
        let maps = details.indicators.enumerated().map { index, indicator in
            let column = indicator.dataset.columns[indicator.column]
            let chart = DatasetCharts(dataset: indicator.dataset, prefectures: details.prefectures, prefectureLink: { links[$0] })
                .chart(ChartSpec(kind: .tileMap, columns: [column.key]), id: "chart-\(indicator.dataset.id)-map")
            return IndicatorMapView(
                title: "\(indicator.dataset.title)：\(column.title)", svg: chart?.svg ?? "", caption: chart?.description ?? "",
                datasetHref: link(indicator.datasetOutputPath), open: index == 0)
        }
        var regions: [RegionView] = []
        for tile in details.prefectures.tiles {
            let entry = LinkView(title: tile.name, href: links[tile.code] ?? "")
            if regions.last?.name == tile.region {
                regions[regions.count - 1] = RegionView(name: tile.region, prefectures: regions[regions.count - 1].prefectures + [entry])
            } else {
                regions.append(RegionView(name: tile.region, prefectures: [entry]))
            }
        }
        return PrefectureIndexView(
            regions: regions, maps: maps, hasMaps: !maps.isEmpty, table: summaryTable(details, links: links))
    }

    /// All 47 with the key indicators, in JIS order (which keeps each region together).
    private func summaryTable(_ details: PrefectureIndexDetails, links: [Int: String]) -> String {
        let columns = [DataTable.Column("都道府県"), DataTable.Column("地方")]
            + details.indicators.map { indicator in
                let column = indicator.dataset.columns[indicator.column]
                return DataTable.Column("\(indicator.dataset.title)：\(column.title)", kind: .number(DatasetTable.unit(column: indicator.column, in: indicator.dataset)))
            }
        let rows = details.prefectures.tiles.map { tile in
            DataTable.Row(
                [DataTable.Cell(.text(tile.name), href: links[tile.code], sortKey: Double(tile.code)), .text(tile.region)]
                    + details.indicators.map { indicator in
                        .number(indicator.dataset.prefectureRows.first { $0.code == tile.code }
                            .flatMap { indicator.dataset.value(row: $0.row, column: indicator.column).number }
                            .map(PrefectureFigures.double))
                    })
        }
        return DataTable(id: "prefecture-summary", caption: "都道府県別の主な指標", columns: columns, rows: rows).render()
    }
}
