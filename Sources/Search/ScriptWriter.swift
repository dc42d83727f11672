import Escaping

/// Bytes of a classic script file, written directly (no JSON encoder) so that a large index is
/// produced quickly and byte for byte the same on every build.
struct ScriptWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 1 << 16) {
        bytes.reserveCapacity(capacity)
    }

    /// Bytes written elsewhere, as they are.
    mutating func append<Bytes: Sequence<UInt8>>(_ other: Bytes) {
        bytes.append(contentsOf: other)
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
                if byte == 0xE2 {
                    escaped(utf8[index + 2] == 0xA8 ? 0x2028 : 0x2029)
                    index += 2
                } else {
                    escaped(UInt32(byte))
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
}

/// Where postings are written: a script being built, or the spilled records of a batch.
protocol PostingSink {
    mutating func byte(_ value: UInt8)
    mutating func base36(_ value: Int)
}

extension ScriptWriter: PostingSink {}
extension PostingBytes: PostingSink {}

extension PostingSink {
    /// One scalar inside a string literal, escaped where JavaScript needs it: the one encoding of
    /// a key's scalars, for the shards, their patches and the postings spilled between batches.
    @inline(__always)
    mutating func scalarInString(_ value: UInt32) {
        switch value {
        case 0x22, 0x5C, 0..<0x20, 0x2028, 0x2029: escaped(value)
        default: forEachUTF8Byte(of: value) { byte($0) }
        }
    }

    /// `"`, `\` and a line break as two characters; other controls and U+2028/U+2029, which end a
    /// line in JavaScript, as `\uXXXX`.
    mutating func escaped(_ value: UInt32) {
        byte(UInt8(ascii: "\\"))
        switch value {
        case 0x22, 0x5C: byte(UInt8(value))
        case 0x0A: byte(UInt8(ascii: "n"))
        default:
            byte(UInt8(ascii: "u"))
            for shift in stride(from: 12, through: 0, by: -4) {
                byte(Base36.digit(Int((value >> UInt32(shift)) & 0xF)))
            }
        }
    }

    /// A scalar's postings after its first document's number: each entry's fields (`unigramFields`),
    /// later documents as `;delta`. The shards write the first number before it, the spilled
    /// records hold it in their header.
    @inline(__always)
    mutating func unigramPostings(_ entries: some Collection<BigramIndex.UnigramEntry>) {
        var previous: Int32?
        for entry in entries {
            if let previous {
                byte(UInt8(ascii: ";"))
                base36(Int(entry.doc - previous))
            }
            previous = entry.doc
            unigramFields(entry)
        }
    }

    /// A bigram's occurrences after its first document's number: `,position` deltas, later
    /// documents as `;delta`, positions counted again from 0 in each.
    @inline(__always)
    mutating func bigramPostings(_ occurrences: some Collection<BigramIndex.Occurrence>) {
        guard var currentDoc = occurrences.first?.doc else { return }
        var previousPosition: Int32 = 0
        for occurrence in occurrences {
            if occurrence.doc != currentDoc {
                byte(UInt8(ascii: ";"))
                base36(Int(occurrence.doc - currentDoc))
                currentDoc = occurrence.doc
                previousPosition = 0
            }
            byte(UInt8(ascii: ","))
            base36(Int(occurrence.position - previousPosition))
            previousPosition = occurrence.position
        }
    }

    /// A posting key inside a string literal: a bigram's (flagged) two scalars, or a unigram's one.
    mutating func key(_ key: UInt64) {
        if key & PostingSpill.bigramFlag != 0 {
            scalarInString(UInt32(truncatingIfNeeded: (key >> 21) & 0x1F_FFFF))
            scalarInString(UInt32(truncatingIfNeeded: key & 0x1F_FFFF))
        } else {
            scalarInString(UInt32(truncatingIfNeeded: key))
        }
    }

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
