import Content
import Foundation
import Japanese

/// The checks of a declared table's typed rows: column sums against the totals row, identities
/// within rows and ○ counts, over rows of any kind (prefectures, cities, years, categories).
/// The sums and identities are ``CheckRules``'s, which state the one rule for blanks; here a
/// blank counts as 0 only when the declaration says the source uses blank for zero
/// (`blank_is_zero:`, citing the line that shows it). A known discrepancy is passed in as an
/// explanation and only attached when the check does mismatch, so a source that stopped
/// disagreeing would show up as a pass with no stale excuse.
public struct PlaceChecks: Sendable {
    /// A row as the checks see it.
    public struct Row: Sendable {
        /// The key checks name (``PrefectureRowKey`` or the row number); nil for the totals row.
        public var key: String?
        public var idSuffix: String
        public var label: String
        public var isCity: Bool
        public var cells: [PlaceCell]
    }

    public let rows: [Row]
    public let totals: TotalsRow?
    public let columns: [PlaceColumn]
    /// Whether a blank cell counts as 0 (the declaration says the source uses blank for zero).
    public let blankIsZero: Bool

    init(rows: [Row], totals: TotalsRow?, columns: [PlaceColumn], blankIsZero: Bool) {
        (self.rows, self.totals, self.columns, self.blankIsZero) = (rows, totals, columns, blankIsZero)
    }

    public init(table: PlaceTable, columns: [PlaceColumn], blankIsZero: Bool = false) {
        let rows = table.rows.map {
            Row(key: $0.place.rowKey, idSuffix: $0.place.idSuffix, label: $0.place.city?.name ?? $0.place.prefecture.name,
                isCity: $0.place.city != nil, cells: $0.cells)
        }
        self.init(rows: rows, totals: table.totals, columns: columns, blankIsZero: blankIsZero)
    }

    /// The number in a cell: a dash is 0, a blank is nil ("not stated") unless blanks are zero.
    func number(_ cell: PlaceCell) -> Decimal? {
        guard case .number(let number) = cell else { return nil }
        if let value = number.value { return value }
        return number.isNone || blankIsZero ? 0 : nil
    }

    /// Which rows a sum covers.
    public enum Scope: Sendable {
        case prefectures
        /// Prefecture and designated-city rows: tables whose total is prefectures + cities.
        case prefecturesAndCities
        case listedRows
    }

    /// The column's sum over `scope` against the totals row.
    public func columnSum(_ key: String, scope: Scope = .prefectures, explanation: String? = nil) -> DatasetCheck {
        columnSum(key, scope: scope, title: nil) { _, _ in explanation }
    }

    /// A column sum whose explanation of a mismatch is written from the stated and summed values.
    public func columnSum(
        _ key: String, scope: Scope = .prefectures, title declared: String? = nil,
        explain: (_ stated: Decimal, _ sum: Decimal) -> String?
    ) -> DatasetCheck {
        let index = position(key)
        let title = columns[index].column.title
        let summed = self.rows.filter { scope != .prefectures || !$0.isCity }
        let values = summed.map { number($0.cells[index]) }
        let totalsLabel = totals?.label ?? "合計"
        let blankRule = blankIsZero ? "（空欄は0として計算）" : ""
        let written: String = switch scope {
        case .prefectures: "\(title)の47都道府県の合計が原資料の\(totalsLabel)行と一致する\(blankRule)"
        case .prefecturesAndCities: "\(title)の47都道府県と指定都市の合計が原資料の\(totalsLabel)行と一致する\(blankRule)"
        case .listedRows: "\(title)の合計が原資料の\(totalsLabel)と一致する\(blankRule)"
        }
        return CheckRules.columnSum(
            id: "sum-" + key, title: declared ?? written, column: key, stated: totals?.cells[index].value, totalsLabel: totalsLabel + "行",
            values: zip(summed, values).map { ($0.key, $1) }, explain: explain)
    }

    /// `total = Σ parts` (a part with `-` sign subtracted) on every row, the totals row included;
    /// with `atLeast`, `total ≥ Σ parts`.
    ///
    /// One passing check when every row agrees; otherwise one mismatch per disagreeing row, with
    /// its stated and computed values, so each discrepancy can be shown on its prefecture's page.
    public func rowIdentity(
        id: String, title: String, total: String, parts: [(key: String, sign: Decimal)], atLeast: Bool = false,
        explanation: String? = nil
    ) -> [DatasetCheck] {
        let totalIndex = position(total)
        let partIndexes = parts.map { (position($0.key), $0.sign) }
        let columnKeys = [total] + parts.map(\.key)
        let totalsRow = totals.map { Row(key: nil, idSuffix: "total", label: $0.label, isCity: false, cells: $0.cells) }
        let checked = (rows + (totalsRow.map { [$0] } ?? [])).map { row in
            CheckRules.IdentityRow(
                key: row.key, idSuffix: row.idSuffix, label: row.label, stated: number(row.cells[totalIndex]),
                terms: partIndexes.map { index, sign in number(row.cells[index]).map { sign * $0 } }, counted: row.key != nil)
        }
        return CheckRules.rowIdentity(id: id, title: title, columns: columnKeys, rows: checked, atLeast: atLeast, explanation: explanation)
    }

    /// The number of ○ marks in a column against the count stated in the totals row.
    public func markCount(_ key: String, explanation: String? = nil) -> DatasetCheck {
        let index = position(key)
        let marks = rows.filter { $0.cells[index] == .mark("○") }.count
        let totalsLabel = totals?.label ?? "合計"
        let title = "「\(columns[index].column.title)」の○の数が原資料の\(totalsLabel)行と一致する"
        let stated = totals?.cells[index].value.flatMap { Int(DatasetNumber.format($0)) }
        return DatasetChecks.verdict(
            id: "count-" + key, kind: .count, title: title, holds: stated.map { $0 == marks }, expected: stated.map(String.init),
            actual: String(marks), columns: [key], explanation: explanation, reason: "原資料の\(totalsLabel)行に件数がない")
    }

    private func position(_ key: String) -> Int {
        // Keys come from the reader's own column list; a typo there is a programming error.
        guard let index = columns.firstIndex(where: { $0.column.key == key }) else { preconditionFailure("no column \(key)") }
        return index
    }
}
