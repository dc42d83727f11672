import Content
import Foundation
import Ingest
import Testing

@Test func dump003() throws {
    let list = try Shakai2010.datasets(from: Files003.document())
    for d in list {
        print("== \(d.id) rows=\(d.rows.count) lines=\(d.source.lines) \(d.unrecoverable ?? "")")
        for c in d.checks { print("  \(c.id) \(c.result.rawValue) \(c.expected ?? "") \(c.actual ?? "") \(c.rows)") }
    }
}
