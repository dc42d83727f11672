/// Writes the postings of a `BigramIndex` as `index-NNN.js` scripts.
///
/// Each script is `ShiryoSearch.shard(n,{"key":"postings",…});` with keys in scalar order. A
/// bigram's postings are `doc,pos,pos;doc,pos` (base 36; documents and positions as deltas from
/// the previous one); a single character's are `doc,count,roles,first;…` (documents as deltas).
import Foundation

struct ShardWriter {
    let index: BigramIndex
    let shardCount: Int

    /// The scripts in shard order, each made `Data` as soon as it is written, so the index never
    /// exists as bytes twice at once.
    func scripts() -> [Data] {
        var bigramsByShard = [[Int]](repeating: [], count: shardCount)
        for (id, key) in index.bigramKeys.enumerated() {
            bigramsByShard[ShardHash.shard(UInt32(key >> 21), UInt32(key & 0x1F_FFFF), count: shardCount)].append(id)
        }
        var unigramsByShard = [[Int]](repeating: [], count: shardCount)
        for (slot, scalar) in index.unigramScalars.enumerated() {
            unigramsByShard[ShardHash.shard(scalar, 0, count: shardCount)].append(slot)
        }
        let keys = index.bigramKeys
        let bigrams = bigramsByShard
        let unigrams = unigramsByShard
        return Concurrent.map(Array(0..<shardCount)) { shard in
            var writer = ScriptWriter()
            writer.raw("ShiryoSearch.shard(")
            writer.decimal(shard)
            writer.raw(",{")
            var first = true
            for slot in unigrams[shard] {
                if !first { writer.byte(UInt8(ascii: ",")) }
                first = false
                writeUnigram(slot, into: &writer)
            }
            for id in bigrams[shard].sorted(by: { keys[$0] < keys[$1] }) {
                if !first { writer.byte(UInt8(ascii: ",")) }
                first = false
                writeBigram(id, into: &writer)
            }
            writer.raw("});\n")
            return Data(writer.bytes)
        }
    }

    private func writeUnigram(_ slot: Int, into writer: inout ScriptWriter) {
        writer.byte(UInt8(ascii: "\""))
        writer.key(UInt64(index.unigramScalars[slot]))
        writer.raw("\":\"")
        let entries = index.unigrams[index.unigramStart[slot]..<index.unigramStart[slot + 1]]
        if let first = entries.first { writer.base36(Int(first.doc)) }
        writer.unigramPostings(entries)
        writer.byte(UInt8(ascii: "\""))
    }

    private func writeBigram(_ id: Int, into writer: inout ScriptWriter) {
        let key = index.bigramKeys[id]
        writer.byte(UInt8(ascii: "\""))
        writer.key(PostingSpill.bigramFlag | key)
        writer.raw("\":\"")
        let occurrences = index.bigrams[index.bigramStart[id]..<index.bigramStart[id + 1]]
        if let first = occurrences.first { writer.base36(Int(first.doc)) }
        writer.bigramPostings(occurrences)
        writer.byte(UInt8(ascii: "\""))
    }
}
