import Foundation

/// The one normalisation that page text and queries share, so that a query finds text however
/// either was typed: NFKC (full-width ASCII → ASCII, half-width katakana → full-width with its
/// voiced mark composed, ideographic space → space), whitespace runs collapsed to one space, and
/// for index keys Latin letters folded to lower case.
///
/// Katakana and hiragana stay distinct, and voiced marks, long-vowel marks and small kana are kept:
/// `ビル` never matches `ヒル`, `ホームレス` never matches `ほーむれす`. `search-normalize.js`
/// implements the same steps with `String.prototype.normalize("NFKC")`; the two must change together.
public enum SearchNormalizer {
    /// NFKC with whitespace collapsed and trimmed: the text as it is stored for snippets.
    public static func display(_ text: String) -> String {
        var output = Output()
        output.append(utf8: Array(text.utf8))
        return String(decoding: output.bytes, as: UTF8.self)
    }

    /// The keys of a query or page text: `display` then `fold`, as scalar values.
    public static func keys(_ text: String) -> [UInt32] {
        var output = Output()
        output.append(utf8: Array(text.utf8))
        return output.keys
    }

    /// The index key of one scalar of display text: Latin capitals folded to lower case.
    @inline(__always)
    public static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return value + 0x20
        default: return value
        }
    }

    /// Display bytes and their keys, appended run by run without intermediate strings (a large
    /// site has hundreds of thousands of table cells).
    struct Output {
        var bytes: [UInt8] = []
        var keys: [UInt32] = []

        /// Appends the normalised form of one run of UTF-8 text; returns false when it is blank.
        @discardableResult
        mutating func append(utf8 input: [UInt8]) -> Bool {
            let (byteMark, keyMark) = (bytes.count, keys.count)
            if appendQuick(input) { return keys.count > keyMark }
            bytes.removeSubrange(byteMark...)
            keys.removeSubrange(keyMark...)
            let folded = String(decoding: input, as: UTF8.self).precomposedStringWithCompatibilityMapping
            var pendingSpace = false
            for scalar in folded.unicodeScalars { add(scalar.value, start: keyMark, pendingSpace: &pendingSpace) }
            return keys.count > keyMark
        }

        /// The fast path: NFKC done here for full-width ASCII and the ideographic space; false
        /// (with partial output to discard) at the first scalar NFKC might change otherwise.
        private mutating func appendQuick(_ input: [UInt8]) -> Bool {
            let start = keys.count
            var pendingSpace = false
            var index = 0
            let count = input.count
            while index < count {
                let lead = input[index]
                var value: UInt32
                if lead < 0x80 {
                    value = UInt32(lead)
                    index += 1
                } else if lead < 0xE0 {
                    guard lead >= 0xC2, index + 1 < count, input[index + 1] & 0xC0 == 0x80 else { return false }
                    value = (UInt32(lead & 0x1F) << 6) | UInt32(input[index + 1] & 0x3F)
                    index += 2
                } else if lead < 0xF0 {
                    guard index + 2 < count, input[index + 1] & 0xC0 == 0x80, input[index + 2] & 0xC0 == 0x80
                    else { return false }
                    value = (UInt32(lead & 0x0F) << 12) | (UInt32(input[index + 1] & 0x3F) << 6) | UInt32(input[index + 2] & 0x3F)
                    index += 3
                } else {
                    return false  // four-byte scalars and malformed bytes take Foundation's path
                }
                if value >= 0xFF01 && value <= 0xFF5E {
                    value -= 0xFEE0
                } else if !isStable(value) {
                    // Asked only of the few scalars that are not stable.
                    if value == 0x3000 || value == 0xA0 {
                        value = 0x20
                    } else if value >= 0x2460 && value <= 0x2468 {
                        value -= 0x2460 - 0x31  // ① … ⑨, which NFKC makes the digit alone
                    } else {
                        return false
                    }
                }
                add(value, start: start, pendingSpace: &pendingSpace)
            }
            return true
        }

        /// One scalar of NFKC text: whitespace collapsed and trimmed within the run.
        @inline(__always)
        private mutating func add(_ value: UInt32, start: Int, pendingSpace: inout Bool) {
            if isSpace(value) {
                pendingSpace = keys.count > start
                return
            }
            if pendingSpace {
                bytes.append(0x20)
                keys.append(0x20)
                pendingSpace = false
            }
            appendUTF8(value, to: &bytes)
            keys.append(fold(value))
        }
    }

    /// Whitespace as the index sees it (after NFKC, U+3000 and U+00A0 are already spaces).
    @inline(__always)
    static func isSpace(_ value: UInt32) -> Bool {
        value == 0x20 || value == 0x0A || value == 0x09 || value == 0x0D || value == 0x0C
    }

    /// True when NFKC would leave the text unchanged for certain: ASCII, kana, common CJK
    /// punctuation and ideographs.
    static func isNFKCStable(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { isStable($0.value) }
    }

    /// Scalars NFKC never changes and never composes with a neighbour that is itself stable (a
    /// scalar that combines with one before it, such as a voiced mark, is never stable). Besides
    /// kana and ideographs, the marks Japanese documents are full of: × ÷ – — † ‡ • ※ arrows −
    /// the geometric shapes (○ △ ◆ □) ★ ☆ 〜 and the middle dot ・, each of which sent its whole
    /// run of text through Foundation's normalisation.
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        // Ideographs and ASCII, most of a Japanese page, answered before the ranges are compared.
        if value >= 0x4E00 { return value <= 0x9FFF }
        if value < 0xA0 { return true }
        switch value {
        // Kana and Japanese punctuation next, then the marks, each range a comparison.
        case 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC...0x30FE, 0x3001...0x3002, 0x3005...0x3007, 0x3008...0x3011,
            0x3014...0x301B, 0x309D...0x309E, 0x3400...0x4DBF:
            return true
        case 0xD7, 0xF7, 0x2013...0x2014, 0x2020...0x2022, 0x203B, 0x2190...0x2199, 0x21D2, 0x21D4, 0x2212,
            0x25A0...0x25FF, 0x2605...0x2606, 0x301C, 0x30FB:
            return true
        default:
            return false
        }
    }
}
