import Foundation

/// The same files as `SearchIndex`, built from pages that arrive in batches, in site order, with
/// memory that does not grow with the site: each batch's texts go out as soon as their
/// `text-NNN.js` block is full, its postings to a temporary file (`PostingSpill`), and what stays
/// is one small entry per page for `docs.js`. A 100,000-page site indexes in the memory of a batch.
public final class SearchIndexStream {
    private let spill: PostingSpill
    private var entries: [DocTable.Entry] = []
    private var blockOf: [Int] = []
    private var blockTexts: [String] = []
    private var blockSize = 0
    private var blockFirst = 0
    private var blocks = 0
    private var bytes = 0
    private var fileCount = 0

    /// Pages indexed so far.
    public var documentCount: Int { entries.count }

    /// - Throws: `SpillError` when the temporary folder refuses the postings' file.
    public init() throws {
        spill = try PostingSpill()
    }

    /// Indexes the next pages (output path and HTML bytes); the text blocks they fill are passed
    /// to `emit` as files to publish.
    public func add(pages: [(path: String, html: Data)], emit: (SearchIndex.File) throws -> Void) throws {
        let documents = Concurrent.map(pages) { page in
            SearchDocument(path: page.path, visible: VisibleText(html: [UInt8](page.html)))
        }
        try spill.add(documents, base: entries.count)
        for document in documents {
            let size = document.text.utf8.count
            if !blockTexts.isEmpty && blockSize + size > TextBlocks.targetBytes { try flushBlock(emit) }
            if blockTexts.isEmpty { blockFirst = entries.count }
            blockOf.append(blocks)
            blockTexts.append(document.text)
            blockSize += size
            entries.append(DocTable.Entry(document))
        }
    }

    /// Writes the last text block, the posting shards and `docs.js`; returns the index's figures.
    public func finish(emit: (SearchIndex.File) throws -> Void) throws -> SearchIndex.Summary {
        if !blockTexts.isEmpty { try flushBlock(emit) }
        let shards = SearchIndex.shardCount(postings: spill.postings)
        for shard in 0..<shards {
            try publish(SearchIndex.folder + SearchIndex.name("index", shard), try spill.script(shard: shard, count: shards), emit)
        }
        try publish(SearchIndex.folder + "docs.js", Data(DocTable.script(entries, shards: shards, blockOf: blockOf)), emit)
        return SearchIndex.Summary(
            documentCount: entries.count, fileCount: fileCount, shardCount: shards, textBlockCount: blocks, totalBytes: bytes)
    }

    private func flushBlock(_ emit: (SearchIndex.File) throws -> Void) throws {
        let script = TextBlocks.script(blocks, firstDocument: blockFirst, texts: blockTexts)
        try publish(SearchIndex.folder + SearchIndex.name("text", blocks), Data(script), emit)
        blocks += 1
        blockTexts.removeAll()
        blockSize = 0
    }

    private func publish(_ path: String, _ contents: Data, _ emit: (SearchIndex.File) throws -> Void) throws {
        bytes += contents.count
        fileCount += 1
        try emit(SearchIndex.File(path: path, contents: contents))
    }
}

extension SearchIndex {
    /// The figures of an index, for the build summary.
    public struct Summary: Sendable {
        public let documentCount: Int
        public let fileCount: Int
        public let shardCount: Int
        public let textBlockCount: Int
        public let totalBytes: Int
    }

    /// This index's figures.
    public var summary: Summary {
        Summary(
            documentCount: documentCount, fileCount: files.count, shardCount: shardCount, textBlockCount: textBlockCount,
            totalBytes: totalBytes)
    }
}
