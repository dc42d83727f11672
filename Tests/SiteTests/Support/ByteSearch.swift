import Foundation

/// Finds markup in the large pages of a built site by its UTF-8 bytes (`memchr`, `memcmp`), where
/// Foundation's `range(of:)` and a `Regex` walk Characters and cost seconds over a whole site in a
/// debug build. A match of UTF-8 bytes always starts and ends on a Unicode scalar; needles here
/// end in ASCII markup, so no combining mark can follow one inside a character either.
enum ByteSearch {
    /// The UTF-8 offsets at which `needle` starts in `text`, in order, at most `limit` of them;
    /// overlapping matches are not skipped.
    static func offsets(of needle: String, in text: String, limit: Int = .max) -> [Int] {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard let base = haystack.baseAddress, let key = pattern.baseAddress, pattern.count > 0 else { return [] }
                var found: [Int] = []
                var start = 0
                // memchr finds each candidate for the first byte, memcmp compares the rest.
                while found.count < limit, start + pattern.count <= haystack.count,
                    let hit = memchr(base + start, Int32(pattern[0]), haystack.count - start - pattern.count + 1)
                {
                    let offset = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + offset, key, pattern.count) == 0 { found.append(offset) }
                    start = offset + 1
                }
                return found
            }
        }
    }

    /// The first match of `needle` in `text` as a range of `text`.
    static func firstRange(of needle: String, in text: String) -> Range<String.Index>? {
        guard let offset = offsets(of: needle, in: text, limit: 1).first else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: offset)
        return start..<text.utf8.index(start, offsetBy: needle.utf8.count)
    }

    /// `text` cut at every `needle`, as `components(separatedBy:)` cuts it.
    static func components(of text: String, separatedBy needle: String) -> [Substring] {
        let utf8 = text.utf8
        var parts: [Substring] = []
        var start = utf8.startIndex
        var consumed = 0
        for offset in offsets(of: needle, in: text) where offset >= consumed {
            let hit = utf8.index(start, offsetBy: offset - consumed)
            parts.append(text[start..<hit])
            start = utf8.index(hit, offsetBy: needle.utf8.count)
            consumed = offset + needle.utf8.count
        }
        parts.append(text[start...])
        return parts
    }
}
