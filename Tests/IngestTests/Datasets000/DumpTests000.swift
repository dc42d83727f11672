import Content
import Foundation
import Ingest
import Testing

@Test func dump000() throws {
    let url = Files003.root.appendingPathComponent("content/sources/000_5fb320d0c6fe68f8.txt")
    let list = try Shahokyo2020.datasets(from: ConvertedText(contentsOf: url))
    for d in list {
        print("== \(d.id) rows=\(d.rows.count) lines=\(d.source.lines)")
        for c in d.checks { print("  \(c.id) \(c.result.rawValue) \(c.expected ?? "") \(c.actual ?? "") \(c.rows)") }
        print(DatasetFiles.csv(d).split(separator: "\n").prefix(8).joined(separator: "\n"))
    }
}
