import Foundation

/// Substring search on UTF-8 bytes, for the checks every page passes through (does this Markdown
/// hold a table, a wiki link, an image; where is `<main>` in this HTML).
///
/// `String.contains(_:)` and `range(of:)` with Foundation imported go through `NSString` and compare
/// grapheme clusters, and `Data.range(of:)` walks byte by byte through generic code; on 10,000 pages
/// those checks cost more than rendering the Markdown. A UTF-8 needle found in UTF-8 text at a byte
/// offset is the same match as a character search for ASCII punctuation and tags, which never
/// combine with a neighbouring character. A caller with other needles (a program's name) may only
/// trust the bytes where they agree with characters: to rule a name out of text in NFC.
public enum ByteSearch {
    /// The offset of the first `needle` in `haystack` at or after `start`; nil when there is none.
    public static func firstOffset(of needle: UnsafeRawBufferPointer, in haystack: UnsafeRawBufferPointer, from start: Int = 0)
        -> Int?
    {
        guard !needle.isEmpty else { return start <= haystack.count ? start : nil }
        guard let base = haystack.baseAddress, let needleBase = needle.baseAddress else { return nil }
        // Candidates are found by one byte of the needle and then compared whole: a byte seldom
        // seen in pages, where the needle has one (`<main` is sought from its `m`, not from the `<`
        // of every tag before it). Any byte finds the same first match.
        let anchor = needle.firstIndex { !Self.isCommon($0) } ?? 0
        var at = start
        while at + needle.count <= haystack.count {
            guard let hit = memchr(base + at + anchor, Int32(needle[anchor]), haystack.count - at - needle.count + 1) else { return nil }
            let offset = base.distance(to: UnsafeRawPointer(hit)) - anchor
            if memcmp(base + offset, needleBase, needle.count) == 0 { return offset }
            at = offset + 1
        }
        return nil
    }

    /// Bytes that stand everywhere in HTML (the punctuation of tags and attributes, spaces) and the
    /// bytes of kana and kanji in UTF-8, lead and continuation alike.
    @inline(__always)
    private static func isCommon(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "/"), UInt8(ascii: "\""), UInt8(ascii: "="), UInt8(ascii: " "), 0x0A,
            0x80...0xBF, 0xE0...0xEF:
            true
        default: false
        }
    }

    /// The offset of the first `byte` in `haystack` at or after `start`; nil when there is none.
    /// The C library reads many bytes at a time, where a Swift loop steps one by one.
    public static func firstOffset(of byte: UInt8, in haystack: UnsafeRawBufferPointer, from start: Int = 0) -> Int? {
        guard start < haystack.count, let base = haystack.baseAddress,
            let hit = memchr(base + start, Int32(byte), haystack.count - start)
        else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }

    /// Whether `text`'s UTF-8 holds `byte`.
    public static func contains(byte: UInt8, in text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { firstOffset(of: byte, in: UnsafeRawBufferPointer($0)) != nil }
        return found ?? text.utf8.contains(byte)
    }

    /// Whether `text` holds `needle`, compared as UTF-8 bytes.
    public static func contains(_ needle: String, in text: some StringProtocol) -> Bool {
        var needle = needle
        return needle.withUTF8 { needleBytes in
            let found = text.utf8.withContiguousStorageIfAvailable { bytes in
                firstOffset(of: UnsafeRawBufferPointer(needleBytes), in: UnsafeRawBufferPointer(bytes)) != nil
            }
            if let found { return found }
            return Array(text.utf8).withUnsafeBytes { firstOffset(of: UnsafeRawBufferPointer(needleBytes), in: $0) != nil }
        }
    }

    /// The range of the first `needle` in `data` within `range` (all of it by default), in `data`'s
    /// indices, as `Data.range(of:in:)` gives it.
    public static func range(of needle: String, in data: Data, within range: Range<Data.Index>? = nil) -> Range<Data.Index>? {
        let within = range ?? data.startIndex..<data.endIndex
        var needle = needle
        return needle.withUTF8 { needleBytes in
            data.withUnsafeBytes { bytes in
                let start = within.lowerBound - data.startIndex
                let slice = UnsafeRawBufferPointer(rebasing: bytes[..<(within.upperBound - data.startIndex)])
                guard let offset = firstOffset(of: UnsafeRawBufferPointer(needleBytes), in: slice, from: start) else { return nil }
                return (data.startIndex + offset)..<(data.startIndex + offset + needleBytes.count)
            }
        }
    }

    /// `text` with every `needle` replaced by `replacement()` (made once, when there is a match),
    /// compared as UTF-8 bytes; nil when `text` holds no `needle`.
    public static func replacingAll(_ needle: String, in text: String, with replacement: () -> String) -> String? {
        var text = text
        var needle = needle
        let pieces: [Range<Int>]? = text.withUTF8 { bytes in
            needle.withUTF8 { needleBytes in
                guard !needleBytes.isEmpty else { return nil }
                var kept: [Range<Int>] = []
                var from = 0
                while let hit = firstOffset(of: UnsafeRawBufferPointer(needleBytes), in: UnsafeRawBufferPointer(bytes), from: from) {
                    kept.append(from..<hit)
                    from = hit + needleBytes.count
                }
                if kept.isEmpty { return nil }
                kept.append(from..<bytes.count)
                return kept
            }
        }
        guard let pieces else { return nil }
        let inserted = replacement()
        var result = ""
        result.reserveCapacity(text.utf8.count + (pieces.count - 1) * inserted.utf8.count)
        let utf8 = text.utf8
        for (index, piece) in pieces.enumerated() {
            if index > 0 { result += inserted }
            // The pieces end and start at the needle's edges, which are whole UTF-8 sequences.
            let lower = utf8.index(utf8.startIndex, offsetBy: piece.lowerBound)
            let upper = utf8.index(lower, offsetBy: piece.count)
            result += text[lower..<upper]
        }
        return result
    }
}
