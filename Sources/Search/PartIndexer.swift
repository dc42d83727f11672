/// Indexes one part of a batch and encodes its postings as spill records, bucket by bucket, into
/// one buffer: the part's file region is written with one call.
///
/// Used by one thread at a time (`PostingSpill` gives each part its own), so that the tables it
/// keeps between batches need no lock.
final class PartIndexer: @unchecked Sendable {
    private var scratch = BigramIndex.Scratch()

    /// A part's records and where each bucket's lie in them.
    struct Encoded: Sendable {
        var bytes: [UInt8]
        /// Offset (in `bytes`) and length of bucket `b` at `b`.
        var regions: [PostingSpill.Region]
        var postings: Int
    }

    /// The records of `documents`, the first of which is document number `base`.
    func encode(_ documents: [SearchDocument], base: Int) -> Encoded {
        let index = BigramIndex(documents: documents, scratch: &scratch)
        let unigramCount = index.unigramScalars.count
        // Keys by bucket (unigrams first, by scalar, then bigrams by id; the shards sort them),
        // placed by a counting sort.
        var bucketOf = [Int16](repeating: 0, count: unigramCount + index.bigramKeys.count)
        for (slot, scalar) in index.unigramScalars.enumerated() {
            bucketOf[slot] = Int16(PostingSpill.shard(of: UInt64(scalar), count: PostingSpill.buckets))
        }
        for (id, key) in index.bigramKeys.enumerated() {
            bucketOf[unigramCount + id] = Int16(PostingSpill.shard(of: PostingSpill.bigramFlag | key, count: PostingSpill.buckets))
        }
        var start = [Int](repeating: 0, count: PostingSpill.buckets + 1)
        for bucket in bucketOf { start[Int(bucket) + 1] += 1 }
        for bucket in 0..<PostingSpill.buckets { start[bucket + 1] += start[bucket] }
        var next = start
        var order = [Int32](repeating: 0, count: bucketOf.count)
        for (key, bucket) in bucketOf.enumerated() {
            order[next[Int(bucket)]] = Int32(key)
            next[Int(bucket)] += 1
        }
        // The most one posting takes: a separator and a document delta, then three fields (a
        // unigram's count, roles and first position) or a position delta, none above the stream's
        // length or the part's document count.
        let longest = documents.reduce(documents.count) { max($0, $1.keys.count) }
        let postingBound = 5 + 3 * Base36.digits(longest)
        let postings = index.unigrams.count + index.bigrams.count
        var regions = [PostingSpill.Region](repeating: PostingSpill.Region(offset: 0, length: 0), count: PostingSpill.buckets)
        let bytes = PostingBytes.make(capacity: Self.header * bucketOf.count + postingBound * postings) { writer in
            for bucket in 0..<PostingSpill.buckets {
                let first = writer.count
                for key in order[start[bucket]..<start[bucket + 1]] {
                    let key = Int(key)
                    if key < unigramCount {
                        Self.unigram(index, slot: key, base: base, bound: postingBound, into: &writer)
                    } else {
                        Self.bigram(index, id: key - unigramCount, base: base, bound: postingBound, into: &writer)
                    }
                }
                regions[bucket] = PostingSpill.Region(offset: first, length: writer.count - first)
            }
        }
        return Encoded(bytes: bytes, regions: regions, postings: postings)
    }

    /// Bytes of a record's header: key (two words), first and last document, segment length.
    static let header = 20

    /// Writes a record's header, its segment length to be set by `close`; returns where it is.
    private static func open(
        _ key: UInt64, first: Int, last: Int, postings: Int, bound: Int, into writer: inout PostingBytes
    ) -> Int {
        writer.reserve(header + bound * postings)
        writer.word(UInt32(truncatingIfNeeded: key))
        writer.word(UInt32(truncatingIfNeeded: key >> 32))
        writer.word(UInt32(first))
        writer.word(UInt32(last))
        writer.word(0)
        return writer.count
    }

    private static func close(_ segment: Int, _ writer: inout PostingBytes) {
        writer.setWord(UInt32(writer.count - segment), at: segment - 4)
    }

    /// A scalar's record: `,count,roles,first` per document, documents after the first as
    /// `;delta`.
    private static func unigram(_ index: BigramIndex, slot: Int, base: Int, bound: Int, into writer: inout PostingBytes) {
        let range = index.unigramStart[slot]..<index.unigramStart[slot + 1]
        let firstDoc = Int(index.unigrams[range.lowerBound].doc)
        let segment = open(
            UInt64(index.unigramScalars[slot]), first: base + firstDoc, last: base + Int(index.unigrams[range.upperBound - 1].doc),
            postings: range.count, bound: bound, into: &writer)
        index.unigrams.withUnsafeBufferPointer { writer.unigramPostings($0[range]) }
        close(segment, &writer)
    }

    /// A bigram's record: `,position` deltas per occurrence, documents after the first as
    /// `;delta`.
    private static func bigram(_ index: BigramIndex, id: Int, base: Int, bound: Int, into writer: inout PostingBytes) {
        let range = index.bigramStart[id]..<index.bigramStart[id + 1]
        index.bigrams.withUnsafeBufferPointer { bigrams in
            let segment = open(
                PostingSpill.bigramFlag | index.bigramKeys[id], first: base + Int(bigrams[range.lowerBound].doc),
                last: base + Int(bigrams[range.upperBound - 1].doc), postings: range.count, bound: bound, into: &writer)
            writer.bigramPostings(bigrams[range])
            close(segment, &writer)
        }
    }
}
