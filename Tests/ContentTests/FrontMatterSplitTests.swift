import Foundation
import Testing

@testable import Content

/// The split of front matter on bytes must find what the split by characters finds, marker lines
/// that a mark or a stray character joins to their last `-` included, and fail the same way.
@Suite struct FrontMatterSplitTests {
    static let texts = [
        "---\ntitle: a\n---\n本文\n", "--- \t\ntitle: a\n---  \nbody", "---\n---\n", "---\n---", "---\ntitle: a\n---", "---\n\n---\n\nx",
        "---\u{301}\ntitle: a\n---\nbody", "---\ntitle: a\n---\u{301}\nmore\n---\nbody", "---x\ntitle: a\n---\n", "--\n---\n",
        "----\ntitle: a\n----\n", "---\ntitle: a\n---\u{3000}\nbody\n---\n", "# no front matter\n", "", "---", "---\n",
        "---\ntitle: a\n", "\u{FEFF}---\ntitle: a\n---\n", "---\ntitle: 見出し\n--- \u{301}\nx\n--- \nbody",
    ]

    @Test func bytesAndCharactersAgree() throws {
        for text in Self.texts {
            let bytes = Result { try FrontMatter.split(text, file: "a.md").map { [$0.yaml, String(text[$0.bodyStart...])] } }
            let characters = Result { try FrontMatter.splitByCharacters(text, file: "a.md").map { [$0.yaml, String(text[$0.bodyStart...])] } }
            switch (bytes, characters) {
            case (.success(let a), .success(let b)): #expect(a == b, "\(text.debugDescription)")
            case (.failure(let a as ContentError), .failure(let b as ContentError)): #expect(a.description == b.description)
            default: Issue.record("\(text.debugDescription): \(bytes) against \(characters)")
            }
        }
    }

    /// `\r\n` is one character, not a line feed (files are read with `\r\n` made `\n` before this): a
    /// text of such lines has no front matter, and a marker after one is not seen. The byte split
    /// alone would read the first text as front matter (it takes `---\r` for a marker), so such text
    /// must go the character way.
    @Test func aTextWithCarriageReturnsKeepsItsReading() throws {
        let text = "---\r\ntitle: a\r\n---\r\nbody"
        let matter = try FrontMatter(parsing: text, file: "pages/a.md")
        #expect(matter.bodyLine == 1)
        #expect(matter.body == text)
        #expect(try FrontMatter.split(text, file: "pages/a.md") != nil, "the byte split reads it otherwise")
        #expect(throws: ContentError.self) { try FrontMatter(parsing: "---\ntitle: a\r\n---\nbody", file: "pages/a.md") }
    }
}
