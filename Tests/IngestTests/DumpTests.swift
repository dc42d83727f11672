import Foundation
import Ingest
import Testing

@Test func dumpCoverage() throws {
    guard ProcessInfo.processInfo.environment["SHIRYO_DUMP"] == "1" else { return }
    for (id, document) in Shipped.documents.sorted(by: { $0.key < $1.key }) {
        let coverage = Coverage(document)
        print("\(id) \(coverage.covered)/\(coverage.total) missing: \(coverage.missing.prefix(60))")
        for section in document.allSections {
            print(String(repeating: "  ", count: section.level - 1) + "\(section.number) \(section.title) [\(section.lines)]")
        }
    }
}
