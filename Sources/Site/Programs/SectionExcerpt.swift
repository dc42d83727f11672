import Foundation
import Content

/// A short plain-text excerpt of a section for a program page: the sentence where one of the
/// program's names first occurs, or the section's opening words when none does.
enum SectionExcerpt {
    static let length = 120

    /// The excerpt of a section whose `plainText` is `plain`.
    static func text(plain: String, names: [String]) -> String {
        let hit = names.compactMap { plain.firstRange(of: $0)?.lowerBound }.min()
        var start = plain.startIndex
        if let hit {
            // Back to the start of the sentence holding the name.
            start = plain[..<hit].lastIndex { $0 == "。" || $0 == "\n" }.map { plain.index(after: $0) } ?? plain.startIndex
        }
        let tail = plain[start...].trimmingCharacters(in: .whitespacesAndNewlines).replacingOccurrences(of: "\n", with: " ")
        return tail.count > length ? String(tail.prefix(length)) + "…" : tail
    }

    /// The body's words without Markdown markup: headings, table rules, emphasis and link targets.
    /// Fenced blocks are left out whole: their lines are code, verbatim source or the name of a
    /// dataset shown there as its table, not the section's prose.
    static func plainText(_ markdown: String) -> String {
        var lines: [String] = []
        var inFence = false
        for line in markdown.split(separator: "\n") {
            var text = String(line).trimmingCharacters(in: .whitespaces)
            if text.hasPrefix("```") || text.hasPrefix("~~~") {
                inFence.toggle()
                continue
            }
            if inFence || text.hasPrefix("#") || text.hasPrefix("|") || text.hasPrefix("<") { continue }
            // The importer's note where a chart's figures are missing is not the section's text.
            if text.contains("原資料に含まれていません") { continue }
            while let first = text.first, "->*+ ".contains(first) || first.isNumber && text.dropFirst().first == "." {
                text.removeFirst()
            }
            text = text.replacingOccurrences(of: "**", with: "").replacingOccurrences(of: "`", with: "")
            text = stripLinkTargets(text)
            if !text.isEmpty { lines.append(text) }
        }
        return lines.joined(separator: "\n")
    }

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
