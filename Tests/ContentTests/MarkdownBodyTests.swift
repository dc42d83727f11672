import Foundation
import Testing

@testable import Content

/// A page's body is left in its file when loaded and read again when rendered: the text read again
/// is the loaded one, and a file edited in between is reported rather than used.
@Suite struct MarkdownBodyTests {
    @Test func bodyReadAgainEqualsTheLoadedOne() throws {
        let root = try TemporaryContent(files: ["pages/a.md": "\u{FEFF}---\r\ntitle: A\r\n---\r\n本文の一行目。\r\n\r\n二行目！\r\n"])
        let page = try #require(try PageLoader(contentDirectory: root.url).load().first)
        #expect(try page.markdown.text() == "本文の一行目。\n\n二行目！\n")
        #expect(page.bodyLine == 4)
        #expect(!page.markdown.mayHoldImages)
    }

    @Test func anEditAfterLoadingIsReportedWithTheFile() throws {
        let root = try TemporaryContent(files: ["pages/a.md": "---\ntitle: A\n---\n本文です。![](x.png)\n"])
        let page = try #require(try PageLoader(contentDirectory: root.url).load().first)
        #expect(page.markdown.mayHoldImages)
        let file = root.url.appendingPathComponent("pages/a.md")
        // The same length in bytes, one character changed: only the digest can tell.
        for edited in ["---\ntitle: A\n---\n本文でした![](x.png)\n", "---\ntitle: A\n---\n短い\n"] {
            try Data(edited.utf8).write(to: file)
            let error = try #require(throws: ContentError.self) { try page.markdown.text() }
            #expect(error.file == "pages/a.md")
            #expect(error.problem.contains("changed while the site was being built"))
        }
        try Data("---\ntitle: B\nweight: 2\n---\n本文です。![](x.png)\n".utf8).write(to: file)
        #expect(try page.markdown.text() == "本文です。![](x.png)\n", "a front matter edit leaves the body as it was")
    }

    /// A body taken up unread from the last build's record is read as any content file is: a file
    /// since swapped for a link out of the project is refused, and a length no file can have is
    /// reported, not trusted.
    @Test func aKnownBodyIsReadAsAContentFile() throws {
        // A project folder holding content/, and a file beside the project.
        let root = try TemporaryContent(files: ["content/pages/a.md": "---\ntitle: A\n---\n本文です。\n"])
        let content = root.url.appendingPathComponent("content")
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString).md")
        try Data("秘密\n".utf8).write(to: outside)
        defer { try? FileManager.default.removeItem(at: outside) }
        let known = MarkdownBody.known(directoryPath: content.path, displayPath: "pages/a.md", length: "本文です。\n".utf8.count, mayHoldImages: false)
        #expect(try known.text() == "本文です。\n")
        let broken = MarkdownBody.known(directoryPath: content.path, displayPath: "pages/a.md", length: -1, mayHoldImages: false)
        #expect(throws: ContentError.self) { try broken.text() }
        let file = content.appendingPathComponent("pages/a.md")
        try FileManager.default.removeItem(at: file)
        try FileManager.default.createSymbolicLink(at: file, withDestinationURL: outside)
        let error = try #require(throws: ContentError.self) { try known.text() }
        #expect(error.problem.contains("outside the project"))
    }
}
