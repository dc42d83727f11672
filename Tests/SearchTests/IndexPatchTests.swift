import Foundation
import Testing

@testable import Search

/// Patching the index files of an edited page must give, byte for byte, the files of the whole
/// site indexed again; when it cannot (the text blocks would be cut elsewhere), it says so.
@Suite struct IndexPatchTests {
    /// The files of the pages indexed batch by batch, with the figures a patch starts from.
    static func index(_ pages: [(path: String, html: Data)]) throws -> (files: [String: Data], sizes: [Int], postings: Int, shards: Int) {
        let stream = try SearchIndexStream()
        var files: [String: Data] = [:]
        try stream.add(pages: pages) { files[$0.path] = $0.contents }
        let summary = try stream.finish { files[$0.path] = $0.contents }
        return (files, stream.textSizes, stream.postingCount, summary.shardCount)
    }

    static func document(_ page: (path: String, html: Data)) -> SearchDocument {
        SearchDocument(path: page.path, visible: VisibleText(html: Array(page.html)))
    }

    /// Page `number` edited by `edit`: the patched files, or nil, and the files of a fresh index.
    static func patched(_ number: Int, _ edit: (String) -> String) throws -> (patched: [String: Data]?, fresh: [String: Data], written: Int) {
        let pages = IndexStreamTests.pages
        let before = try index(pages)
        var edited = pages
        edited[number].html = Data(edit(String(decoding: pages[number].html, as: UTF8.self)).utf8)
        let fresh = try index(edited).files
        guard
            let result = SearchIndexPatch.apply(
                [SearchIndexPatch.Edit(number: number, old: document(pages[number]), new: document(edited[number]))],
                textSizes: before.sizes, postings: before.postings, shards: before.shards, read: { before.files[$0] })
        else { return (nil, fresh, 0) }
        var files = before.files
        for file in result.files { files[file.path] = file.contents }
        #expect(result.textSizes == (try index(edited).sizes))
        return (files, fresh, result.files.count)
    }

    @Test func anAppendedParagraphWithNewCharactersPatchesFewFiles() throws {
        let (patched, fresh, written) = try Self.patched(5) { $0.replacingOccurrences(of: "</main>", with: "<p>新しいΩの段落。\"引\\用\"</p></main>") }
        #expect(patched == fresh)
        #expect(written > 2 && written < fresh.count, "docs.js, one text block and the shards of the new words, not all")
    }

    @Test func textInsertedMidwayMovesEveryLaterPosition() throws {
        let (patched, fresh, _) = try Self.patched(12) { html in
            let middle = html.index(html.startIndex, offsetBy: html.count / 2)
            return String(html[..<middle]) + "挿入" + String(html[middle...])
        }
        #expect(patched == fresh)
    }

    @Test func aRemovedHeadingTakesItsKeysOut() throws {
        let (patched, fresh, _) = try Self.patched(30) { $0.replacingOccurrences(of: "<h2>", with: "<p>").replacingOccurrences(of: "</h2>", with: "</p>") }
        #expect(patched == fresh)
    }

    /// A page cut to a line moves the text blocks after it: the whole index must be built again.
    @Test func aTextThatMovesTheBlocksIsRefused() throws {
        let (patched, _, _) = try Self.patched(3) { _ in "<main><h1>頁3</h1><p>短い。</p></main>" }
        #expect(patched == nil)
    }
}
