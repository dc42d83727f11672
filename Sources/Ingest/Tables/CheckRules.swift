import Content
import Foundation

/// The one implementation of the arithmetic checks every table records — a column's sum against
/// its stated total, and an identity within each row — whichever reader built the rows.
/// ``PlaceChecks`` (typed cells of declared tables) and ``DatasetChecks`` (a dataset's CSV
/// cells) only turn their rows into numbers and call these, so a check reads the same and
/// treats blanks the same on every page.
///
/// The rule for blanks, applied by both callers before the numbers get here: a dash (`-`, `－`)
/// is printed "none" and counts as 0; a blank cell is "not stated" (nil), unless the table's
/// declaration says its source uses blank for zero (`blank_is_zero:`, citing the line). A sum
/// over a column with a "not stated" cell is not checkable and names those rows; a row with one
/// is left out of a row identity. Each record is made by ``DatasetChecks/verdict(id:kind:title:holds:expected:actual:rows:columns:explanation:passNote:reason:)``,
/// the one place a check's result decides which of its texts is kept.
enum CheckRules {
    /// A row as an identity check sees it.
    struct IdentityRow {
        var key: String?
        var idSuffix: String
        var label: String
        var stated: Decimal?
        /// The signed terms; a nil term leaves the row out.
        var terms: [Decimal?]
        /// Whether the row is a data row (counted in the pass's "N行すべて一致"), not the totals row.
        var counted = true
    }

    /// `stated` against the sum of `values`; `explain` writes the explanation of a mismatch from
    /// the stated and summed figures.
    static func columnSum(
        id: String, title: String, column: String, stated: Decimal?, totalsLabel: String,
        values: [(key: String?, value: Decimal?)], explain: (_ stated: Decimal, _ sum: Decimal) -> String?
    ) -> DatasetCheck {
        let sum = values.compactMap(\.value).reduce(Decimal(0), +)
        guard let stated else {
            return DatasetChecks.verdict(
                id: id, kind: .columnSum, title: title, holds: nil, actual: DatasetNumber.format(sum), columns: [column],
                reason: "原資料の\(totalsLabel)に値がない")
        }
        let blanks = values.filter { $0.value == nil }.compactMap(\.key)
        guard blanks.isEmpty else {
            return DatasetChecks.verdict(
                id: id, kind: .columnSum, title: title, holds: nil, expected: DatasetNumber.format(stated), rows: blanks,
                columns: [column], reason: "数値の記載がない行がある")
        }
        return DatasetChecks.verdict(
            id: id, kind: .columnSum, title: title, holds: sum == stated, expected: DatasetNumber.format(stated),
            actual: DatasetNumber.format(sum), columns: [column], explanation: sum == stated ? nil : explain(stated, sum))
    }

    /// `stated = Σ terms` on every row (with `atLeast`, `stated ≥ Σ terms`).
    ///
    /// One passing check ("N行すべて一致", N the data rows checked) when every row agrees;
    /// otherwise one mismatch per disagreeing row, with its stated and computed values, so each
    /// discrepancy can be shown on its row's page. Not checkable when no row has every figure.
    static func rowIdentity(
        id: String, title: String, columns: [String], rows: [IdentityRow], atLeast: Bool = false,
        explanation: String?
    ) -> [DatasetCheck] {
        var failures: [DatasetCheck] = []
        var checked = 0
        for row in rows {
            guard let stated = row.stated, !row.terms.contains(nil) else { continue }
            let computed = row.terms.compactMap { $0 }.reduce(Decimal(0), +)
            if row.counted { checked += 1 }
            let difference = stated - computed
            guard atLeast ? difference < 0 : difference != 0 else { continue }
            failures.append(DatasetChecks.verdict(
                id: "\(id)-\(row.idSuffix)", kind: .rowIdentity, title: "\(title)：\(row.label)", holds: false,
                expected: DatasetNumber.format(stated), actual: DatasetNumber.format(computed),
                rows: row.key.map { [$0] } ?? [], columns: columns, explanation: explanation))
        }
        guard failures.isEmpty else { return failures }
        guard checked > 0 else {
            return [DatasetChecks.verdict(
                id: id, kind: .rowIdentity, title: title, holds: nil, columns: columns, reason: "検算できる行がない")]
        }
        return [DatasetChecks.verdict(id: id, kind: .rowIdentity, title: title, holds: true, actual: "\(checked)行すべて一致", columns: columns)]
    }
}
