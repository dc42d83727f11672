import Content
import Foundation

/// Builders for the checks a dataset records: a column's sum against its stated total, an
/// identity that must hold in every row, a count, a recomputed rate, and a plain comparison.
///
/// Each returns a ``DatasetCheck`` with `pass`, `mismatch` (both values recorded) or
/// `not-checkable` (with the reason); none of them changes a value.
public enum DatasetChecks {
    /// Compares the sum of `column` over the rows `including` accepts with the stated total of
    /// that column (the one labelled `label` when the table states several).
    ///
    /// A dash counts as none (0); a blank cell makes the sum not checkable, because the source
    /// did not say what the row holds.
    public static func columnSum(
        _ dataset: Dataset, column: String, label: String? = nil, id: String? = nil, title: String? = nil,
        including: ((Int) -> Bool)? = nil, explanation: String? = nil
    ) -> DatasetCheck {
        let columnTitle = dataset.columns.first { $0.key == column }?.title ?? column
        let stated = dataset.totals.first { $0.column == column && (label == nil || $0.label == label) }
        let checkID = id ?? "sum-\(column)"
        let checkTitle = title ?? "\(columnTitle)の合計が原資料の\(stated?.label ?? "合計")と一致する"
        guard let stated, let expected = Cells.value(stated.value) else {
            return DatasetCheck(
                id: checkID, kind: .columnSum, title: checkTitle, result: .notCheckable, columns: [column],
                explanation: explanation ?? "原資料に合計が記載されていない")
        }
        guard let index = dataset.columnIndex(column) else {
            return DatasetCheck(
                id: checkID, kind: .columnSum, title: checkTitle, result: .notCheckable, expected: stated.value,
                columns: [column], explanation: "列がない")
        }
        var sum: Decimal = 0
        var blanks: [String] = []
        for row in dataset.rows.indices where including?(row) ?? true {
            let cell = dataset.rows[row][index]
            if cell == "-" { continue }
            guard let value = Cells.value(cell) else {
                blanks.append(dataset.rowKey(row))
                continue
            }
            sum += value
        }
        if !blanks.isEmpty {
            return DatasetCheck(
                id: checkID, kind: .columnSum, title: checkTitle, result: .notCheckable, expected: stated.value,
                rows: blanks, columns: [column], explanation: "数値のない行がある")
        }
        return outcome(
            id: checkID, kind: .columnSum, title: checkTitle, expected: expected, actual: sum, columns: [column],
            explanation: explanation)
    }

    /// Checks `result = Σ plus − Σ minus` in every row (within `tolerance`). A row with a blank
    /// in any of the columns is listed as not checkable unless every other row passes.
    public static func rowIdentity(
        _ dataset: Dataset, id: String, title: String, result: String, plus: [String], minus: [String] = [],
        tolerance: Decimal = 0, explanation: String? = nil
    ) -> DatasetCheck {
        let columns = [result] + plus + minus
        guard let resultIndex = dataset.columnIndex(result), let plusIndices = indices(dataset, plus),
              let minusIndices = indices(dataset, minus)
        else {
            return DatasetCheck(
                id: id, kind: .rowIdentity, title: title, result: .notCheckable, columns: columns,
                explanation: "列がない")
        }
        var failures: [(key: String, expected: Decimal, actual: Decimal)] = []
        var checked = 0
        for row in dataset.rows.indices {
            func number(_ index: Int) -> Decimal? {
                let cell = dataset.rows[row][index]
                return cell == "-" ? 0 : Cells.value(cell)
            }
            guard let stated = number(resultIndex) else { continue }
            let added = plusIndices.map(number)
            let taken = minusIndices.map(number)
            guard !added.contains(nil), !taken.contains(nil) else { continue }
            let computed = added.compactMap { $0 }.reduce(0, +) - taken.compactMap { $0 }.reduce(0, +)
            checked += 1
            if abs(stated - computed) > tolerance {
                failures.append((dataset.rowKey(row), stated, computed))
            }
        }
        guard checked > 0 else {
            return DatasetCheck(
                id: id, kind: .rowIdentity, title: title, result: .notCheckable, columns: columns,
                explanation: "検算できる行がない")
        }
        guard let first = failures.first else {
            return DatasetCheck(
                id: id, kind: .rowIdentity, title: title, result: .pass, actual: "\(checked)行すべて一致",
                columns: columns)
        }
        let detail = failures.map { "\($0.key): 記載 \(DatasetNumber.grouped($0.expected))、計算 \(DatasetNumber.grouped($0.actual))" }
            .joined(separator: "; ")
        return DatasetCheck(
            id: id, kind: .rowIdentity, title: title, result: .mismatch, expected: Cells.format(first.expected),
            actual: Cells.format(first.actual), rows: failures.map(\.key), columns: columns,
            explanation: [explanation, detail].compactMap { $0 }.joined(separator: " "))
    }

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
            return DatasetCheck(id: id, kind: .other, title: title, result: .notCheckable, columns: columns, explanation: "列がない")
        }
        var failures: [String] = []
        var checked = 0
        for row in dataset.rows.indices {
            guard let stated = Cells.value(dataset.rows[row][rateIndex]),
                  let top = Cells.value(dataset.rows[row][numeratorIndex])
            else { continue }
            let parts = denominatorIndices.map { Cells.value(dataset.rows[row][$0]) }
            guard !parts.contains(nil) else { continue }
            let bottom = fixedDenominator ?? parts.compactMap { $0 }.reduce(0, +)
            guard bottom != 0 else { continue }
            var exact = top / bottom * scale
            var rounded = Decimal()
            NSDecimalRound(&rounded, &exact, decimals, .plain)
            checked += 1
            if rounded != stated {
                failures.append("\(dataset.rowKey(row)): 記載 \(Cells.format(stated))、計算 \(Cells.format(rounded))")
            }
        }
        guard checked > 0 else {
            return DatasetCheck(id: id, kind: .other, title: title, result: .notCheckable, columns: columns, explanation: "検算できる行がない")
        }
        if failures.isEmpty {
            return DatasetCheck(id: id, kind: .other, title: title, result: .pass, actual: "\(checked)行すべて一致", columns: columns)
        }
        return DatasetCheck(
            id: id, kind: .other, title: title, result: .mismatch, rows: failures.map { String($0.prefix { $0 != ":" }) },
            columns: columns, explanation: failures.joined(separator: "; "))
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
        let pass = expected == actual
        return DatasetCheck(
            id: id, kind: kind, title: title, result: pass ? .pass : .mismatch, expected: Cells.format(expected),
            actual: Cells.format(actual), rows: rows, columns: columns,
            explanation: pass ? nil : explanation ?? "差 \(DatasetNumber.grouped(actual - expected))")
    }

    /// A check the source does not allow, with the reason.
    public static func notCheckable(id: String, kind: CheckKind, title: String, reason: String) -> DatasetCheck {
        DatasetCheck(id: id, kind: kind, title: title, result: .notCheckable, explanation: reason)
    }

    private static func indices(_ dataset: Dataset, _ keys: [String]) -> [Int]? {
        let found = keys.compactMap { dataset.columnIndex($0) }
        return found.count == keys.count ? found : nil
    }
}
