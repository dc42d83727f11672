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
        /// Share of the national total in percent, for additive columns: a computed value, in `Double`.
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
    init?(_ standing: DatasetStanding, code: Int) {
        let dataset = standing.dataset
        guard let row = standing.rowByCode[code] else { return nil }
        values = standing.columns.map { column in
            let cell = dataset.value(row: row, column: column.index)
            return Value(
                column: dataset.columns[column.index], unit: column.unit, cell: cell, rank: column.ranks[code],
                rankedCount: column.count,
                share: column.total.flatMap { total in cell.exact.map { $0.double / total * 100 } },
                shareOfStatedTotal: column.totalIsStated)
        }
        cities = dataset.cityColumn.map { cityColumn in
            standing.rows(code: code).filter(dataset.isCityRow).map { cityRow in
                City(name: dataset.rows[cityRow][cityColumn], cells: standing.columns.map { dataset.value(row: cityRow, column: $0.index) })
            }
        } ?? []
        let rowKeys = Set(RowKeys.match([Dataset.codeText(code)] + cities.map(\.name), in: dataset))
        failedChecks = standing.mismatches.filter { !$0.rows.isDisjoint(with: rowKeys) }.map(\.check)
    }

}

/// What every prefecture page needs from one per-prefecture dataset, worked out once for all 47:
/// each numeric column's national ranks, its total and how its numbers are written.
struct DatasetStanding: Sendable {
    struct Column: Sendable {
        let index: Int
        let unit: Charts.Unit
        /// Competition ranks (1 = highest, ties shared) by JIS code; absent for missing values.
        let ranks: [Int: Int]
        let count: Int
        /// The national total a share is taken of (nil for columns that do not add up): the stated
        /// total, else the sum of the rows worked out in `Double` (exact for integers below 2^53).
        let total: Double?
        /// The source's stated total as written, printed instead of `total` where there is one.
        let statedTotal: DecimalText?
        var totalIsStated: Bool { statedTotal != nil }
    }

    let dataset: Dataset
    let rowByCode: [Int: Int]
    /// Every row (the prefecture's and its cities') by the code it carries, in table order.
    private let rowsByCode: [Int: [Int]]
    /// The checks that found a mismatch, in order, with the rows they name.
    let mismatches: [(check: DatasetCheck, rows: Set<Int>)]
    let columns: [Column]

    init(_ dataset: Dataset) {
        self.dataset = dataset
        let prefectureRows = dataset.prefectureRows
        rowByCode = Dictionary(prefectureRows.map { ($0.code, $0.row) }, uniquingKeysWith: { first, _ in first })
        rowsByCode = Self.rowsByCode(dataset)
        mismatches = dataset.checks.filter { $0.result == .mismatch }.map { ($0, Set(RowKeys.match($0.rows, in: dataset))) }
        columns = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric }.map { column in
            let items = prefectureRows.map { row in
                RankedBarChart.Item(orderKey: row.code, label: "", exact: dataset.exact(row: row.row, column: column))
            }
            let ranked = RankedBarChart(id: "", title: "", unit: .none, items: items).ranked
            let key = dataset.columns[column].key
            let stated = dataset.totals.first { $0.column == key }.flatMap { DecimalText($0.value) }
            let total = stated?.double ?? items.compactMap(\.value).reduce(0, +)
            return Column(
                index: column, unit: DatasetTable.unit(column: column, in: dataset),
                ranks: Dictionary(ranked.compactMap { item in item.rank.map { (item.item.orderKey, $0) } }, uniquingKeysWith: { a, _ in a }),
                count: items.count, total: dataset.columns[column].additive && total > 0 ? total : nil,
                statedTotal: stated)
        }
    }

    /// The rows carrying a JIS code, in table order.
    func rows(code: Int) -> [Int] {
        rowsByCode[code] ?? []
    }

    /// A dataset's rows by the JIS code they carry, in table order: worked out once, rather than
    /// each of the 47 pages reading the code of every row of every table.
    static func rowsByCode(_ dataset: Dataset) -> [Int: [Int]] {
        var rows: [Int: [Int]] = [:]
        for row in dataset.rows.indices {
            if let code = dataset.code(ofRow: row) { rows[code, default: []].append(row) }
        }
        return rows
    }
}
