import Foundation
import Content

/// One figure printed in two tables: a stated total or a row's cell of this table against the
/// same in another dataset (`value:` … `equals:`), the cross-table style every document shares.
public struct DeclaredValueCheck: Sendable, Equatable {
    /// Where a figure stands: a dataset's stated total of a column, or with `row` the cell of the
    /// column in the row whose `row.column` holds `row.value` (`row: {month: "2009-10"}`).
    public struct Figure: Sendable, Equatable {
        /// The dataset; nil for the declaring table.
        public var dataset: String?
        public var column: String
        /// The key column and value of the row; nil for the stated total.
        public var row: Row?
        /// Columns whose cells in the row are added to the figure (`value: [a, b]`: a + b).
        public var plus: [String] = []

        /// A row picked by the value of one of its columns.
        public struct Row: Sendable, Equatable {
            public var column: String
            /// Its value in the row, as the CSV writes it (`2009-10`).
            public var value: String
        }
    }

    public var id: String
    public var title: String
    public var mine: Figure
    public var other: Figure
    /// Whether the other table's figure is the one stated and this table's the one compared with
    /// it (`expected: equals`), as when this table's cells add up to the other's total.
    public var otherIsExpected = false

    /// Records the comparison on the declaring table: pass when the two figures are equal, not
    /// checkable when either cannot be found.
    func apply(to datasets: inout [Dataset], table: String) {
        guard let index = datasets.index(ofDataset: table) else { return }
        let found = other.dataset.flatMap { id in datasets.first { $0.id == id } }.flatMap { Self.value(of: other, in: $0) }
        let own = Self.value(of: mine, in: datasets[index])
        Self.record(
            in: &datasets[index], id: id, title: title, stated: otherIsExpected ? found : own, other: otherIsExpected ? own : found,
            rows: Self.rowIndex(of: mine, in: datasets[index]).map { [String($0 + 1)] } ?? [], columns: [mine.column] + mine.plus)
    }

    /// The one way a figure printed twice is recorded, declared or computed in Swift: `stated`
    /// against `other` on `dataset`, pass when equal, not checkable when either is missing.
    static func record(
        in dataset: inout Dataset, id: String, title: String, stated: String?, other: String?, rows: [String] = [],
        columns: [String]
    ) {
        dataset.checks.append(DatasetChecks.verdict(
            id: id, kind: .crossDataset, title: title, holds: stated == nil || other == nil ? nil : stated == other,
            expected: stated, actual: other, rows: rows, columns: columns, reason: "比べる値の一方が見つからない"))
    }

    static func value(of figure: Figure, in dataset: Dataset) -> String? {
        guard figure.row != nil else { return dataset.totals.first { $0.column == figure.column }?.value }
        guard let row = rowIndex(of: figure, in: dataset), let column = dataset.columnIndex(figure.column) else { return nil }
        guard !figure.plus.isEmpty else { return dataset.rows[row][column] }
        let cells = ([column] + figure.plus.compactMap(dataset.columnIndex)).map { DatasetNumber.parse(dataset.rows[row][$0]) }
        guard cells.count == figure.plus.count + 1, !cells.contains(nil) else { return nil }
        return DatasetNumber.format(cells.compactMap { $0 }.reduce(Decimal(0), +))
    }

    static func rowIndex(of figure: Figure, in dataset: Dataset) -> Int? {
        guard let row = figure.row, let key = dataset.columnIndex(row.column) else { return nil }
        return dataset.rows.firstIndex { $0[key] == row.value }
    }
}
