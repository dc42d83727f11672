import Foundation

/// The same files as `SearchIndex`, built from pages that arrive in batches, in site order, with
/// memory that does not grow with the site: each batch's texts go out as soon as their
/// `text-NNN.js` block is full, its postings to a temporary file (`PostingSpill`), and what stays
/// is nothing per page: each page's line of `docs.js` goes to a temporary file too, and is read back
/// once at the end. A 100,000-page site indexes in the memory of a batch.
public final class SearchIndexStream {
    private let spill: PostingSpill
    /// The lines of `docs.js` so far (13 MB for 100,000 pages), and how many.
    private let docLines: SpillFile
    private var documents = 0
    private var blockTexts: [String] = []
    private var blockSize = 0
    private var blockFirst = 0
    private var blocks = 0
    private var bytes = 0
    private var fileCount = 0

    /// Pages indexed so far.
    public var documentCount: Int { documents }
    /// The UTF-8 size of every indexed page's text, in index order, and the postings counted so
    /// far: what `SearchIndexPatch` needs to tell whether an edit keeps the blocks and shards.
    public private(set) var textSizes: [Int] = []
    public var postingCount: Int { spill.postings }

    /// - Throws: `SpillError` when the temporary folder refuses the postings' file.
    public convenience init() throws {
        try self.init(parts: PostingSpill.cores)
    }

    /// A stream that cuts each batch into `parts` indexed side by side (tests ask for several on a
    /// machine of one core, where the build would never cut).
    init(parts: Int) throws {
        spill = try PostingSpill(parts: parts)
        docLines = try SpillFile(prefix: "shiryo-docs")
    }

    /// Indexes the next pages (output path and HTML bytes); the text blocks they fill are passed
    /// to `emit` as files to publish.
    public func add(pages: [(path: String, html: Data)], emit: (SearchIndex.File) throws -> Void) throws {
        let documents = Concurrent.map(pages) { page in
            SearchDocument(path: page.path, visible: VisibleText(html: [UInt8](page.html)))
        }
        try spill.add(documents, base: self.documents)
        var lines = ScriptWriter()
        for document in documents {
            let size = document.text.utf8.count
            if !blockTexts.isEmpty && blockSize + size > TextBlocks.targetBytes { try flushBlock(emit) }
            if blockTexts.isEmpty { blockFirst = self.documents }
            DocTable.line(DocTable.Entry(document), number: self.documents, block: blocks, into: &lines)
            blockTexts.append(document.text)
            blockSize += size
            textSizes.append(size)
            self.documents += 1
        }
        _ = try docLines.append(lines.bytes)
    }

    /// Writes the last text block, the posting shards and `docs.js`; returns the index's figures.
    public func finish(emit: (SearchIndex.File) throws -> Void) throws -> SearchIndex.Summary {
        if !blockTexts.isEmpty { try flushBlock(emit) }
        let shards = SearchIndex.shardCount(postings: spill.postings)
        // A few shards at a time, side by side, so that few are held at once.
        let spilled = spill.spilled
        for group in stride(from: 0, to: shards, by: Self.shardsAtOnce) {
            let scripts = Concurrent.map(Array(group..<min(group + Self.shardsAtOnce, shards))) { shard in
                Result { try spilled.script(shard: shard, count: shards) }
            }
            for (offset, script) in scripts.enumerated() {
                try publish(SearchIndex.folder + SearchIndex.name("index", group + offset), try script.get(), emit)
            }
        }
        try publish(SearchIndex.folder + "docs.js", try docsScript(shards: shards), emit)
        return SearchIndex.Summary(
            documentCount: documents, fileCount: fileCount, shardCount: shards, textBlockCount: blocks, totalBytes: bytes)
    }

    /// Shards written side by side before they are published.
    private static let shardsAtOnce = 16

    /// `docs.js`, its lines read back from the temporary file straight into the file's bytes.
    private func docsScript(shards: Int) throws -> Data {
        var opening = ScriptWriter(capacity: 64)
        DocTable.opening(shards: shards, into: &opening)
        let closing = DocTable.closing
        var script = Data(count: opening.bytes.count + docLines.length + closing.utf8CodeUnitCount)
        try script.withUnsafeMutableBytes { buffer in
            buffer.copyBytes(from: opening.bytes)
            try docLines.read(offset: 0, into: UnsafeMutableRawBufferPointer(rebasing: buffer[opening.bytes.count..<(opening.bytes.count + docLines.length)]))
            UnsafeMutableRawBufferPointer(rebasing: buffer[(opening.bytes.count + docLines.length)...])
                .copyMemory(from: UnsafeRawBufferPointer(start: closing.utf8Start, count: closing.utf8CodeUnitCount))
        }
        return script
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
