import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The postings of a site indexed batch by batch, kept in a temporary file instead of memory, so
/// the index of 100,000 pages costs little more memory than that of a few thousand.
///
/// Each batch's postings are written already encoded as `ShardWriter` writes them (base 36,
/// deltas), one segment per key, grouped into 1024 buckets by `ShardHash`. The shard count is
/// known only once every page is indexed, but it is a power of two up to 1024, so the shard of a
/// key is its bucket modulo the count: a shard is read back from its buckets of every batch, its
/// segments ordered by key and batch, and joined (the first document of each segment becomes a
/// delta from the last of the one before).
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

    private let file: SpillFile
    /// Offset and length of every batch's bucket `b` at `batch * buckets + b`.
    private var regions: [(offset: Int, length: Int)] = []
    private var batches = 0
    /// Bigram occurrences plus unigram entries so far: what the shard count is chosen from.
    private(set) var postings = 0

    init() throws {
        file = try SpillFile(prefix: "shiryo-search")
    }

    /// A batch of fewer than twice this many documents is encoded on one thread: splitting a few
    /// pages costs more than it saves. (Small enough that the tests' batches of 40 are split.)
    static let splitThreshold = 16
    /// Nor is a batch of more than this many split: it comes from a large site, whose batches are
    /// indexed while the link check keeps the other core busy, and where a second index at once
    /// (its tables sized for every scalar) would add to the build's peak memory.
    static let splitLimit = 512

    /// Writes the postings of a batch whose first document is number `base`.
    ///
    /// A small site's batch is indexed and encoded as two halves on two threads, each half spilled
    /// as a batch of its own: the search runs alone at the end of such a build, and this was its
    /// longest serial part. The shards are the same bytes, since `script` joins a key's segments across batches
    /// exactly as one segment holds them.
    func add(_ documents: [SearchDocument], base: Int) throws {
        let halves =
            (2 * Self.splitThreshold...Self.splitLimit).contains(documents.count)
            ? [0..<documents.count / 2, documents.count / 2..<documents.count] : [0..<documents.count]
        let encoded = Concurrent.map(halves) { range in
            Self.encode(Array(documents[range]), base: base + range.lowerBound)
        }
        for (buckets, postings) in encoded {
            self.postings += postings
            for bucket in buckets {
                regions.append((try file.append(bucket.bytes), bucket.bytes.count))
            }
            batches += 1
        }
    }

    /// The buckets of the documents' postings (the first being number `base`), and how many
    /// postings they hold.
    private static func encode(_ documents: [SearchDocument], base: Int) -> (buckets: [ScriptWriter], postings: Int) {
        let index = BigramIndex(documents: documents)
        let postings = index.bigramDocs.count + index.unigrams.count
        var buckets = [ScriptWriter](repeating: ScriptWriter(capacity: 0), count: Self.buckets)
        var segment = ScriptWriter(capacity: 1 << 12)
        for slot in index.unigramScalars.indices {
            let range = index.unigramStart[slot]..<index.unigramStart[slot + 1]
            guard !range.isEmpty else { continue }
            segment.clear()
            var previous = Int(index.unigrams[range.lowerBound].doc)
            for entryIndex in range {
                let entry = index.unigrams[entryIndex]
                if entryIndex > range.lowerBound {
                    segment.byte(UInt8(ascii: ";"))
                    segment.base36(Int(entry.doc) - previous)
                    previous = Int(entry.doc)
                }
                segment.unigramFields(entry)
            }
            let scalar = index.unigramScalars[slot]
            Self.record(
                UInt64(scalar), first: base + Int(index.unigrams[range.lowerBound].doc), last: base + previous, segment,
                into: &buckets[Self.shard(of: UInt64(scalar), count: Self.buckets)])
        }
        for (id, key) in index.bigramKeys.enumerated() {
            let range = index.bigramStart[id]..<index.bigramStart[id + 1]
            guard !range.isEmpty else { continue }
            segment.clear()
            let firstDoc = index.bigramDocs[range.lowerBound]
            var currentDoc = firstDoc
            var previousPosition = 0
            for slot in range {
                let doc = index.bigramDocs[slot]
                if doc != currentDoc {
                    segment.byte(UInt8(ascii: ";"))
                    segment.base36(Int(doc - currentDoc))
                    currentDoc = doc
                    previousPosition = 0
                }
                let position = Int(index.bigramPositions[slot])
                segment.byte(UInt8(ascii: ","))
                segment.base36(position - previousPosition)
                previousPosition = position
            }
            Self.record(
                Self.bigramFlag | key, first: base + Int(firstDoc), last: base + Int(currentDoc), segment,
                into: &buckets[Self.shard(of: Self.bigramFlag | key, count: Self.buckets)])
        }
        return (buckets, postings)
    }

    private static func record(_ key: UInt64, first: Int, last: Int, _ segment: ScriptWriter, into bucket: inout ScriptWriter) {
        bucket.word(UInt32(truncatingIfNeeded: key))
        bucket.word(UInt32(truncatingIfNeeded: key >> 32))
        bucket.word(UInt32(first))
        bucket.word(UInt32(last))
        bucket.word(UInt32(segment.bytes.count))
        bucket.append(segment.bytes)
    }

    /// The script of shard `shard` of `count` (a power of two up to `buckets`), byte for byte what
    /// `ShardWriter` writes for the same pages indexed at once.
    func script(shard: Int, count: Int) throws -> Data {
        var records: [(key: UInt64, batch: Int, first: Int, last: Int, bytes: Range<Int>)] = []
        var data: [UInt8] = []
        for batch in 0..<batches {
            for bucket in stride(from: shard, to: Self.buckets, by: count) {
                let region = regions[batch * Self.buckets + bucket]
                let start = data.count
                data += try file.read(offset: region.offset, length: region.length)
                var at = start
                while at < data.count {
                    func word(_ offset: Int) -> UInt64 {
                        (0..<4).reduce(0) { $0 | UInt64(data[at + offset + $1]) << (8 * UInt64($1)) }
                    }
                    let key = word(0) | word(4) << 32
                    let size = Int(word(16))
                    records.append((key, batch, Int(word(8)), Int(word(12)), at + 20..<at + 20 + size))
                    at += 20 + size
                }
            }
        }
        records.sort { ($0.key, $0.batch) < ($1.key, $1.batch) }
        var writer = ScriptWriter(capacity: data.count + 64)
        writer.raw("ShiryoSearch.shard(")
        writer.decimal(shard)
        writer.raw(",{")
        var previousKey: UInt64?
        var previousDoc = 0
        for record in records {
            if record.key != previousKey {
                if previousKey != nil { writer.raw("\",") }
                writer.byte(UInt8(ascii: "\""))
                if record.key & Self.bigramFlag != 0 {
                    writer.scalarInString(UInt32(truncatingIfNeeded: (record.key >> 21) & 0x1F_FFFF))
                    writer.scalarInString(UInt32(truncatingIfNeeded: record.key & 0x1F_FFFF))
                } else {
                    writer.scalarInString(UInt32(truncatingIfNeeded: record.key))
                }
                writer.raw("\":\"")
                previousKey = record.key
                previousDoc = 0
            } else {
                writer.byte(UInt8(ascii: ";"))
            }
            writer.base36(record.first - previousDoc)
            writer.append(data[record.bytes])
            previousDoc = record.last
        }
        if previousKey != nil { writer.byte(UInt8(ascii: "\"")) }
        writer.raw("});\n")
        return Data(writer.bytes)
    }

}
