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
        precondition(value >= 0, "index numbers are never negative")
        if value < 36 {
            bytes.append(Self.digits[value])
            return
        }
        if value < 1296 {
            bytes.append(Self.digits[value / 36])
            bytes.append(Self.digits[value % 36])
            return
        }
        var divisor = 36
        while divisor <= value / 36 { divisor *= 36 }
        var rest = value
        while divisor > 0 {
            bytes.append(Self.digits[rest / divisor])
            rest %= divisor
            divisor /= 36
        }
    }

    /// A decimal number.
    mutating func decimal(_ value: Int) {
        bytes.append(contentsOf: String(value).utf8)
    }

    /// A JavaScript string literal in double quotes.
    mutating func string(_ text: String) {
        bytes.append(UInt8(ascii: "\""))
        var utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            let byte = utf8[index]
            switch byte {
            case 0x22: raw("\\\"")
            case 0x5C: raw("\\\\")
            case 0x0A: raw("\\n")
            case 0..<0x20: escape(UInt32(byte))
            case 0xE2 where index + 2 < utf8.count && utf8[index + 1] == 0x80 && (utf8[index + 2] == 0xA8 || utf8[index + 2] == 0xA9):
                escape(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                index += 2
            default: bytes.append(byte)
            }
            index += 1
        }
        utf8.removeAll()
        bytes.append(UInt8(ascii: "\""))
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

    private static let digits = Array("0123456789abcdefghijklmnopqrstuvwxyz".utf8)
}

extension ScriptWriter {
    /// A unigram posting's fields after its document: `,count,roles,first`, in base 36. The one
    /// encoding of them, for the shards and for the postings spilled between batches.
    mutating func unigramFields(_ entry: BigramIndex.UnigramEntry) {
        byte(UInt8(ascii: ","))
        base36(Int(entry.count))
        byte(UInt8(ascii: ","))
        base36(Int(entry.roles))
        byte(UInt8(ascii: ","))
        base36(Int(entry.first))
    }
}
