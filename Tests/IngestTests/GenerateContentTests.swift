import Foundation
import Ingest
import Testing

/// Writes content/documents/** when SHIRYO_WRITE_CONTENT=1; otherwise checks it is current.
@Test func committedDocumentsAreCurrent() throws {
    let importer = DocumentImporter()
    if ProcessInfo.processInfo.environment["SHIRYO_WRITE_CONTENT"] == "1" {
        let report = try importer.run(contentDirectory: Package.content)
        for document in report.documents {
            print("\(document.id): \(document.files.count) files, \(document.sections) sections, \(document.tables) tables, coverage \(document.coverage)")
        }
    }
    #expect(try importer.check(contentDirectory: Package.content) == [])
}
