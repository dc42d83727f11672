import Foundation

/// The one normalisation that page text and queries share, so that a query finds text however
/// either was typed: NFKC (full-width ASCII → ASCII, half-width katakana → full-width with its
/// voiced mark composed, ideographic space → space), whitespace runs collapsed to one space, and
/// for index keys Latin letters folded to lower case.
///
/// Katakana and hiragana stay distinct, and voiced marks, long-vowel marks and small kana are kept:
/// `ビル` never matches `ヒル`, `ホームレス` never matches `ほーむれす`. `search.js` and
/// `list-filter.js` implement the same steps with `String.prototype.normalize("NFKC")`; the two
/// must change together.
public enum SearchNormalizer {
    /// NFKC with whitespace collapsed and trimmed: the text as it is stored for snippets.
    public static func display(_ text: String) -> String {
        if let quick = quickDisplay(text) { return quick }
        return collapse(text.precomposedStringWithCompatibilityMapping.utf8)
    }

    /// `display` without Foundation for text whose only NFKC changes are full-width ASCII
    /// (U+FF01–U+FF5E → U+0021–U+007E) and the ideographic space: nil for anything else.
    /// Most Japanese table cells (`（2017年4月1日）`, `１２３`) take this path.
    static func quickDisplay(_ text: String) -> String? {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        var changed = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                bytes.append(UInt8(value))
            } else if value >= 0xFF01 && value <= 0xFF5E {
                bytes.append(UInt8(value - 0xFEE0))
                changed = true
            } else if value == 0x3000 {
                bytes.append(0x20)
                changed = true
            } else if isStable(value) {
                appendUTF8(value, to: &bytes)
            } else {
                return nil
            }
        }
        return changed ? collapse(bytes) : collapse(text.utf8)
    }

    /// Whitespace runs to one space, trimmed. Whitespace is ASCII after NFKC, so working byte by
    /// byte never splits a character.
    static func collapse<Bytes: Sequence>(_ utf8: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.underestimatedCount)
        var pendingSpace = false
        for byte in utf8 {
            if isSpace(UInt32(byte)) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The index key of one scalar of display text: Latin capitals folded to lower case.
    @inline(__always)
    public static func fold(_ value: UInt32) -> UInt32 {
        switch value {
        case 0x41...0x5A, 0xC0...0xD6, 0xD8...0xDE: return value + 0x20
        default: return value
        }
    }

    /// The keys of a query or page text: `display` then `fold`, as scalar values.
    public static func keys(_ text: String) -> [UInt32] {
        display(text).unicodeScalars.map { fold($0.value) }
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

    /// Scalars NFKC never changes and never composes with a neighbour.
    @inline(__always)
    static func isStable(_ value: UInt32) -> Bool {
        switch value {
        case 0x00...0x9F, 0x3001...0x3002, 0x3005...0x3007, 0x3008...0x3011, 0x3014...0x301B,
            0x3041...0x3096, 0x309D...0x309E, 0x30A1...0x30FA, 0x30FC...0x30FE, 0x3400...0x4DBF,
            0x4E00...0x9FFF:
            return true
        default:
            return false
        }
    }
}
