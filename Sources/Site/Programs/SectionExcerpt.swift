import Content
import Escaping
import Foundation

/// A short plain-text excerpt of a section for a program page: the sentence where one of the
/// program's names first occurs, or the section's opening words when none does.
enum SectionExcerpt {
    static let length = 120

    /// The excerpt of a section whose `plainText` is `plain`; `normalized` says `plain` is in NFC
    /// (`isNormalized`).
    static func text(plain: String, names: [String], normalized: Bool = false) -> String {
        let hit = names.compactMap { name in firstPlace(of: name, in: plain, normalized: normalized) }.min()
        var start = plain.startIndex
        if let hit {
            // Back to the start of the sentence holding the name.
            start = plain[..<hit].lastIndex { $0 == "。" || $0 == "\n" }.map { plain.index(after: $0) } ?? plain.startIndex
        }
        // A long section's tail runs to thousands of lines, of which only the opening words are
        // kept: a head of it gives the same opening words whenever it is itself longer than the
        // excerpt (trimming and the line-break swap never look past the head's own text).
        let head = flattened(plain[start...].prefix(headLength))
        if head.count > length { return String(head.prefix(length)) + "…" }
        let tail = flattened(plain[start...])
        return tail.count > length ? String(tail.prefix(length)) + "…" : tail
    }

    /// Where `name` first occurs in `plain`, as `firstRange(of:)` finds it among the characters,
    /// found on bytes where they tell. Characters are compared as their NFC forms, so when both
    /// texts are in NFC a name found among the characters is found among the bytes too, no later:
    /// a name missing from the bytes is missing, and the first byte match, when it starts and ends
    /// between characters, is the first character match. The search by characters, which reads a
    /// long section to its end for each name, is left for the match that falls inside a character.
    static func firstPlace(of name: String, in plain: String, normalized: Bool) -> String.Index? {
        guard normalized, !name.isEmpty, isNormalized(name) else { return plain.firstRange(of: name)?.lowerBound }
        var (needle, haystack) = (name, plain)
        let offset = needle.withUTF8 { needle in
            haystack.withUTF8 { ByteSearch.firstOffset(of: UnsafeRawBufferPointer(needle), in: UnsafeRawBufferPointer($0)) }
        }
        guard let offset else { return nil }
        let start = plain.utf8.index(plain.utf8.startIndex, offsetBy: offset)
        let end = plain.utf8.index(start, offsetBy: name.utf8.count)
        guard let first = start.samePosition(in: plain), end.samePosition(in: plain) != nil else {
            return plain.firstRange(of: name)?.lowerBound
        }
        return first
    }

    /// Whether a text is in NFC, so that `text(plain:names:normalized:)` may compare its bytes.
    static func isNormalized(_ text: String) -> Bool {
        text.precomposedStringWithCanonicalMapping.utf8.elementsEqual(text.utf8)
    }

    /// Characters of a section's tail read before the whole tail is: well over the excerpt's length.
    private static let headLength = 8 * length

    /// The text in one line, without the whitespace around it.
    private static func flattened(_ text: Substring) -> String {
        let trimmed = trimmed(text)
        // A line feed is a character of its own except after a carriage return: without one, the
        // swap is a byte for a byte, which spares Foundation's slower replacing.
        guard !trimmed.utf8.contains(UInt8(ascii: "\r")) else { return trimmed.replacingOccurrences(of: "\n", with: " ") }
        return String(decoding: trimmed.utf8.map { $0 == UInt8(ascii: "\n") ? UInt8(ascii: " ") : $0 }, as: UTF8.self)
    }

    /// The text without the characters of `spaces` around it (white space and line ends unless
    /// told), as `trimmingCharacters(in:)` gives it (it too trims scalars), without bridging the
    /// text to Foundation.
    static func trimmed(_ text: Substring, of spaces: CharacterSet = .whitespacesAndNewlines) -> String {
        let scalars = text.unicodeScalars
        var (start, end) = (scalars.startIndex, scalars.endIndex)
        while start < end, spaces.contains(scalars[start]) { scalars.formIndex(after: &start) }
        while end > start, spaces.contains(scalars[scalars.index(before: end)]) { scalars.formIndex(before: &end) }
        return String(scalars[start..<end])
    }

    /// The body's words without Markdown markup: headings, table rules, emphasis and link targets.
    /// Fenced blocks are left out whole: their lines are code, verbatim source or the name of a
    /// dataset shown there as its table, not the section's prose.
    static func plainText(_ markdown: String) -> String {
        var lines: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n") {
            // Scalar by scalar as Foundation trims, without bridging every line to it.
            var text = trimmed(line, of: .whitespaces)
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence || text.hasPrefix("#") || text.hasPrefix("|") || text.hasPrefix("<") { continue }
            // The importer's note where a chart's figures are missing is not the section's text.
            // Foundation's search (which matches canonically equivalent text) is asked only when the
            // bytes hold the note's kana: no other characters are canonically the same as those.
            if ByteSearch.contains(Self.missingNoteKana, in: text), text.contains(Self.missingNote) { continue }
            while let first = text.first, "->*+ ".contains(first) || first.isNumber && text.dropFirst().first == "." {
                text.removeFirst()
            }
            // Most lines hold no markup: they are not copied through Foundation's replacing.
            let utf8 = text.utf8
            if utf8.contains(UInt8(ascii: "*")) || utf8.contains(UInt8(ascii: "`")) {
                text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            }
            if text.utf8.contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
                text = stripLinkTargets(text)
            }
            if !text.isEmpty { lines.append(text) }
        }
        return lines.joined(separator: "\n")
    }

    /// The words of the importer's note where a chart's figures are missing, and its kana ending.
    private static let missingNote = "原資料に含まれていません"
    private static let missingNoteKana = "ていません"

    /// `[text](target)` → `text`.
    private static func stripLinkTargets(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.range(of: "]("), let close = rest[open.upperBound...].firstIndex(of: ")") {
            result += rest[..<open.lowerBound].replacingOccurrences(of: "[", with: "")
            rest = rest[rest.index(after: close)...]
        }
        return result + rest.replacingOccurrences(of: "[", with: "").replacingOccurrences(of: "]", with: "")
    }
}
