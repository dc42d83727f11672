import Foundation
import Testing

@testable import Content
@testable import Site

/// A line range past the end of its document is an error at the line that gives it, not provenance
/// the document cannot show.
@Suite struct SourceRangeTests {
    func error(_ changes: [String: String]) throws -> ContentError? {
        let site = try FixtureSite(DocumentPagesTests.files.merging(changes) { _, new in new })
        do {
            try site.build()
            return nil
        } catch let error as ContentError {
            return error
        }
    }

    @Test func theFixtureBuilds() throws {
        #expect(try error([:]) == nil)
    }

    @Test func aSectionPastTheEndIsRefused() throws {
        let path = "content/documents/test-doc/02-hoshin.md"
        let found = try error([path: DocumentPagesTests.files[path, default: ""].replacingOccurrences(of: "\"6-7\"", with: "\"6-999999\"")])
        #expect(found?.file == "documents/test-doc/02-hoshin.md" && found?.line == 5)
        #expect(found?.problem == "lines 6-999999 reach past the end of test-doc, which has 7 lines")
    }

    @Test func aDatasetPastTheEndIsRefused() throws {
        let found = try error([
            "content/data/x.yaml": "id: x\ntitle: X\ndescription: d\nshape: list\nsource:\n  document: test-doc\n  lines: \"3-999999\"\ncolumns: []\n"
        ])
        #expect(found?.file == "data/x.yaml" && found?.line == 7)
        #expect(found?.problem == "lines 3-999999 reach past the end of test-doc, which has 7 lines")
    }
}
