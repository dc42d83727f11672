import Charts
import Content
import Foundation

/// The figures of one prefecture in one per-prefecture dataset: values, national ranks, shares of
/// the national total, designated-city rows, and the checks that failed on its rows.
struct PrefectureFigures: Sendable, Equatable {
    struct Value: Sendable, Equatable {
        let column: DatasetColumn
        /// How the column's numbers are written.
        let unit: Charts.Unit
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
        let prefectureRows = dataset.prefectureRows
        guard let row = prefectureRows.first(where: { $0.code == code })?.row else { return nil }
        let numeric = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric }
        values = numeric.map { column in
            let items = prefectureRows.map { other in
                RankedBarChart.Item(
                    orderKey: other.code, label: "", value: dataset.value(row: other.row, column: column).number.map(Self.double))
            }
            let ranked = RankStrip(id: "", title: "", unit: .none, items: items, highlightedKey: code).ranked
            let cell = dataset.value(row: row, column: column)
            let key = dataset.columns[column].key
            let stated = dataset.totals.first { $0.column == key }.flatMap { DatasetNumber.parse($0.value) }.map(Self.double)
            let summed = items.compactMap(\.value).reduce(0, +)
            let total = stated ?? summed
            let share = dataset.columns[column].additive && total > 0 ? cell.number.map { Self.double($0) / total * 100 } : nil
            return Value(
                column: dataset.columns[column], unit: DatasetTable.unit(column: column, in: dataset), cell: cell, rank: ranked.first { $0.item.orderKey == code }?.rank,
                rankedCount: items.count, share: share, shareOfStatedTotal: stated != nil)
        }
        cities = dataset.cityColumn.map { cityColumn in
            dataset.rows.indices.filter { dataset.isCityRow($0) && dataset.code(ofRow: $0) == code }.map { cityRow in
                City(name: dataset.rows[cityRow][cityColumn], cells: numeric.map { dataset.value(row: cityRow, column: $0) })
            }
        } ?? []
        let rowKeys = Set(RowKeys.match([Dataset.codeText(code)] + cities.map(\.name), in: dataset))
        failedChecks = dataset.checks.filter { check in
            check.result == .mismatch && !Set(RowKeys.match(check.rows, in: dataset)).isDisjoint(with: rowKeys)
        }
    }

    static func double(_ value: Decimal) -> Double {
        NSDecimalNumber(decimal: value).doubleValue
    }
}
