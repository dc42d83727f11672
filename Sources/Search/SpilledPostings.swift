import Foundation

/// The postings `PostingSpill` set aside, as the shards are written from them once every page is
/// indexed. A value, so that several shards are written side by side: each reads its own regions
/// of the temporary file with positioned reads.
struct SpilledPostings: Sendable {
    let file: SpillFile
    /// Every part's bucket `b` at `part * PostingSpill.buckets + b`.
    let regions: [PostingSpill.Region]

    /// One spilled record: its sort key and where its segment lies in the shard's bytes.
    private struct Record {
        var key: UInt64
        var part: Int
        var first: Int
        var last: Int
        var segment: Range<Int>
    }

    /// The script of shard `shard` of `count` (a power of two up to `PostingSpill.buckets`), byte
    /// for byte what `ShardWriter` writes for the same pages indexed at once.
    func script(shard: Int, count: Int) throws -> Data {
        let parts = regions.count / PostingSpill.buckets
        let wanted = (0..<parts).flatMap { part in
            stride(from: shard, to: PostingSpill.buckets, by: count).map { regions[part * PostingSpill.buckets + $0] }
        }
        let total = wanted.reduce(0) { $0 + $1.length }
        let data = try [UInt8](unsafeUninitializedCapacity: total) { buffer, initialized in
            var at = 0
            for region in wanted {
                try file.read(offset: region.offset, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[at..<at + region.length])))
                at += region.length
            }
            initialized = at
        }
        var records: [Record] = []
        data.withUnsafeBytes { bytes in
            func word(_ offset: Int) -> Int { Int(UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))) }
            var at = 0
            // Regions were read in part order, each part's `PostingSpill.buckets / count` of them.
            for (index, region) in wanted.enumerated() {
                let part = index / (PostingSpill.buckets / count)
                let end = at + region.length
                while at < end {
                    let size = word(at + 16)
                    let key = UInt64(word(at)) | UInt64(word(at + 4)) << 32
                    records.append(Record(key: key, part: part, first: word(at + 8), last: word(at + 12), segment: at + 20..<at + 20 + size))
                    at += 20 + size
                }
            }
        }
        records.sort { ($0.key, $0.part) < ($1.key, $1.part) }
        // Per record at most: the key in quotes with `":"` and `",` around it, or `;`, then the
        // first document's delta; the segment as it is.
        let bound = 64 + total + records.count * (2 * Base36.maxScalarBytes + 5 + Base36.maxDigits)
        let script = data.withUnsafeBytes { bytes in
            PostingBytes.make(capacity: bound) { writer in
                writer.reserve(bound)
                writer.append("ShiryoSearch.shard(")
                for digit in String(shard).utf8 { writer.byte(digit) }
                writer.append(",{")
                var previousKey: UInt64?
                var previousDoc = 0
                for record in records {
                    if record.key != previousKey {
                        if previousKey != nil { writer.append("\",") }
                        writer.byte(UInt8(ascii: "\""))
                        writer.key(record.key)
                        writer.append("\":\"")
                        previousKey = record.key
                        previousDoc = 0
                    } else {
                        writer.byte(UInt8(ascii: ";"))
                    }
                    writer.base36(record.first - previousDoc)
                    writer.append(UnsafeRawBufferPointer(rebasing: bytes[record.segment]))
                    previousDoc = record.last
                }
                if previousKey != nil { writer.byte(UInt8(ascii: "\"")) }
                writer.append("});\n")
            }
        }
        return Data(script)
    }
}
