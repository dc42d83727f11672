import Foundation

/// The search index of a built site, as the script files `search.js` loads from `search/`.
///
/// Everything is a classic `<script>` that calls a function of the global `ShiryoSearch`, so the
/// index loads from file:// (where fetch and ES modules are blocked) as well as from any server:
///
/// - `search/docs.js`: the document table (address, title, kind, title length, text block,
///   heading ranges) and the number of posting shards.
/// - `search/index-NNN.js`: postings, partitioned by a hash of the bigram (or single character)
///   that `search.js` computes the same way, so a query loads only the shards of its own bigrams.
/// - `search/text-NNN.js`: the page texts, a block of pages per file, loaded for snippets only.
public struct SearchIndex: Sendable {
    /// A file to publish, with its path inside the output directory.
    public struct File: Sendable {
        public let path: String
        public let contents: Data
    }

    /// The files to publish.
    public let files: [File]
    /// Pages indexed.
    public let documentCount: Int
    /// Posting shards (`index-NNN.js`).
    public let shardCount: Int
    /// Text blocks (`text-NNN.js`).
    public let textBlockCount: Int

    /// Bytes of all index files together.
    public var totalBytes: Int { files.reduce(0) { $0 + $1.contents.count } }

    /// The folder of the index inside the output.
    public static let folder = "search/"

    /// Indexes rendered pages (output path and HTML bytes), in the order given.
    public init(pages: [(path: String, html: Data)]) {
        let documents = Concurrent.map(pages) { page in
            SearchDocument(path: page.path, visible: VisibleText(html: [UInt8](page.html)))
        }
        self.init(documents: documents)
    }

    /// Indexes documents already read.
    public init(documents: [SearchDocument]) {
        let (shards, postings) = Self.postingFiles(documents)
        let (blocks, blockOf) = TextBlocks.partition(documents)
        var files: [File] = []
        files.append(File(path: Self.folder + "docs.js", contents: Data(DocTable.script(documents, shards: shards, blockOf: blockOf))))
        files += postings
        for (number, block) in blocks.enumerated() {
            files.append(File(path: Self.folder + Self.name("text", number), contents: Data(TextBlocks.script(number, block, documents))))
        }
        self.files = files
        documentCount = documents.count
        shardCount = shards
        textBlockCount = blocks.count
    }

    /// The shard count and the `index-NNN.js` files. The postings, the largest structure of a
    /// build, live only inside this call: they are gone before the text blocks are written.
    private static func postingFiles(_ documents: [SearchDocument]) -> (shards: Int, files: [File]) {
        let index = BigramIndex(documents: documents)
        let shards = shardCount(postings: index.bigrams.count + index.unigrams.count)
        let scripts = ShardWriter(index: index, shardCount: shards).scripts()
        return (shards, scripts.enumerated().map { File(path: folder + name("index", $0.offset), contents: $0.element) })
    }

    /// `index-007.js`.
    static func name(_ prefix: String, _ number: Int) -> String {
        let digits = String(number)
        return prefix + "-" + String(repeating: "0", count: max(0, 3 - digits.count)) + digits + ".js"
    }

    /// About 20,000 postings per shard (60–120 KB, so a first query loads and parses its few
    /// shards quickly), a power of two from 1 to 1024.
    static func shardCount(postings: Int) -> Int {
        var count = 1
        while count < 1024 && postings / count > 20_000 { count <<= 1 }
        return count
    }
}

/// Runs independent work on all cores, keeping input order.
enum Concurrent {
    static func map<Input: Sendable, Output: Sendable>(_ inputs: [Input], _ transform: @Sendable (Input) -> Output) -> [Output] {
        let slots = Slots<Output>(count: inputs.count)
        DispatchQueue.concurrentPerform(iterations: inputs.count) { index in
            slots.store(index, transform(inputs[index]))
        }
        return slots.values
    }

    private final class Slots<Output: Sendable>: @unchecked Sendable {
        private var slots: [Output?]
        private let lock = NSLock()

        init(count: Int) { slots = Array(repeating: nil, count: count) }

        func store(_ index: Int, _ value: Output) {
            lock.lock()
            slots[index] = value
            lock.unlock()
        }

        var values: [Output] { slots.compactMap { $0 } }
    }
}
