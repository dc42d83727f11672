import Content
import Foundation
import Japanese

/// Checks over a ``PlaceTable``: column sums against the totals row and identities within rows.
///
/// Blanks and dashes count as zero in sums: the tables use them for "none". A known discrepancy is
/// passed in as an explanation and only attached when the check does mismatch, so a source that
/// stopped disagreeing would show up as a pass with no stale excuse.
public struct PlaceChecks: Sendable {
    /// The table checked.
    public let table: PlaceTable
    /// Its value columns, in cell order.
    public let columns: [PlaceColumn]

    /// Creates a checker.
    public init(table: PlaceTable, columns: [PlaceColumn]) {
        self.table = table
        self.columns = columns
    }

    /// Which rows a sum covers.
    public enum Scope: Sendable {
        /// The 47 prefecture rows.
        case prefectures
        /// Prefecture and designated-city rows: tables whose total is prefectures + cities.
        case prefecturesAndCities
    }

    /// The column's sum over `scope` against the totals row.
    public func columnSum(_ key: String, scope: Scope = .prefectures, explanation: String? = nil) -> DatasetCheck {
        columnSum(key, scope: scope) { _, _ in explanation }
    }

    /// A column sum whose explanation of a mismatch is written from the stated and summed values.
    public func columnSum(
        _ key: String, scope: Scope = .prefectures, explain: (_ stated: Decimal, _ sum: Decimal) -> String?
    ) -> DatasetCheck {
        let index = position(key)
        let title = columns[index].column.title
        let scopeText = scope == .prefectures ? "47都道府県" : "47都道府県と指定都市"
        let rows = table.rows.filter { scope == .prefecturesAndCities || $0.place.city == nil }
        let sum = rows.reduce(Decimal(0)) { $0 + ($1.cells[index].value ?? 0) }
        let id = "sum-" + key
        let checkTitle = "\(title)の\(scopeText)の合計が原資料の\(table.totals.label)行と一致する"
        guard let stated = table.totals.cells[index].value else {
            return DatasetCheck(
                id: id, kind: .columnSum, title: checkTitle, result: .notCheckable, actual: DatasetNumber.format(sum),
                columns: [key], explanation: "原資料の\(table.totals.label)行に値がない")
        }
        let result: CheckResult = sum == stated ? .pass : .mismatch
        return DatasetCheck(
            id: id, kind: .columnSum, title: checkTitle, result: result, expected: DatasetNumber.format(stated),
            actual: DatasetNumber.format(sum), columns: [key], explanation: result == .mismatch ? explain(stated, sum) : nil)
    }

    /// `total = Σ parts` (a part with `-` sign subtracted) on every row, the totals row included.
    ///
    /// One passing check when every row agrees; otherwise one mismatch per disagreeing row, with
    /// its stated and computed values, so each discrepancy can be shown on its prefecture's page.
    public func rowIdentity(
        id: String, title: String, total: String, parts: [(key: String, sign: Decimal)], explanation: String? = nil
    ) -> [DatasetCheck] {
        let totalIndex = position(total)
        let partIndexes = parts.map { (position($0.key), $0.sign) }
        let columnKeys = [total] + parts.map(\.key)
        let labelled: [(place: Place?, label: String, cells: [PlaceCell])] =
            table.rows.map { ($0.place, $0.place.city?.name ?? $0.place.prefecture.name, $0.cells) }
            + [(nil, table.totals.label, table.totals.cells)]
        var failures: [DatasetCheck] = []
        for (place, label, cells) in labelled {
            let stated = cells[totalIndex].value ?? 0
            let computed = partIndexes.reduce(Decimal(0)) { $0 + $1.1 * (cells[$1.0].value ?? 0) }
            guard stated != computed else { continue }
            let key = place?.rowKey
            failures.append(DatasetCheck(
                id: "\(id)-\(place?.idSuffix ?? "total")",
                kind: .rowIdentity, title: "\(title)：\(label)", result: .mismatch,
                expected: DatasetNumber.format(stated), actual: DatasetNumber.format(computed),
                rows: key.map { [$0] } ?? [], columns: columnKeys, explanation: explanation))
        }
        guard failures.isEmpty else { return failures }
        return [DatasetCheck(id: id, kind: .rowIdentity, title: title, result: .pass, columns: columnKeys)]
    }

    /// `total = a + b + …` with every part added.
    public func rowSum(id: String, title: String, total: String, parts: [String], explanation: String? = nil) -> [DatasetCheck] {
        rowIdentity(id: id, title: title, total: total, parts: parts.map { ($0, 1) }, explanation: explanation)
    }

    /// The number of ○ marks in a column against the count stated in the totals row.
    public func markCount(_ key: String, explanation: String? = nil) -> DatasetCheck {
        let index = position(key)
        let marks = table.rows.filter { $0.cells[index] == .mark("○") }.count
        let title = "「\(columns[index].column.title)」の○の数が原資料の\(table.totals.label)行と一致する"
        guard let stated = table.totals.cells[index].value, let statedCount = Int(DatasetNumber.format(stated)) else {
            return DatasetCheck(
                id: "count-" + key, kind: .count, title: title, result: .notCheckable, actual: String(marks),
                columns: [key], explanation: "原資料の\(table.totals.label)行に件数がない")
        }
        let result: CheckResult = marks == statedCount ? .pass : .mismatch
        return DatasetCheck(
            id: "count-" + key, kind: .count, title: title, result: result, expected: String(statedCount),
            actual: String(marks), columns: [key], explanation: result == .mismatch ? explanation : nil)
    }

    private func position(_ key: String) -> Int {
        // Keys come from the reader's own column list; a typo there is a programming error.
        guard let index = columns.firstIndex(where: { $0.column.key == key }) else {
            preconditionFailure("no column \(key)")
        }
        return index
    }
}
