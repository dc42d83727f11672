import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The postings of a site indexed batch by batch, kept in a temporary file instead of memory, so
/// the index of 100,000 pages costs little more memory than that of a few thousand.
///
/// A batch is cut into parts of consecutive pages, one per core, indexed side by side
/// (`PartIndexer`). Each part's postings are written already encoded as `ShardWriter` writes them
/// (base 36, deltas), one segment per key, grouped into 1024 buckets by `ShardHash`, in one
/// region of the file. The shard count is known only once every page is indexed, but it is a
/// power of two up to 1024, so the shard of a key is its bucket modulo the count: a shard is read
/// back from its buckets of every part (`SpilledPostings`), its segments ordered by key and part,
/// and joined (the first document of each segment becomes a delta from the last of the one before).
///
/// A record is a sort key (unigrams by scalar, then bigrams by key), the first and last document
/// of the segment, the segment's length, then its bytes.
final class PostingSpill {
    static let buckets = 1024
    /// Marks a record key as a bigram's (its two scalars, 21 bits each) rather than a scalar's.
    static let bigramFlag: UInt64 = 1 << 62

    /// Which of `count` shards (or buckets) a record key falls in: the one the index's loader
    /// hashes the same characters to.
    static func shard(of key: UInt64, count: Int) -> Int {
        key & bigramFlag != 0
            ? ShardHash.shard(UInt32((key >> 21) & 0x1F_FFFF), UInt32(key & 0x1F_FFFF), count: count)
            : ShardHash.shard(UInt32(key), 0, count: count)
    }

    /// Where one part's bucket lies in the temporary file.
    struct Region: Sendable {
        var offset: Int
        var length: Int
    }

    private let file: SpillFile
    /// The regions of every part's bucket `b` at `part * buckets + b`.
    private var regions: [Region] = []
    /// Bigram occurrences plus unigram entries so far: what the shard count is chosen from.
    private(set) var postings = 0
    /// One indexer per core: a batch is cut into as many parts of consecutive pages, indexed side
    /// by side. A part's records are joined to the next part's as a batch's are to the next
    /// batch's, so the shards do not depend on the cut.
    private let indexers: [PartIndexer]

    /// The parts a batch is cut into on this machine: one per core, at most four.
    static var cores: Int { max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4)) }

    init(parts: Int) throws {
        file = try SpillFile(prefix: "shiryo-search")
        indexers = (0..<max(1, parts)).map { _ in PartIndexer() }
    }

    /// Writes the postings of a batch whose first document is number `base`.
    func add(_ documents: [SearchDocument], base: Int) throws {
        let parts = Self.cut(documents, into: indexers.count)
        let indexers = self.indexers
        let encoded = Concurrent.map(Array(parts.indices)) { part in
            indexers[part].encode(Array(documents[parts[part]]), base: base + parts[part].lowerBound)
        }
        for part in encoded {
            postings += part.postings
            let offset = try file.append(part.bytes)
            regions += part.regions.map { Region(offset: offset + $0.offset, length: $0.length) }
        }
    }

    /// Consecutive ranges of `documents` with about as many scalars each, none empty.
    private static func cut(_ documents: [SearchDocument], into count: Int) -> [Range<Int>] {
        let total = documents.reduce(0) { $0 + $1.keys.count }
        var parts: [Range<Int>] = []
        var start = 0
        var sum = 0
        for (index, document) in documents.enumerated() {
            sum += document.keys.count
            if parts.count + 1 < count && sum * count >= total * (parts.count + 1) {
                parts.append(start..<index + 1)
                start = index + 1
            }
        }
        if start < documents.count { parts.append(start..<documents.count) }
        return parts
    }

    /// The spilled postings as the shards are read from them, on any thread.
    var spilled: SpilledPostings { SpilledPostings(file: file, regions: regions) }
}
