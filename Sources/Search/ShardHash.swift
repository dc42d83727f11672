/// Which posting shard holds a bigram (or a single character, with `second` 0).
///
/// `search.js` computes the same 32-bit mix with `Math.imul`; the two must change together.
public enum ShardHash {
    public static func shard(_ first: UInt32, _ second: UInt32, count: Int) -> Int {
        var h = (first &* 0x9E37_79B1) ^ second
        h = (h ^ (h >> 15)) &* 0x85EB_CA6B
        h ^= h >> 13
        return Int(h % UInt32(count))
    }
}
