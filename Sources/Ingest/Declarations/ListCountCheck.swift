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

    /// The number of rows of `list` per value of its column `key` (`code`).
    static func counts(_ list: Dataset, by key: String = "code") -> [String: Int] {
        guard let index = list.columnIndex(key) else { return [:] }
        var counted: [String: Int] = [:]
        for row in list.rows { counted[row[index], default: 0] += 1 }
        return counted
    }

    /// Each stated count against the list's rows for its key. Expected is the stated counts'
    /// sum and actual the list's row count; a mismatch names the differing rows and writes
    /// `name: <statedName> n、一覧 m` for each; a pass says `passNote`.
    static func check(
        id: String, title: String, stated: [Stated], list: Dataset, statedName: String, passNote: String?, columns: [String]
    ) -> DatasetCheck {
        let counted = counts(list)
        let differing = stated.filter { Decimal(counted[$0.key] ?? 0) != $0.value }
        let details = differing.map { "\($0.name): \(statedName) \(Cells.format($0.value))、一覧 \(counted[$0.key] ?? 0)" }
        return DatasetChecks.verdict(
            id: id, kind: .crossDataset, title: title, holds: differing.isEmpty,
            expected: Cells.format(stated.map(\.value).reduce(0, +)), actual: String(list.rows.count), rows: differing.map(\.key),
            columns: columns, explanation: details.joined(separator: "; "), passNote: passNote)
    }
}
