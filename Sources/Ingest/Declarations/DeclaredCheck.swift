import Foundation
import Content

/// A check written in a table declaration, in the small vocabulary a regular table needs.
///
/// An explanation is attached only when the check does not pass, so a source that stopped
/// disagreeing shows a pass with no stale excuse. It may quote the figures it explains:
/// `{stated}`, `{sum}`, `{difference}` (stated − sum, without sign) and `{less_or_more}`
/// (少ない when the stated total is below the sum, else 多い), so no figure is typed twice.
public enum DeclaredCheck: Sendable, Equatable {
    /// `column_sum: key`: the column's sum over every row the table lists (prefectures, and
    /// cities when the table lists them apart) against its totals row; `title:` replaces the
    /// title written from the column's.
    case columnSum(column: String, title: String?, explanation: String?)
    /// `row_sum: total` with `parts: [a, b, -c]`: on every row, the total equals the parts added
    /// (a part written `-c` is subtracted); `row_at_least:` instead, the total is at least the
    /// parts added (a year's figure never exceeds the cumulative one).
    case rowSum(id: String, title: String, total: String, parts: [RowPart], atLeast: Bool, explanation: String?)
    /// `mark_count: key`: the number of ○ in the column against the count in the totals row.
    case markCount(column: String, explanation: String?)
    /// `agrees_with: key` with `dataset:` (and `other_column:` when its key differs): every
    /// prefecture's value equals the same prefecture's value in another dataset. Runs once every
    /// dataset is read (``DeclaredCrossCheck``).
    case agreesWith(column: String, dataset: String, otherColumn: String, explanation: String?)
    /// `list_count: key` with `dataset:`: every prefecture's value equals the number of rows the
    /// list dataset gives that prefecture. Runs once every dataset is read.
    case listCount(column: String, dataset: String, explanation: String?)
    /// `rate: key` with `numerator:`, `denominator: [a, b]`, `decimals:` (and `scale:`, 100 by
    /// default): on every row, the printed rate equals numerator ÷ (a + b) × scale rounded to the
    /// printed decimals; with no `denominator:`, a share: numerator ÷ the numerator's stated total.
    case rate(id: String, title: String, rate: String, numerator: String, denominator: [String], decimals: Int, scale: Decimal)
    /// `value: key` (with `row: {month: "2009-10"}` for a row's cell, else the stated total)
    /// and `equals: {dataset: …, total: key}` or `equals: {dataset: …, column: key, row: {…}}`:
    /// one figure printed in two tables. Runs once every dataset is read.
    case valueAgrees(DeclaredValueCheck)
    /// `row_count: 67`: the table has that many rows (47 prefectures and 20 designated cities).
    case rowCount(id: String, title: String, expected: Int)
    /// `total_plus_line: key` with `line:` and `equals_line:`: the column's stated total plus the
    /// figure printed beside the table after the label `line` equals the one after `equals_line`
    /// (a total the page gives with a part the table leaves out). See ``FiguresBeside``.
    case totalPlusLine(id: String, title: String, column: String, line: String, equalsLine: String)
    /// `text_states: key` with `line_containing:` and `pattern:`: the figures the pattern
    /// captures on the prose line are the column's, row by row (the prose restates the table).
    /// `text_change: key` (`change`): the percentage by which the column falls from the first row
    /// to the last equals the whole number the pattern captures (`実施自治体：42%減`), compared
    /// rounded to a whole number; `{stated}` in the title quotes it.
    case text(id: String, title: String, column: String, lineContaining: String, pattern: String, change: Bool)
    /// `column_sum: key` or `mark_count: key` with `total: 都道府県`, `id:` and `title:`: checked
    /// over the rows a named totals row states, against that row (``NamedTotalCheck``).
    case namedTotal(NamedTotalCheck)

    /// One term of a row sum.
    public struct RowPart: Sendable, Equatable {
        public var column: String
        public var sign: Decimal
    }

    public var columns: [String] {
        switch self {
        case .columnSum(let column, _, _), .markCount(let column, _), .agreesWith(let column, _, _, _), .listCount(let column, _, _):
            [column]
        case .rowSum(_, _, let total, let parts, _, _): [total] + parts.map(\.column)
        case .rate(_, _, let rate, let numerator, let denominator, _, _): [rate, numerator] + denominator
        case .valueAgrees(let check): [check.mine.column] + check.mine.plus
        case .namedTotal(let check): [check.column]
        case .rowCount: []
        case .totalPlusLine(_, _, let column, _, _), .text(_, _, let column, _, _, _):
            [column]
        }
    }

    /// Whether the check compares with another dataset and so runs after every table is read.
    public var isCrossDataset: Bool {
        switch self {
        case .agreesWith, .listCount, .valueAgrees: true
        default: false
        }
    }

    /// The results of the check on a read table (`dataset`, as the checks of its CSV rows need it).
    func run(
        _ checks: PlaceChecks, rows: TableDeclaration.RowKind, dataset: Dataset, beside: FiguresBeside? = nil, named: NamedTotal.Read = [:]
    ) -> [DatasetCheck] {
        switch self {
        case .namedTotal(let check):
            return [check.run(checks, named: named)]
        case .text(let id, let title, let column, let text, let pattern, false):
            guard let stated = beside?.statedInText(lineContaining: text, pattern: pattern), let index = dataset.columnIndex(column) else {
                return [DatasetChecks.notCheckable(id: id, kind: .other, title: title, reason: "本文に該当の記載が見つからない")]
            }
            let (expected, actual) = (stated.joined(separator: "/"), dataset.rows.map { $0[index] }.joined(separator: "/"))
            return [DatasetChecks.verdict(id: id, title: title, holds: expected == actual, expected: expected, actual: actual, columns: [column])]
        case .text(let id, let title, let column, let text, let pattern, true):
            let values = dataset.columnIndex(column).map { index in dataset.rows.compactMap { DatasetNumber.parse($0[index]) } } ?? []
            guard let stated = beside?.statedInText(lineContaining: text, pattern: pattern)?.first, let first = values.first,
                  let last = values.last, first != 0
            else {
                return [DatasetChecks.notCheckable(
                    id: id, kind: .other, title: title.replacingOccurrences(of: "{stated}", with: "？"), columns: [column],
                    reason: "本文に減少率の記載が見つからない")]
            }
            let decline = (first - last) / first * 100
            return [DatasetChecks.verdict(
                id: id, title: title.replacingOccurrences(of: "{stated}", with: stated),
                holds: Cells.rounded(decline, places: 0) == Decimal(string: stated), expected: stated,
                actual: DatasetNumber.format(Cells.rounded(decline, places: 1)), columns: [column])]
        case .rowCount(let id, let title, let expected):
            return [DatasetChecks.count(id: id, title: title, expected: expected, actual: dataset.rows.count)]
        case .totalPlusLine(let id, let title, let column, let line, let equalsLine):
            guard let stated = dataset.totals.first(where: { $0.column == column }).flatMap({ DatasetNumber.parse($0.value) }),
                  let part = beside?.value(labelled: line), let whole = beside?.value(labelled: equalsLine)
            else {
                return [DatasetChecks.notCheckable(id: id, kind: .other, title: title, reason: "表の合計行、または表の外の「\(line)」「\(equalsLine)」の数値が見つからない")]
            }
            return [DatasetChecks.outcome(id: id, kind: .other, title: title, expected: whole, actual: stated + part, columns: [column])]
        case .rate(let id, let title, let rate, let numerator, let denominator, let decimals, let scale):
            // With no denominator columns each row is a share of the numerator's stated total.
            let total = denominator.isEmpty ? dataset.totals.first { $0.column == numerator }.flatMap { DatasetNumber.parse($0.value) } : nil
            return [DatasetChecks.rate(
                dataset, id: id, title: title, rate: rate, numerator: numerator, denominator: denominator, scale: scale,
                decimals: decimals, fixedDenominator: total)]
        case .columnSum(let column, let title, let explanation):
            let scope: PlaceChecks.Scope = switch rows {
            case .prefectures: .prefectures
            case .prefecturesAndCities: .prefecturesAndCities
            case .years, .categories: .listedRows
            }
            return [checks.columnSum(column, scope: scope, title: title) { stated, sum in
                explanation.map { Self.fill($0, stated: stated, sum: sum) }
            }]
        case .rowSum(let id, let title, let total, let parts, let atLeast, let explanation):
            return checks.rowIdentity(
                id: id, title: title, total: total, parts: parts.map { ($0.column, $0.sign) }, atLeast: atLeast, explanation: explanation)
        case .markCount(let column, let explanation):
            return [checks.markCount(column, explanation: explanation)]
        case .agreesWith, .listCount, .valueAgrees:
            return []
        }
    }

    /// `template` with its placeholders replaced by the figures of one check.
    static func fill(_ template: String, stated: Decimal, sum: Decimal) -> String {
        let difference = stated - sum
        return template
            .replacingOccurrences(of: "{stated}", with: DatasetNumber.format(stated))
            .replacingOccurrences(of: "{sum}", with: DatasetNumber.format(sum))
            .replacingOccurrences(of: "{difference}", with: DatasetNumber.format(difference < 0 ? -difference : difference))
            .replacingOccurrences(of: "{less_or_more}", with: difference < 0 ? "少ない" : "多い")
    }
}
