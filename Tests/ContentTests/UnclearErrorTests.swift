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
