import Charts
import Content
import Foundation

/// Chooses and draws the charts of a dataset: those its yaml names, or the defaults for its shape
/// (a ranked bar chart and a tile map of the first value column for per-prefecture tables, a time
/// series for yearly tables, none for lists).
struct DatasetCharts: Sendable {
    /// Draws a chart once the page it goes on is known, given the link to a prefecture's page by
    /// JIS code (for clickable tiles and bars) and the drawings wanted (a download keeps only the wide one).
    typealias Drawing = @Sendable (_ prefectureLink: (Int) -> String?, _ versions: ChartVersions) -> RenderedChart

    let dataset: Dataset
    let prefectures: PrefectureList
    /// Source and date, printed inside every drawing so a chart saved or shared alone still says
    /// where its numbers come from.
    var credit = ChartCredit()

    /// The credit of a dataset's charts: its document's title and the date its values describe.
    static func credit(_ dataset: Dataset, locator: SourceLocator) -> ChartCredit {
        ChartCredit(source: locator.title(of: dataset.source.document), date: dataset.asOf?.wareki)
    }

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

    /// The charts the page shows, in order; those with nothing to draw are left out.
    func drawings() -> [Drawing] {
        specs.enumerated().compactMap { index, spec in chart(spec, id: Self.chartID(dataset, index)) }
    }

    /// The id of a dataset page's chart, also the name of its SVG download.
    static func chartID(_ dataset: Dataset, _ index: Int) -> String { "chart-\(dataset.id)-\(index + 1)" }

    /// Where a dataset page's chart is offered as an SVG file.
    static func download(_ dataset: Dataset, _ index: Int) -> String {
        "data/\(dataset.id)/\(chartID(dataset, index)).svg"
    }

    /// One chart of the dataset, whether or not its yaml lists it; nil when the dataset has nothing
    /// to draw for it.
    func chart(_ spec: ChartSpec, id: String) -> Drawing? {
        let columns = spec.columns.compactMap { key in dataset.columnIndex(key).map { (key, $0) } }
        guard let (_, first) = columns.first else { return nil }
        let column = dataset.columns[first]
        let unit = DatasetTable.unit(column: first, in: dataset)
        switch spec.kind {
        case .rankedBar:
            let rows = prefectureRows().map { row, code, name in (code, name, dataset.exact(row: row, column: first)) }
            guard !rows.isEmpty else { return nil }
            let title = SiteText.rankedBarTitle(dataset.title, column.title)
            return { prefectureLink, versions in
                RankedBarChart(
                    id: id, title: title, unit: unit,
                    items: rows.map { RankedBarChart.Item(orderKey: $0, label: $1, exact: $2, href: prefectureLink($0)) },
                    credit: credit
                ).render(versions)
            }
        case .tileMap:
            guard !prefectures.tiles.isEmpty else { return nil }
            var values: [Int: DecimalText] = [:]
            let rows = prefectureRows()
            for (row, code, _) in rows {
                if let value = dataset.exact(row: row, column: first) { values[code] = value }
            }
            let title = SiteText.tileMapTitle(dataset.title, column.title)
            let tiles = prefectures.tiles
            return { [values] prefectureLink, versions in
                var links: [Int: String] = [:]
                for (_, code, _) in rows {
                    if let link = prefectureLink(code) { links[code] = link }
                }
                return TileMap(
                    id: id, title: title, unit: unit, tiles: tiles, values: values.mapValues(\.double), links: links, credit: credit,
                    exact: values
                ).render(versions)
            }
        case .timeSeries:
            let periodColumn = dataset.columns.firstIndex { !$0.type.isNumeric } ?? 0
            let periods = dataset.rows.map { $0[periodColumn] }
            let series = columns.map { key, index in
                TimeSeriesChart.Series(
                    name: dataset.columns[index].title, exact: dataset.rows.indices.map { dataset.exact(row: $0, column: index) })
            }
            guard !periods.isEmpty else { return nil }
            // The chart adds a single series' name itself, so two charts of one table differ.
            let title = SiteText.timeSeriesTitle(dataset.title)
            return { _, versions in
                TimeSeriesChart(id: id, title: title, unit: unit, periods: periods, series: series, credit: credit).render(versions)
            }
        case .composition:
            let categories = labelledRows().map { row, name in
                CompositionChart.Category(label: name, exact: columns.map { dataset.exact(row: row, column: $0.1) })
            }
            guard !categories.isEmpty else { return nil }
            let title = SiteText.compositionTitle(dataset.title, columns: partOfColumns(columns.map(\.1)))
            let components = columns.map { dataset.columns[$0.1].title }
            return { _, versions in
                CompositionChart(id: id, title: title, unit: unit, components: components, categories: categories, credit: credit)
                    .render(versions)
            }
        }
    }

    /// The titles of the columns a chart draws when they are not all the numeric columns, so two
    /// charts of one dataset never share an accessible name.
    private func partOfColumns(_ drawn: [Int]) -> [String] {
        let numeric = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric }
        return Set(drawn) == Set(numeric) ? [] : drawn.map { dataset.columns[$0].title }
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
}
