import Content
import Foundation
import Japanese

/// Reads Markdown converted from a PDF (format `pdf-markdown`), whose `#` depths are unreliable.
///
/// The top level comes from the table of contents (`# 目 次`): each item is anchored at the first
/// later line that names it — a heading, a caption, or a table whose text contains the title —
/// searching onwards from the previous item. Inside an item, levels come from the enumerator
/// family (`(1)`, `ア`, `(ア)`, `・`…) in order of first appearance, not from the `#` marks;
/// unnumbered headings are slide titles one level below the item. 新旧対照表 pages that repeat
/// a passage in both columns are printed once, with differing former wording folded away.
///
/// A value is the working state of one reading: the cleaned lines and what has become of each.
public struct MarkdownPdfReader: FlattenedReading {
    /// Reads a document; `id` and `title` come from sources.yaml. Throws when no table of contents is found.
    /// `claims` are the recovered datasets' lines: each is shown as its dataset where it stands.
    public static func read(_ source: SourceText, id: String, title: String, claims: [TableClaim] = []) throws(ContentError) -> SourceDocument {
        try readFlattened(source, id: id, title: title, claims: claims)
    }

    let source: SourceText
    /// Cleaned text of each line.
    let cleaned: [String]
    var trace: [LineTrace]
    var tables: [LocatedTable] = []
    /// Former wording to print after a given line (0-based) of revised text.
    var detailsAfter: [Int: [String]] = [:]
    var parts: [String] = []
    /// The recovered datasets' lines, shown as their datasets.
    let claims: [TableClaim]

    static let outline = "table of contents (`# 目 次` followed by a table of numbered items)"

    init(source: SourceText, claims: [TableClaim]) {
        self.source = source
        self.claims = claims
        cleaned = source.lines.map { InlineMarkup.scripts(TextCleaning.clean($0)) }
        // A lone space is where the converter started a page, as in the plain text (``PdfPageLayout``).
        trace = source.lines.map { LineTrace(unread: $0, furniture: $0 == " " ? .pageMarker : nil) }
    }

    func isBlank(_ index: Int) -> Bool {
        index >= cleaned.count || !trace[index].role.isContent || cleaned[index].trimmingSpaces().isEmpty
    }

    static func headingText(_ line: String) -> (depth: Int, text: String)? {
        let depth = line.prefix { $0 == "#" }.count
        guard (1...6).contains(depth) else { return nil }
        let rest = line.dropFirst(depth)
        guard let first = rest.first, first.isWhitespace else { return nil }
        return (depth, rest.trimmingSpaces())
    }

    // MARK: Sections

    mutating func sections() -> [Section]? {
        let items = tableOfContents()
        guard !items.isEmpty else { return nil }
        for index in 0..<cleaned.count where trace[index].role == .text && isPartDivider(index) {
            trace[index] = LineTrace(role: .furniture(.partDivider))
        }
        let start = (trace.lastIndex { $0.role == .furniture(.tableOfContents) } ?? 0) + 1
        let anchors = zip(items, anchors(for: items, from: start)).compactMap { item, line in line.map { (item: item, line: $0) } }
        markComparisons()
        return anchors.indices.map { k in
            let end = (k + 1 < anchors.count ? anchors[k + 1].line : cleaned.count) - 1
            return buildItem(anchors[k].item, range: anchors[k].line...max(anchors[k].line, end))
        }
    }

    mutating func buildItem(_ item: ContentsItem, range: ClosedRange<Int>) -> Section {
        var bodyStart = range.lowerBound
        if let heading = Self.headingText(cleaned[range.lowerBound]) {
            let text = Self.key(heading.text.replacing(Enumerators.leadingNumber, with: ""))
            let key = Self.key(item.title)
            // The standard library's search: Foundation's `contains` traps on some unpaired marks.
            if text.firstRange(of: key) != nil || key.firstRange(of: text) != nil {
                trace[range.lowerBound] = LineTrace(role: .heading, text: TextCleaning.cleanProse(heading.text))
                bodyStart += 1
            }
        }
        // A one-line section whose line is its heading has no body and no sub-headings.
        let heads = bodyStart <= range.upperBound ? subHeadings(in: bodyStart...range.upperBound) : []
        let firstHead = heads.first?.line ?? (range.upperBound + 1)
        let body = bodyStart < firstHead ? render(bodyStart...(firstHead - 1)) : ""
        // `重点事項` → `重点`: item numbers restart in each part, so the part prefixes the number.
        return Section(
            number: String(item.part.prefix(2)) + item.number, title: TextCleaning.cleanProse(item.title), level: 1, body: body,
            lines: (range.lowerBound + 1)...(range.upperBound + 1), children: nest(heads, upTo: range.upperBound))
    }

    mutating func nest(_ heads: [Outline.Head], upTo end: Int) -> [Section] {
        Outline.nest(heads[...], upTo: end) { head, own, last in
            let body = own.map { render($0) } ?? ""
            // Blank lines under a heading mark where a figure stood; its data did not survive.
            guard gapAfter(head.line, limit: last) >= 2, !body.hasPrefix(ProseBuilder.lostChartNote) else { return body }
            return body.isEmpty ? ProseBuilder.lostChartNote : ProseBuilder.lostChartNote + "\n\n" + body
        }
    }

    enum Family: Hashable {
        case parenNumber, kana, parenKana, bullet, roman, article, bareNumber, dotNumber, bracketNumber, circledNumber, plain
    }

    /// Enumerators that only mark headings when the line is a Markdown heading: in running text
    /// they start list items.
    static func headingEnumerator(_ text: String) -> (Family, String, String)? {
        if let m = text.wholeMatch(of: Enumerators.article) { return (.article, "第" + JapaneseText.foldWidth(String(m.1)), String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.bareNumber) { return (.bareNumber, JapaneseText.foldWidth(String(m.1)), String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.dotNumber) { return (.dotNumber, JapaneseText.foldWidth(String(m.1)) + ".", String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.bracketNumber) { return (.bracketNumber, "【\(m.1)】", String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.circledNumber) { return (.circledNumber, String(m.1), String(m.2)) }
        return enumerator(text)
    }

    static func enumerator(_ text: String) -> (Family, String, String)? {
        if let m = text.wholeMatch(of: Enumerators.parenNumber) { return (.parenNumber, "(\(JapaneseText.foldWidth(String(m.1))))", String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.parenKana) { return (.parenKana, "(\(m.1))", String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.kana) { return (.kana, String(m.1), String(m.2)) }
        if let m = text.wholeMatch(of: Enumerators.bullet) { return (.bullet, "・", String(m.1)) }
        if let m = text.wholeMatch(of: Enumerators.roman) { return (.roman, String(m.1), String(m.2)) }
        return nil
    }

    /// Sub-headings with levels from their enumerator family; see the type's documentation.
    mutating func subHeadings(in range: ClosedRange<Int>) -> [Outline.Head] {
        var heads: [Outline.Head] = []
        var stack: [Family] = []
        var seen: Set<Family> = []
        var previous: (depth: Int, enumerated: Bool, level: Int)?
        for index in range where trace[index].role == .text {
            let line = cleaned[index]
            var text: String
            var depth = 0
            if let heading = Self.headingText(line) {
                text = heading.text
                depth = heading.depth
            } else if let bold = line.wholeMatch(of: Enumerators.bold) {
                text = String(bold.1)
                depth = 7
            } else {
                guard let (family, _, rest) = Self.enumerator(line), (2...40).contains(rest.count), !rest.contains("。"), !rest.contains("、"),
                    !line.hasPrefix("|"), !line.hasPrefix("-")
                else { continue }
                // In running text a numbered line heads the paragraphs under it; one followed by
                // its next sibling or by a heading is an item of a list.
                if let next = ((index + 1)..<(range.upperBound + 1)).first(where: { trace[$0].role == .text && !cleaned[$0].trimmingSpaces().isEmpty }) {
                    let following = cleaned[next]
                    if Self.headingText(following) != nil || Self.enumerator(following)?.0 == family { continue }
                }
                if let previous = (range.lowerBound..<index).last(where: { trace[$0].role == .text && !cleaned[$0].trimmingSpaces().isEmpty }),
                    Self.headingText(cleaned[previous]) == nil, Self.enumerator(cleaned[previous])?.0 == family
                {
                    continue
                }
                text = line
            }
            text = text.replacingOccurrences(of: "**", with: "").trimmingSpaces()
            guard !text.isEmpty else { continue }
            let level: Int
            var number = ""
            var title = text
            if let (family, label, rest) = depth > 0 ? Self.headingEnumerator(text) : Self.enumerator(text) {
                number = label
                title = rest.isEmpty ? label : rest
                if family == .bullet { number = ""; title = text }
                if let position = stack.firstIndex(of: family) {
                    stack.removeSubrange((position + 1)...)
                    level = position + 2
                } else if stack == [.plain], !seen.contains(family) {
                    // Numbered text after a run of slides: the numbering is the item's own.
                    stack = [family]
                    level = 2
                } else {
                    stack.append(family)
                    level = stack.count + 1
                }
                seen.insert(family)
                previous = (depth, true, level)
            } else if let before = previous, before.enumerated, before.depth > 0, depth > before.depth {
                level = before.level + 1
                previous = (depth, false, before.level)
            } else {
                stack = [.plain]
                level = 2
                previous = (depth, false, 2)
            }
            trace[index] = LineTrace(role: .heading, text: TextCleaning.cleanProse(text))
            heads.append(Outline.Head(line: index, number: number, title: TextCleaning.cleanProse(title), level: min(level, 6)))
        }
        return heads
    }
}
