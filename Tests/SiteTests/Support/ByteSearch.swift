import Escaping
import Foundation

/// The whole-site audits find markup in large pages by its UTF-8 bytes, where Foundation's
/// `range(of:)` and a `Regex` walk Characters and cost seconds over a whole site in a debug build.
/// Needles here end in ASCII markup, so a byte match is the same match as a character search.
extension ByteSearch {
    /// The UTF-8 offsets at which `needle` starts in `text`, in order, at most `limit` of them;
    /// overlapping matches are not skipped.
    static func offsets(of needle: String, in text: String, limit: Int = .max) -> [Int] {
        var text = text
        var needle = needle
        return text.withUTF8 { haystack in
            needle.withUTF8 { pattern in
                guard !pattern.isEmpty else { return [] }
                var found: [Int] = []
                while found.count < limit,
                    let offset = firstOffset(
                        of: UnsafeRawBufferPointer(pattern), in: UnsafeRawBufferPointer(haystack), from: (found.last ?? -1) + 1)
                {
                    found.append(offset)
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
