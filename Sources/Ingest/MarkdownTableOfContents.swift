import Foundation
import Japanese

/// The table of contents of Markdown converted from a PDF, and where each of its items starts.
extension MarkdownPdfReader {

    mutating func tableOfContents() -> [ContentsItem] {
        guard let heading = cleaned.firstIndex(where: { line in
            Self.headingText(line).map { TextCleaning.squash($0.text) == "目次" } ?? false
        }) else { return [] }
        for index in 0..<heading where trace[index].role == .text { trace[index] = LineTrace(role: .furniture(.titleBlock)) }
        trace[heading] = LineTrace(role: .furniture(.tableOfContents))
        var items: [ContentsItem] = []
        var part = ""
        let start = ((heading + 1)..<cleaned.count).first { !isBlank($0) } ?? cleaned.count
        for index in cleaned[start...].prefix(while: { $0.hasPrefix("|") }).indices {
            trace[index] = LineTrace(role: .furniture(.tableOfContents))
            let first = (LocatedTable.splitCells(cleaned[index]).first ?? "").replacingOccurrences(of: "<br>", with: "")
                .trimmingSpaces()
            // An entry is a line of the contents page, 400 characters at most; a longer cell is text
            // run together, and the patterns below backtrack over the whole of it.
            guard first.count <= 400 else { continue }
            if let match = first.wholeMatch(of: Enumerators.contentsPart) {
                part = String(match.1)
                parts.append(part)
            } else if let match = first.wholeMatch(of: Enumerators.contentsItem) {
                items.append(ContentsItem(part: part, number: JapaneseText.foldWidth(String(match.1)), title: String(match.2)))
            }
        }
        return items
    }

    /// Part dividers (`# 重 点 事 項`) repeat the names of the parts of the table of contents.
    func isPartDivider(_ index: Int) -> Bool {
        guard let heading = Self.headingText(cleaned[index]) else { return false }
        let text = TextCleaning.squash(heading.text)
        return parts.contains { TextCleaning.squash($0) == text }
    }

    // MARK: Anchors

    /// Squashed text without quotation marks, as headings, captions and contents entries are compared.
    static func unquoted(_ text: String) -> String {
        TextCleaning.squash(text).filter { !"「」『』“”\"".contains($0) }
    }

    static func key(_ title: String) -> String {
        var text = unquoted(JapaneseText.normalizeCharacters(title))
        for suffix in ["他", "について"] where text.hasSuffix(suffix) { text.removeLast(suffix.count) }
        return text
    }

    /// Length of the longest run the two share. Quadratic, so text far longer than any heading or
    /// contents entry (a line run together from a whole page) is not compared: it is no heading.
    static func longestCommonSubstring(_ a: String, _ b: String) -> Int {
        let x = Array(a), y = Array(b)
        guard !x.isEmpty, !y.isEmpty, x.count * y.count <= 250_000 else { return 0 }
        var previous = [Int](repeating: 0, count: y.count + 1)
        var best = 0
        for i in 1...x.count {
            var current = [Int](repeating: 0, count: y.count + 1)
            for j in 1...y.count where x[i - 1] == y[j - 1] {
                current[j] = previous[j - 1] + 1
                best = max(best, current[j])
            }
            previous = current
        }
        return best
    }

    /// A heading that carries the item's number and its title: `## 2 生活福祉資金貸付制度について`.
    func numberedHeading(for item: ContentsItem, in range: Range<Int>) -> Int? {
        let key = Self.key(item.title)
        for index in range where trace[index].role == .text {
            guard let heading = Self.headingText(cleaned[index]),
                let match = heading.text.wholeMatch(of: Enumerators.numberedHeading),
                JapaneseText.foldWidth(String(match.1)) == item.number
            else { continue }
            let text = Self.key(String(match.2))
            if text.firstRange(of: key) != nil || Self.longestCommonSubstring(text, key) * 5 >= key.count * 4 { return index }
        }
        return nil
    }

    /// For items without a numbered heading: the first heading, caption or table in `range` that
    /// names the item. `compared` holds each line's comparable text once worked out, since one
    /// line is searched again for every unanchored item around it.
    func looseAnchor(for item: ContentsItem, in range: Range<Int>, compared: inout [Int: LooseLine]) -> Int? {
        let key = Self.key(item.title)
        let threshold = max(6, Int((Double(key.count) * 0.6).rounded(.up)))
        for index in range where trace[index].role == .text && !isPartDivider(index) {
            let line = compared[index] ?? looseLine(index)
            compared[index] = line
            switch line {
            case .heading(let text):
                if Self.longestCommonSubstring(text, key) >= min(threshold, key.count) { return index }
            case .text(let text, let isTableRow):
                if text.contains(key) || Self.longestCommonSubstring(text, key) >= max(10, threshold) {
                    var first = index
                    while isTableRow, first > range.lowerBound, cleaned[first - 1].hasPrefix("|") { first -= 1 }
                    return first
                }
            case .tooLong:
                continue
            }
        }
        return nil
    }

    /// A line as ``looseAnchor(for:in:compared:)`` compares it with a contents entry.
    enum LooseLine {
        /// A heading, by its key.
        case heading(String)
        /// Text short enough to be a caption, or a table row, squashed and without quotes.
        case text(String, isTableRow: Bool)
        /// Prose too long to name an entry.
        case tooLong
    }

    private func looseLine(_ index: Int) -> LooseLine {
        let line = cleaned[index]
        if let heading = Self.headingText(line) { return .heading(Self.key(heading.text)) }
        let isTableRow = line.hasPrefix("|")
        guard isTableRow || line.count <= 120 else { return .tooLong }
        return .text(Self.unquoted(line), isTableRow: isTableRow)
    }

    /// Anchors every item: first the items whose heading carries their number, in order; then the
    /// others, each searched for between its anchored neighbours.
    func anchors(for items: [ContentsItem], from start: Int) -> [Int?] {
        var found = [Int?](repeating: nil, count: items.count)
        var cursor = start
        for (k, item) in items.enumerated() {
            if let line = numberedHeading(for: item, in: cursor..<cleaned.count) {
                found[k] = line
                cursor = line + 1
            }
        }
        var compared: [Int: LooseLine] = [:]
        for k in items.indices where found[k] == nil {
            let lower = (found[..<k].compactMap { $0 }.last).map { $0 + 1 } ?? start
            let upper = found[(k + 1)...].compactMap { $0 }.first ?? cleaned.count
            guard lower < upper else { continue }
            found[k] = looseAnchor(for: items[k], in: lower..<upper, compared: &compared)
        }
        return found
    }
}

/// An entry of the table of contents.
struct ContentsItem {
    var part: String
    var number: String
    var title: String
}
