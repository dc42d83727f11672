import Charts
import Content
import Foundation

/// The figures of one prefecture in one per-prefecture dataset: values, national ranks, shares of
/// the national total, designated-city rows, and the checks that failed on its rows.
struct PrefectureFigures: Sendable, Equatable {
    struct Value: Sendable, Equatable {
        let column: DatasetColumn
        let cell: DatasetValue
        /// Competition rank among the prefecture rows (1 = highest); nil when the value is missing.
        let rank: Int?
        let rankedCount: Int
        /// Share of the national total in percent, for additive columns.
        let share: Double?
        /// Whether the national total is the source's stated total (else the sum of the rows).
        let shareOfStatedTotal: Bool
    }

    struct City: Sendable, Equatable {
        let name: String
        let cells: [DatasetValue]
    }

    let values: [Value]
    let cities: [City]
    let failedChecks: [DatasetCheck]

    /// Nil when the dataset has no row for the prefecture.
    init?(dataset: Dataset, code: Int) {
        guard let codeColumn = dataset.columns.firstIndex(where: { $0.type == .prefecture }) else { return nil }
        let cityColumn = dataset.columnIndex("city")
        let codeText = String(format: "%02d", code)
        let isCity = { (row: Int) in cityColumn.map { !dataset.rows[row][$0].isEmpty } ?? false }
        let prefectureRows = dataset.rows.indices.filter { !isCity($0) }
        guard let row = prefectureRows.first(where: { dataset.rows[$0][codeColumn] == codeText }) else { return nil }
        let numeric = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric }
        values = numeric.map { column in
            let items = prefectureRows.compactMap { other -> RankedBarChart.Item? in
                guard let otherCode = Int(dataset.rows[other][codeColumn]) else { return nil }
                return RankedBarChart.Item(
                    orderKey: otherCode, label: "", value: dataset.value(row: other, column: column).number.map(Self.double))
            }
            let ranked = RankStrip(id: "", title: "", unit: .none, items: items, highlightedKey: code).ranked
            let cell = dataset.value(row: row, column: column)
            let key = dataset.columns[column].key
            let stated = dataset.totals.first { $0.column == key }.flatMap { DatasetNumber.parse($0.value) }.map(Self.double)
            let summed = items.compactMap(\.value).reduce(0, +)
            let total = stated ?? summed
            let share = dataset.columns[column].additive && total > 0 ? cell.number.map { Self.double($0) / total * 100 } : nil
            return Value(
                column: dataset.columns[column], cell: cell, rank: ranked.first { $0.item.orderKey == code }?.rank,
                rankedCount: items.count, share: share, shareOfStatedTotal: stated != nil)
        }
        cities = cityColumn.map { cityColumn in
            dataset.rows.indices.filter { isCity($0) && dataset.rows[$0][codeColumn] == codeText }.map { cityRow in
                City(name: dataset.rows[cityRow][cityColumn], cells: numeric.map { dataset.value(row: cityRow, column: $0) })
            }
        } ?? []
        let rowKeys = Set(RowKeys.match([codeText] + cities.map(\.name), in: dataset))
        failedChecks = dataset.checks.filter { check in
            check.result == .mismatch && !Set(RowKeys.match(check.rows, in: dataset)).isDisjoint(with: rowKeys)
        }
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
