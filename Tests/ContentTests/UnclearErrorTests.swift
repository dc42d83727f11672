import Foundation
import Testing

@testable import Content

/// Errors that used to name no line or speak the parser's language.
@Suite struct UnclearErrorTests {
    @Test func aNULInFrontMatterNamesItsLine() throws {
        #expect {
            try FrontMatter(parsing: "---\ntitle: a\ndescription: b\u{0}c\n---\n本文", file: "pages/a.md")
        } throws: { error in
            let error = error as? ContentError
            return error?.line == 3 && error?.problem == "has a NUL byte (U+0000) in the front matter"
                && error?.fix.hasPrefix("delete the character") == true
        }
    }

    @Test func anotherControlCharacterInSiteYAMLIsNamedInHex() throws {
        #expect {
            try FrontMatter(yaml: "title: a\nfooter: \u{1B}[31m\n", file: "site.yaml")
        } throws: { error in
            (error as? ContentError).map { $0.line == 2 && $0.problem == "has the control character U+001B in the file" } ?? false
        }
    }
}

/// sources.yaml refuses keys it does not have, at every level, with the nearest known key.
@Suite struct SourceCatalogKeyTests {
    static let entry = "sources:\n  - id: doc\n    file: a.txt\n    title: T\n    format: pdf-text\n"

    @Test(arguments: [
        (entry + "    isuer: 厚生労働省\n", 6, "unknown key in a source `isuer`", "did you mean `issuer`?"),
        (entry + "    date:\n      iso: \"2020\"\n      warki: 令和2年\n", 8, "unknown key in `date` `warki`", "did you mean `wareki`?"),
        ("source:\n  - id: doc\n", 1, "unknown key `source`", "did you mean `sources`?"),
    ])
    func unknownKeysAreNamed(_ yaml: String, _ line: Int, _ problem: String, _ fix: String) throws {
        #expect {
            try SourceCatalogFile.entries(yaml: yaml, file: "sources/sources.yaml")
        } throws: { error in
            (error as? ContentError).map { $0.line == line && $0.problem == problem && $0.fix.hasPrefix(fix) } ?? false
        }
    }

    @Test func theShippedLayoutReads() throws {
        #expect(try SourceCatalogFile.entries(yaml: Self.entry + "    issuer: null\n    date:\n      iso: \"2020\"\n      wareki: 令和2年\n    publication: null\n", file: "s").count == 1)
    }
}
