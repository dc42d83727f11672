import Content
import Foundation

/// The checks a dataset records, over its CSV cells: a column's sum against its stated total and
/// an identity that must hold in every row (both computed by ``CheckRules``, under its one rule
/// for blanks), a count, a recomputed rate, and a plain comparison.
///
/// Each returns a ``DatasetCheck`` with `pass`, `mismatch` (both values recorded) or
/// `not-checkable` (with the reason); none of them changes a value.
public enum DatasetChecks {
    /// Compares the sum of `column` over every row with its stated total, by ``CheckRules``.
    public static func columnSum(_ dataset: Dataset, column: String, title: String? = nil, explanation: String? = nil) -> DatasetCheck {
        let stated = dataset.totals.first { $0.column == column }
        let totalsLabel = stated?.label ?? "合計"
        let checkTitle = title ?? "\(dataset.columns.first { $0.key == column }?.title ?? column)の合計が原資料の\(totalsLabel)と一致する"
        guard let index = dataset.columnIndex(column) else {
            return notCheckable(id: "sum-\(column)", kind: .columnSum, title: checkTitle, reason: "列がない")
        }
        let values = dataset.rows.indices.map { row in (key: Optional(dataset.rowKey(row)), value: number(dataset.rows[row][index])) }
        return CheckRules.columnSum(
            id: "sum-\(column)", title: checkTitle, column: column, stated: stated.flatMap { DatasetNumber.parse($0.value) },
            totalsLabel: totalsLabel, values: values
        ) { stated, sum in explanation ?? "差 \(DatasetNumber.grouped(sum - stated))" }
    }

    /// Checks `result = Σ plus − Σ minus` in every row, by ``CheckRules``.
    public static func rowIdentity(
        _ dataset: Dataset, id: String, title: String, result: String, plus: [String], minus: [String] = [], explanation: String? = nil
    ) -> [DatasetCheck] {
        let columns = [result] + plus + minus
        guard let resultIndex = dataset.columnIndex(result), let plusIndices = indices(dataset, plus),
              let minusIndices = indices(dataset, minus)
        else { return [notCheckable(id: id, kind: .rowIdentity, title: title, reason: "列がない")] }
        let rows = dataset.rows.indices.map { row in
            let cells = dataset.rows[row]
            return CheckRules.IdentityRow(
                key: dataset.rowKey(row), idSuffix: String(row + 1), label: dataset.rowKey(row), stated: number(cells[resultIndex]),
                terms: plusIndices.map { number(cells[$0]) } + minusIndices.map { number(cells[$0]).map { -$0 } })
        }
        return CheckRules.rowIdentity(id: id, title: title, columns: columns, rows: rows, explanation: explanation)
    }

    /// A CSV cell as a number under ``CheckRules``'s rule: a dash is 0, a blank or text is "not stated".
    static func number(_ cell: String) -> Decimal? { cell == "-" ? 0 : DatasetNumber.parse(cell) }

    /// Checks that a rate column equals `numerator / (Σ denominator) × scale`, rounded to the
    /// decimals the source prints, in every row; `fixedDenominator` replaces the sum when every
    /// row is a share of one total.
    public static func rate(
        _ dataset: Dataset, id: String, title: String, rate: String, numerator: String, denominator: [String],
        scale: Decimal = 100, decimals: Int, fixedDenominator: Decimal? = nil
    ) -> DatasetCheck {
        let columns = [rate, numerator] + denominator
        guard let rateIndex = dataset.columnIndex(rate), let numeratorIndex = dataset.columnIndex(numerator),
              let denominatorIndices = indices(dataset, denominator)
        else {
            return notCheckable(id: id, kind: .other, title: title, columns: columns, reason: "列がない")
        }
        var failures: [String] = []
        var checked = 0
        for row in dataset.rows.indices {
            guard let stated = DatasetNumber.parse(dataset.rows[row][rateIndex]),
                  let top = DatasetNumber.parse(dataset.rows[row][numeratorIndex])
            else { continue }
            let parts = denominatorIndices.map { DatasetNumber.parse(dataset.rows[row][$0]) }
            guard !parts.contains(nil) else { continue }
            let bottom = fixedDenominator ?? parts.compactMap { $0 }.reduce(0, +)
            guard bottom != 0 else { continue }
            let rounded = Cells.rounded(top / bottom * scale, places: decimals)
            checked += 1
            if rounded != stated { failures.append("\(dataset.rowKey(row)): 記載 \(DatasetNumber.format(stated))、計算 \(DatasetNumber.format(rounded))") }
        }
        guard checked > 0 else { return notCheckable(id: id, kind: .other, title: title, columns: columns, reason: "検算できる行がない") }
        return verdict(
            id: id, title: title, holds: failures.isEmpty, actual: failures.isEmpty ? "\(checked)行すべて一致" : nil,
            rows: failures.map { String($0.prefix { $0 != ":" }) }, columns: columns, explanation: failures.joined(separator: "; "))
    }

    /// A check whose rule is the reader's own (a figure derived from other tables, dates in order,
    /// names counted against a subtotal): pass when `holds`, mismatch when not, not checkable when
    /// nil. The explanation is recorded only for a mismatch, `passNote` only for a pass and `reason`
    /// only when not checkable, so a source that stops disagreeing shows no stale excuse.
    public static func verdict(
        id: String, kind: CheckKind = .other, title: String, holds: Bool?, expected: String? = nil, actual: String? = nil,
        rows: [String] = [], columns: [String] = [], explanation: String? = nil, passNote: String? = nil, reason: String? = nil
    ) -> DatasetCheck {
        let result: CheckResult = holds.map { $0 ? .pass : .mismatch } ?? .notCheckable
        let text = switch result {
        case .pass: passNote
        case .mismatch: explanation
        case .notCheckable: reason
        }
        return DatasetCheck(
            id: id, kind: kind, title: title, result: result, expected: expected, actual: actual, rows: rows, columns: columns,
            explanation: text)
    }

    /// A count against a stated count.
    public static func count(
        id: String, title: String, expected: Int, actual: Int, rows: [String] = [], explanation: String? = nil
    ) -> DatasetCheck {
        outcome(
            id: id, kind: .count, title: title, expected: Decimal(expected), actual: Decimal(actual), rows: rows,
            explanation: explanation)
    }

    /// A stated value against a computed one.
    public static func outcome(
        id: String, kind: CheckKind, title: String, expected: Decimal, actual: Decimal, rows: [String] = [],
        columns: [String] = [], explanation: String? = nil
    ) -> DatasetCheck {
        verdict(
            id: id, kind: kind, title: title, holds: expected == actual, expected: DatasetNumber.format(expected),
            actual: DatasetNumber.format(actual), rows: rows, columns: columns,
            explanation: explanation ?? "差 \(DatasetNumber.grouped(actual - expected))")
    }

    /// A check the source does not allow, with the reason.
    public static func notCheckable(id: String, kind: CheckKind, title: String, columns: [String] = [], reason: String) -> DatasetCheck {
        verdict(id: id, kind: kind, title: title, holds: nil, columns: columns, reason: reason)
    }

    private static func indices(_ dataset: Dataset, _ keys: [String]) -> [Int]? {
        let found = keys.compactMap { dataset.columnIndex($0) }
        return found.count == keys.count ? found : nil
    }
}

extension DatasetCheck {
    /// The same check naming other columns: a comparison recorded on both datasets it compares
    /// points at each one's own columns.
    func naming(_ columns: [String]) -> DatasetCheck {
        var check = self
        check.columns = columns
        return check
    }
}
