import Foundation
import Content

/// The one way a per-prefecture figure is checked against the rows a list gives each
/// prefecture: `list_count:` in a declaration, and the comparisons of 001's centre and
/// municipality lists with its tables.
enum ListCountCheck {
    /// A row of the table: the key the list is counted by (the prefecture code), the name shown
    /// in a mismatch, and the stated count.
    struct Stated {
        var key: String
        var name: String
        var value: Decimal
    }

    /// Each stated count against the list's rows for its key. Expected is the stated counts'
    /// sum and actual the list's row count; a mismatch names the differing rows and writes
    /// `name: <statedName> n、一覧 m` for each; a pass says `passNote`.
    static func check(
        id: String, title: String, stated: [Stated], list: Dataset, statedName: String, passNote: String?, columns: [String]
    ) -> DatasetCheck {
        // The list's rows per prefecture code.
        let codes = list.columnIndex("code").map { code in list.rows.map { $0[code] } } ?? []
        let counted = Dictionary(grouping: codes) { $0 }.mapValues(\.count)
        let differing = stated.filter { Decimal(counted[$0.key] ?? 0) != $0.value }
        let details = differing.map { "\($0.name): \(statedName) \(DatasetNumber.format($0.value))、一覧 \(counted[$0.key] ?? 0)" }
        return DatasetChecks.verdict(
            id: id, kind: .crossDataset, title: title, holds: differing.isEmpty,
            expected: DatasetNumber.format(stated.map(\.value).reduce(0, +)), actual: String(list.rows.count), rows: differing.map(\.key),
            columns: columns, explanation: details.joined(separator: "; "), passNote: passNote)
    }
}
