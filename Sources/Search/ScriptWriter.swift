import Escaping

/// Bytes of a classic script file, written directly (no JSON encoder) so that a large index is
/// produced quickly and byte for byte the same on every build.
struct ScriptWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Empties the bytes, keeping their storage for the next use.
    mutating func clear() {
        bytes.removeAll(keepingCapacity: true)
    }

    /// Bytes written elsewhere, as they are.
    mutating func append<Bytes: Sequence<UInt8>>(_ other: Bytes) {
        bytes.append(contentsOf: other)
    }

    /// A number as four bytes, little-endian (the spill's record headers, never a script).
    mutating func word(_ value: UInt32) {
        for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt32(shift))) }
    }

    mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    mutating func byte(_ value: UInt8) {
        bytes.append(value)
    }

    /// A non-negative number in base 36 (`search.js` reads it with `parseInt(x, 36)`).
    mutating func base36(_ value: Int) {
        if value >= 0 && value < 36 {
            bytes.append(Base36.digit(value))
            return
        }
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: Base36.maxDigits) { buffer in
            guard let start = buffer.baseAddress else { return }
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: Base36.write(value, to: start)))
        }
    }

    /// A decimal number, without a `String` for it (`docs.js` has several per page).
    mutating func decimal(_ value: Int) {
        DecimalBytes.append(Int64(value), to: &bytes)
    }

    /// A JavaScript string literal in double quotes. Runs of bytes that need no escape are copied
    /// whole; only `"`, `\`, controls and U+2028/U+2029 are looked at one by one.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { utf8 in
            var index = 0
            var runStart = 0
            while index < utf8.count {
                // Eight bytes at a time where none of them needs a look (most of a page's text).
                if index + 8 <= utf8.count, let base = utf8.baseAddress,
                    !Self.mayNeedEscape(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
                {
                    index += 8
                    continue
                }
                let byte = utf8[index]
                guard byte == 0x22 || byte == 0x5C || byte < 0x20 || byte == 0xE2 else {
                    index += 1
                    continue
                }
                if byte == 0xE2 && !(index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9)) {
                    index += 1
                    continue
                }
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                switch byte {
                case 0x22: raw("\\\"")
                case 0x5C: raw("\\\\")
                case 0x0A: raw("\\n")
                case 0xE2:
                    escape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                default: escape(UInt32(byte))
                }
                index += 1
                runStart = index
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<utf8.count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// False when none of eight bytes is `"`, `\\`, a control or 0xE2 (the lead byte of U+2028
    /// and U+2029): the bit tricks for "has a zero byte" and "has a byte below n".
    @inline(__always)
    private static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ value: UInt64) -> Bool { (value &- ones) & ~value & highs != 0 }
        return hasZero(word ^ (ones &* 0x22)) || hasZero(word ^ (ones &* 0x5C)) || hasZero(word ^ (ones &* 0xE2))
            || (word &- ones &* 0x20) & ~word & highs != 0
    }

    /// One scalar inside a string literal, escaped where JavaScript needs it.
    mutating func scalarInString(_ value: UInt32) {
        switch value {
        case 0x22: raw("\\\"")
        case 0x5C: raw("\\\\")
        case 0x0A: raw("\\n")
        case 0..<0x20, 0x2028, 0x2029: escape(value)
        default: appendUTF8(value, to: &bytes)
        }
    }

    private mutating func escape(_ value: UInt32) {
        raw("\\u")
        let hex = Array(String(value, radix: 16).utf8)
        bytes.append(contentsOf: [UInt8](repeating: UInt8(ascii: "0"), count: 4 - hex.count) + hex)
    }
}

/// Where postings are written: a script being built, or the spilled records of a batch.
protocol PostingSink {
    mutating func byte(_ value: UInt8)
    mutating func base36(_ value: Int)
}

extension ScriptWriter: PostingSink {}
extension PostingBytes: PostingSink {}

extension PostingSink {
    /// A unigram posting's fields after its document: `,count,roles,first`, in base 36. The one
    /// encoding of them, for the shards and for the postings spilled between batches.
    @inline(__always)
    mutating func unigramFields(_ entry: BigramIndex.UnigramEntry) {
        byte(UInt8(ascii: ","))
        base36(Int(entry.count))
        byte(UInt8(ascii: ","))
        base36(Int(entry.roles))
        byte(UInt8(ascii: ","))
        base36(Int(entry.first))
    }
}
