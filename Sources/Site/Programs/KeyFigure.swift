import Foundation
import Charts
import Content
import Templates

/// One headline figure of a dataset, with its unit, date and source, for program pages and the home
/// page: the national total of a per-prefecture table, the latest period of a yearly table, the
/// number of entries of a list.
struct KeyFigure: Sendable {
    let label: String
    let value: String
    /// The dataset's title reads as `{{title}}`, beside the figure's own `{{label}}`.
    let heading: DatasetHeading

    /// Nil when the dataset holds no figure to headline (unrecoverable, or no numeric column).
    init?(_ dataset: Dataset, locator: SourceLocator) {
        guard dataset.unrecoverable == nil, !dataset.rows.isEmpty else { return nil }
        let numeric = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric }
        switch dataset.shape {
        case .prefectures:
            guard let column = numeric.first(where: { dataset.columns[$0].additive }) ?? numeric.first,
                let total = DatasetStanding(dataset).columns.first(where: { $0.index == column })
            else { return nil }
            guard let sum = total.total else { return nil }
            label = "\(dataset.columns[column].title)（全国\(total.totalIsStated ? "計・原資料" : "計")）"
            value = total.unit.format(sum, exact: total.statedTotal)
        case .series:
            guard let column = numeric.first, let last = dataset.rows.indices.last(where: { dataset.value(row: $0, column: column).number != nil }),
                let number = dataset.value(row: last, column: column).exact
            else { return nil }
            let period = dataset.columns.firstIndex { !$0.type.isNumeric }.map { dataset.rows[last][$0] } ?? ""
            label = "\(dataset.columns[column].title)（\(period)）"
            value = DatasetTable.unit(column: column, in: dataset).format(number)
        case .list:
            // A list's row count says little next to the list itself.
            return nil
        }
        heading = DatasetHeading(dataset, locator: locator, namingDocument: true)
    }
}

/// Rows of a budget table (a list with 予算 columns) that name a program, as the program page
/// shows them.
struct BudgetLine: Sendable {
    let item: String
    let amounts: [String]

    /// The rows of `dataset` whose item names one of `names` (or is named inside one of them).
    static func lines(_ dataset: Dataset, names: [String]) -> (headers: [String], lines: [BudgetLine])? {
        guard let itemColumn = dataset.columnIndex("item") else { return nil }
        let amountColumns = dataset.columns.indices.filter { dataset.columns[$0].type.isNumeric && dataset.columns[$0].unit != nil }
        guard !amountColumns.isEmpty else { return nil }
        let lines = dataset.rows.indices.compactMap { row -> BudgetLine? in
            let item = dataset.rows[row][itemColumn]
            let core = item.replacingOccurrences(of: "関係", with: "").replacingOccurrences(of: "に係る経費", with: "")
            guard !core.isEmpty, names.contains(where: { $0.contains(core) || core.contains($0) }) else { return nil }
            return BudgetLine(
                item: item,
                amounts: amountColumns.map { column in
                    switch dataset.value(row: row, column: column) {
                    case .number(let number):
                        DatasetTable.unit(column: column, in: dataset).format(number)
                    case .dash: "－"
                    default: "記載なし"
                    }
                })
        }
        guard !lines.isEmpty else { return nil }
        return (amountColumns.map { dataset.columns[$0].title }, lines)
    }
}
