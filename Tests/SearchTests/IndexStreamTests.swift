import Foundation
import Testing

@testable import Search

/// The index built batch by batch (postings spilled to a temporary file) must be the in-memory
/// index byte for byte, whatever the batches: a site's search files never depend on how it was built.
@Suite struct IndexStreamTests {
    /// Pages long enough for several text blocks and posting shards, with words that recur across
    /// pages (so one key's postings span batches) and characters a script string must escape.
    static let pages: [(path: String, html: Data)] = {
        let words = ["認知症", "サポーター", "ホームレス", "生活福祉資金", "東京都", "NPO法人", "ＡＢＣ", "\"引用\"", "a\\b", "改\u{2028}行", "𠮷野家", "ﾎｰﾑ"]
        var state: UInt32 = 7
        func next() -> Int {
            state = state &* 1_103_515_245 &+ 12345
            return Int(state >> 16)
        }
        return (0..<40).map { page in
            let body = (0..<900).map { _ in words[next() % words.count] }.joined(separator: next() % 3 == 0 ? " " : "")
            let html = "<main><h1>頁\(page)</h1><h2>\(words[page % words.count])</h2><p>\(body)</p></main>"
            return ("p\(page)/index.html", Data(html.utf8))
        }
    }()

    /// The pages indexed at once, the reference every batch size is compared with (built once).
    static let whole = SearchIndex(pages: pages)

    /// Batches of every size, each cut into as many parts as the machine has cores or more.
    @Test(arguments: [1, 7, 40], [1, 2, 4])
    func batchesGiveTheSameFilesAsOneIndex(batch: Int, parts: Int) throws {
        let whole = Self.whole
        #expect(whole.shardCount > 1)
        #expect(whole.textBlockCount > 1)
        let stream = try SearchIndexStream(parts: parts)
        var files: [SearchIndex.File] = []
        for start in stride(from: 0, to: Self.pages.count, by: batch) {
            try stream.add(pages: Array(Self.pages[start..<min(start + batch, Self.pages.count)])) { files.append($0) }
        }
        let summary = try stream.finish { files.append($0) }
        #expect(summary.shardCount == whole.shardCount)
        #expect(summary.textBlockCount == whole.textBlockCount)
        #expect(summary.totalBytes == whole.totalBytes)
        #expect(summary.fileCount == whole.files.count)
        let expected = Dictionary(uniqueKeysWithValues: whole.files.map { ($0.path, $0.contents) })
        let produced = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        #expect(produced.keys.sorted() == expected.keys.sorted())
        for (path, contents) in expected { #expect(produced[path] == contents, "\(path)") }
    }

    @Test func anEmptySiteHasOneEmptyShardAndNoTexts() throws {
        let stream = try SearchIndexStream()
        var files: [SearchIndex.File] = []
        _ = try stream.finish { files.append($0) }
        let whole = SearchIndex(pages: [])
        let produced = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.contents) })
        let expected = Dictionary(uniqueKeysWithValues: whole.files.map { ($0.path, $0.contents) })
        #expect(produced == expected)
    }
}
