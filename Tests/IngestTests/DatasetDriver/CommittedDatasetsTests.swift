import Content
import Foundation
import Ingest
import Testing

/// Writes content/data/* when SHIRYO_WRITE_CONTENT=1; otherwise checks it is current.
@Test func committedDatasetsAreCurrent() throws {
    let importer = DatasetImporter()
    if ProcessInfo.processInfo.environment["SHIRYO_WRITE_CONTENT"] == "1" {
        let report = try importer.run(contentDirectory: Package.content)
        print(report.summary)
        for line in report.mismatches { print("mismatch: \(line)") }
    }
    #expect(try importer.check(contentDirectory: Package.content) == [])
}
