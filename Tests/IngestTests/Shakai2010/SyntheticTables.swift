import Content
import Foundation
@testable import Ingest
import Japanese

/// Small per-prefecture tables written in the documents' pipe-table form.
enum SyntheticTables {
    /// A caption, then `| 都道府県 | a | b | 計 |` with one row per prefecture and a 合計 row.
    /// `value` gives each prefecture's (a, b, 計); `totals` the 合計 row's cells.
    static func text(
        leading: [String] = [], value: (Prefecture) -> [String] = { _ in ["1", "2", "3"] },
        totals: [String] = ["47", "94", "141"], dropping: Set<Int> = [], extraRows: [String] = []
    ) -> String {
        var lines = leading + ["## 試験の表", "", "| 都道府県 | a | b | 計 |", "|---|---|---|---|"]
        for prefecture in Prefecture.all where !dropping.contains(prefecture.code) {
            lines.append("| \(prefecture.name) | " + value(prefecture).joined(separator: " | ") + " |")
        }
        lines.append(contentsOf: extraRows)
        lines.append("| 合計 | " + totals.joined(separator: " | ") + " |")
        return lines.joined(separator: "\n")
    }

    static let columns: [PlaceColumn] = [
        .number("a", "甲", at: 1, unit: "人"), .number("b", "乙", at: 2, unit: "人"), .number("total", "計", at: 3, unit: "人"),
    ]

    /// Reads a synthetic table.
    static func read(_ text: String, allowsCities: Bool = false) throws -> PlaceTable {
        let source = SourceText(path: "test.md", text: text)
        let table = try LocatedTable.after(caption: "試験の表", in: source)
        return try PlaceTable.read(
            table, in: source, labelColumn: 0, valueColumns: columns.map { ($0.sourceIndex, $0.kind) },
            allowsCities: allowsCities)
    }

    /// Checks over a synthetic table.
    static func checks(_ text: String) throws -> PlaceChecks {
        PlaceChecks(table: try read(text), columns: columns)
    }
}
