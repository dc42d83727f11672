import Charts
import Content
import Foundation

/// Chooses and draws the charts of a dataset: those its yaml names, or the defaults for its shape
/// (a ranked bar chart and a tile map of the first value column for per-prefecture tables, a time
/// series for yearly tables, none for lists).
struct DatasetCharts {
    let dataset: Dataset
    let prefectures: PrefectureList
    /// Relative link to a prefecture's page by JIS code, for clickable tiles and bars.
    let prefectureLink: (Int) -> String?
    /// The prefecture to emphasise, on a prefecture's own page.
    var highlighted: Int?

    var specs: [ChartSpec] {
        if !dataset.charts.isEmpty { return dataset.charts }
        guard let column = dataset.columns.first(where: { $0.type.isNumeric }) else { return [] }
        switch dataset.shape {
        case .prefectures:
            return [ChartSpec(kind: .rankedBar, columns: [column.key]), ChartSpec(kind: .tileMap, columns: [column.key])]
        case .series:
            return [ChartSpec(kind: .timeSeries, columns: dataset.columns.filter { $0.type.isNumeric }.map(\.key))]
        case .list:
            return []
        }
    }

    func render() -> [RenderedChart] {
        specs.enumerated().compactMap { index, spec in chart(spec, id: "chart-\(dataset.id)-\(index + 1)") }
    }

    /// Draws one chart of the dataset, whether or not its yaml lists it; nil when the dataset has
    /// nothing to draw for it.
    func chart(_ spec: ChartSpec, id: String) -> RenderedChart? {
        let columns = spec.columns.compactMap { key in dataset.columnIndex(key).map { (key, $0) } }
        guard let (_, first) = columns.first else { return nil }
        let column = dataset.columns[first]
        let unit = DatasetTable.unit(column: first, in: dataset)
        switch spec.kind {
        case .rankedBar:
            let items = prefectureRows().map { row, code, name in
                RankedBarChart.Item(orderKey: code, label: name, value: number(row, first), href: prefectureLink(code))
            }
            guard !items.isEmpty else { return nil }
            return RankedBarChart(
                id: id, title: "\(dataset.title)：\(column.title)（都道府県別の順位）", unit: unit, items: items,
                highlightedKey: highlighted
            ).render()
        case .tileMap:
            guard !prefectures.tiles.isEmpty else { return nil }
            var values: [Int: Double] = [:]
            var links: [Int: String] = [:]
            for (row, code, _) in prefectureRows() {
                if let value = number(row, first) { values[code] = value }
                if let link = prefectureLink(code) { links[code] = link }
            }
            return TileMap(
                id: id, title: "\(dataset.title)：\(column.title)（地図）", unit: unit, tiles: prefectures.tiles,
                values: values, links: links, highlightedCode: highlighted
            ).render()
        case .timeSeries:
            let periodColumn = dataset.columns.firstIndex { !$0.type.isNumeric } ?? 0
            let periods = dataset.rows.map { $0[periodColumn] }
            let series = columns.map { key, index in
                TimeSeriesChart.Series(
                    name: dataset.columns[index].title, values: dataset.rows.indices.map { number($0, index) })
            }
            guard !periods.isEmpty else { return nil }
            return TimeSeriesChart(id: id, title: "\(dataset.title)（推移）", unit: unit, periods: periods, series: series).render()
        case .composition:
            let categories = labelledRows().map { row, name in
                CompositionChart.Category(label: name, values: columns.map { number(row, $0.1) })
            }
            guard !categories.isEmpty else { return nil }
            return CompositionChart(
                id: id, title: "\(dataset.title)（内訳）", unit: unit,
                components: columns.map { dataset.columns[$0.1].title }, categories: categories
            ).render()
        }
    }

    /// Every row with a label: prefecture rows by name, other tables by their first text column.
    func labelledRows() -> [(row: Int, label: String)] {
        if dataset.shape == .prefectures { return prefectureRows().map { ($0.row, $0.name) } }
        let labelColumn = dataset.columns.firstIndex { !$0.type.isNumeric } ?? 0
        return dataset.rows.indices.map { ($0, dataset.rows[$0][labelColumn]) }
    }

    /// Prefecture rows (not city rows) with their code and name.
    func prefectureRows() -> [(row: Int, code: Int, name: String)] {
        guard dataset.shape == .prefectures else { return [] }
        let name = dataset.prefectureNameColumn
        return dataset.prefectureRows.map { row, code in
            (row, code, name.map { dataset.rows[row][$0] } ?? prefectures.prefecture(code: code)?.name ?? String(code))
        }
    }

    private func number(_ row: Int, _ column: Int) -> Double? {
        dataset.value(row: row, column: column).number.map { NSDecimalNumber(decimal: $0).doubleValue }
    }
}
