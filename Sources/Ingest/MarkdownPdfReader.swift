import Foundation

/// Reads Markdown converted from a PDF (format `pdf-markdown`), whose `#` depths are unreliable.
///
/// The top level comes from the table of contents (`# 目 次`): each item is anchored at the first
/// later line that names it — a heading, a caption, or a table whose text contains the title —
/// searching onwards from the previous item. Inside an item, levels come from the enumerator
/// family (`(1)`, `ア`, `(ア)`, `・`…) in order of first appearance, not from the `#` marks;
/// unnumbered headings are slide titles one level below the item. 新旧対照表 pages that repeat
/// a passage in both columns are printed once, with differing former wording folded away.
public struct MarkdownPdfReader: Sendable {
    /// Creates a reader.
    public init() {}

    /// Reads a document; `id` and `title` come from sources.yaml. Throws when no table of contents is found.
    public func read(_ source: SourceText, id: String, title: String) throws(IngestError) -> SourceDocument {
        var state = MarkdownState(source: source)
        let items = state.tableOfContents()
        guard !items.isEmpty else {
            throw .structure(
                path: source.path,
                message: "no table of contents (`# 目 次` followed by a table of numbered items) was found. Check the file, or choose another format in sources.yaml.")
        }
        let sections = state.build(items)
        return SourceDocument(id: id, title: title, sections: sections, tables: state.tables, trace: state.trace)
    }
}

/// An entry of the table of contents.
struct ContentsItem {
    var part: String
    var number: String
    var title: String
}

/// Working state of ``MarkdownPdfReader``: the cleaned lines and what has become of each.
struct MarkdownState {
    let source: SourceText
    /// Cleaned text of each line.
    let cleaned: [String]
    var trace: [LineTrace]
    var tables: [RawTable] = []
    /// Former wording to print after a given line (0-based) of revised text.
    var detailsAfter: [Int: [String]] = [:]
    var parts: [String] = []

    init(source: SourceText) {
        self.source = source
        cleaned = source.lines.map { InlineMarkup.scripts(TextCleaning.clean($0)) }
        trace = source.lines.map { line in
            if line == " " { return LineTrace(role: .furniture(.pageMarker)) }
            return LineTrace(role: line.trimmingCharacters(in: .whitespaces).isEmpty ? .blank : .text)
        }
    }

    func isBlank(_ index: Int) -> Bool {
        index >= cleaned.count || !trace[index].role.isContent || cleaned[index].trimmingCharacters(in: .whitespaces).isEmpty
    }

    static func headingText(_ line: String) -> (depth: Int, text: String)? {
        let depth = line.prefix { $0 == "#" }.count
        guard (1...6).contains(depth) else { return nil }
        let rest = line.dropFirst(depth)
        guard let first = rest.first, first.isWhitespace else { return nil }
        return (depth, rest.trimmingCharacters(in: .whitespaces))
    }

    static func cells(_ line: String) -> [String] {
        var parts = line.components(separatedBy: "|").map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.first?.isEmpty == true { parts.removeFirst() }
        if parts.last?.isEmpty == true { parts.removeLast() }
        return parts
    }

    // MARK: Sections

    mutating func build(_ items: [ContentsItem]) -> [Section] {
        for index in 0..<cleaned.count where trace[index].role == .text && isPartDivider(index) {
            trace[index] = LineTrace(role: .furniture(.partDivider))
        }
        let start = (trace.lastIndex { $0.role == .furniture(.tableOfContents) } ?? 0) + 1
        let anchors = zip(items, anchors(for: items, from: start)).compactMap { item, line in line.map { (item: item, line: $0) } }
        markComparisons()
        var sections: [Section] = []
        for (k, anchor) in anchors.enumerated() {
            let end = (k + 1 < anchors.count ? anchors[k + 1].line : cleaned.count) - 1
            sections.append(buildItem(anchor.item, range: anchor.line...max(anchor.line, end)))
        }
        return sections
    }

    /// `重点事項` → `重点`: item numbers restart in each part, so the part prefixes the number.
    static func partCode(_ part: String) -> String { String(part.prefix(2)) }

    mutating func buildItem(_ item: ContentsItem, range: ClosedRange<Int>) -> Section {
        var bodyStart = range.lowerBound
        if let heading = Self.headingText(cleaned[range.lowerBound]) {
            let text = Self.key(heading.text.replacing(#/^[0-9０-９]+\s*/#, with: ""))
            let key = Self.key(item.title)
            if text.contains(key) || key.contains(text) {
                trace[range.lowerBound] = LineTrace(role: .heading, text: TextCleaning.cleanProse(heading.text))
                bodyStart += 1
            }
        }
        let heads = subHeadings(in: bodyStart...range.upperBound)
        let firstHead = heads.first?.line ?? (range.upperBound + 1)
        let body = bodyStart < firstHead ? render(bodyStart...(firstHead - 1)) : ""
        return Section(
            number: Self.partCode(item.part) + item.number, title: TextCleaning.cleanProse(item.title), level: 1, body: body,
            lines: (range.lowerBound + 1)...(range.upperBound + 1), children: nest(heads, upTo: range.upperBound))
    }

    struct Head {
        var line: Int
        var number: String
        var title: String
        var level: Int
    }

    /// Builds the tree from a flat list of headings.
    mutating func nest(_ heads: [Head], upTo end: Int) -> [Section] {
        var result: [Section] = []
        var k = 0
        while k < heads.count {
            let head = heads[k]
            var next = k + 1
            while next < heads.count, heads[next].level > head.level { next += 1 }
            let last = (next < heads.count ? heads[next].line : end + 1) - 1
            let inner = Array(heads[(k + 1)..<next])
            let ownEnd = (inner.first?.line ?? last + 1) - 1
            var body = head.line < ownEnd ? render((head.line + 1)...ownEnd) : ""
            // Blank lines under a heading mark where a figure stood; its data did not survive.
            if gapAfter(head.line, limit: last) >= 2, !body.hasPrefix(ProseBuilder.lostChartNote) {
                body = body.isEmpty ? ProseBuilder.lostChartNote : ProseBuilder.lostChartNote + "\n\n" + body
            }
            result.append(Section(
                number: head.number, title: head.title, level: head.level, body: body,
                lines: (head.line + 1)...(last + 1), children: nest(inner, upTo: last)))
            k = next
        }
        return result
    }

    enum Family: Hashable {
        case parenNumber, kana, parenKana, bullet, roman, article, bareNumber, dotNumber, bracketNumber, circledNumber, plain
    }

    /// Enumerators that only mark headings when the line is a Markdown heading: in running text
    /// they start list items.
    static func headingEnumerator(_ text: String) -> (Family, String, String)? {
        if let m = text.wholeMatch(of: #/第([0-9０-９]{1,2})\s*(.+)/#) { return (.article, "第" + TextCleaning.asciiDigits(String(m.1)), String(m.2)) }
        if let m = text.wholeMatch(of: #/([0-9０-９]{1,2})\s+(\D.*)/#) { return (.bareNumber, TextCleaning.asciiDigits(String(m.1)), String(m.2)) }
        if let m = text.wholeMatch(of: #/([0-9０-９]{1,2})[.．]\s*(.+)/#) { return (.dotNumber, TextCleaning.asciiDigits(String(m.1)) + ".", String(m.2)) }
        if let m = text.wholeMatch(of: #/【([0-9０-９]{1,2})】\s*(.*)/#) { return (.bracketNumber, "【\(m.1)】", String(m.2)) }
        if let m = text.wholeMatch(of: #/([①-⑳])\s*(.+)/#) { return (.circledNumber, String(m.1), String(m.2)) }
        return enumerator(text)
    }

    static func enumerator(_ text: String) -> (Family, String, String)? {
        if let m = text.wholeMatch(of: #/[(（]([0-9０-９]{1,2})[)）]\s*(.*)/#) { return (.parenNumber, "(\(TextCleaning.asciiDigits(String(m.1))))", String(m.2)) }
        if let m = text.wholeMatch(of: #/[(（]([アイウエオカキクケコサシスセソタチツテト])[)）]\s*(.*)/#) { return (.parenKana, "(\(m.1))", String(m.2)) }
        if let m = text.wholeMatch(of: #/([アイウエオカキクケコサシスセソタチツテト])[ 　]+(.+)/#) { return (.kana, String(m.1), String(m.2)) }
        if let m = text.wholeMatch(of: #/・\s*(.+)/#) { return (.bullet, "・", String(m.1)) }
        if let m = text.wholeMatch(of: #/(I{1,3}|Ⅰ|Ⅱ|Ⅲ|Ⅳ)[ 　]+(.+)/#) { return (.roman, String(m.1), String(m.2)) }
        return nil
    }

    /// Sub-headings with levels from their enumerator family; see the type's documentation.
    mutating func subHeadings(in range: ClosedRange<Int>) -> [Head] {
        var heads: [Head] = []
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
            } else if let bold = line.wholeMatch(of: #/\*\*(.+?)\*\*\s*/#) {
                text = String(bold.1)
                depth = 7
            } else {
                guard let (family, _, rest) = Self.enumerator(line), (2...40).contains(rest.count), !rest.contains("。"), !rest.contains("、"),
                    !line.hasPrefix("|"), !line.hasPrefix("-")
                else { continue }
                // In running text a numbered line heads the paragraphs under it; one followed by
                // its next sibling or by a heading is an item of a list.
                if let next = ((index + 1)...min(range.upperBound + 1, cleaned.count - 1)).first(where: { trace[$0].role == .text && !cleaned[$0].trimmingCharacters(in: .whitespaces).isEmpty }),
                    next <= range.upperBound
                {
                    let following = cleaned[next]
                    if Self.headingText(following) != nil || Self.enumerator(following)?.0 == family { continue }
                }
                if let previous = (range.lowerBound..<index).last(where: { trace[$0].role == .text && !cleaned[$0].trimmingCharacters(in: .whitespaces).isEmpty }),
                    Self.headingText(cleaned[previous]) == nil, Self.enumerator(cleaned[previous])?.0 == family
                {
                    continue
                }
                text = line
            }
            text = text.replacingOccurrences(of: "**", with: "").trimmingCharacters(in: .whitespaces)
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
            heads.append(Head(line: index, number: number, title: TextCleaning.cleanProse(title), level: min(level, 6)))
        }
        return heads
    }

    // MARK: Bodies

    /// Renders a run of lines as Markdown blocks, re-joining sentences split at page breaks and
    /// marking lost figures.
    mutating func render(_ range: ClosedRange<Int>) -> String {
        var blocks: [String] = []
        var index = range.lowerBound
        var joinable = false
        while index <= range.upperBound {
            let role = trace[index].role
            if role == .duplicate || role == .previousText || !role.isContent {
                appendDetails(after: index...index, to: &blocks)
                index += 1
                continue
            }
            if role == .heading {
                // A heading here is the item's own anchor line, already used as a title.
                if gapAfter(index, limit: range.upperBound) >= 2 { blocks.append(ProseBuilder.lostChartNote) }
                index += 1
                continue
            }
            let line = cleaned[index]
            if line.hasPrefix("|") {
                var end = index
                var rows: [String] = []
                while end <= range.upperBound, cleaned[end].hasPrefix("|"), trace[end].role == .text || trace[end].role == .table {
                    let row = InlineMarkup.plainTableRow(cleaned[end].trimmingCharacters(in: .whitespaces))
                    rows.append(row)
                    trace[end] = LineTrace(role: .table, text: row)
                    end += 1
                }
                // CommonMark has no tables: kept as monospaced text, the columns still line up.
                blocks.append("```text\n" + rows.joined(separator: "\n") + "\n```")
                tables.append(RawTable(
                    caption: caption(before: index), lines: (index + 1)...end,
                    rows: rows.filter { !$0.contains("---") || $0.contains(where: { $0.isLetter || $0.isNumber }) }.map(Self.cells)))
                appendDetails(after: index...(end - 1), to: &blocks)
                index = end
                joinable = false
                continue
            }
            if line.wholeMatch(of: Self.listItem) != nil {
                var end = index
                var items: [String] = []
                while end <= range.upperBound, trace[end].role == .text, !cleaned[end].hasPrefix("|"),
                    !cleaned[end].trimmingCharacters(in: .whitespaces).isEmpty, Self.headingText(cleaned[end]) == nil
                {
                    let piece = cleaned[end]
                    if piece.wholeMatch(of: Self.listItem) != nil || items.isEmpty {
                        let item = Self.tidyListLine(piece)
                        items.append(item)
                        trace[end] = LineTrace(role: .text, text: item)
                    } else {
                        // A wrapped line of the item above.
                        let text = TextCleaning.cleanProse(piece)
                        items[items.count - 1] = TextCleaning.joinProse([items[items.count - 1], text])
                        trace[end] = LineTrace(role: .text, text: text)
                    }
                    end += 1
                }
                blocks.append(items.joined(separator: "\n"))
                appendDetails(after: index...(end - 1), to: &blocks)
                index = end
                joinable = false
                continue
            }
            let text = TextCleaning.cleanProse(line)
            trace[index] = LineTrace(role: .text, text: text)
            let previousLine = index > range.lowerBound ? source.lines[index - 1] : ""
            let wrapped = index > range.lowerBound && trace[index - 1].role == .text && !blocks.isEmpty
                && !previousLine.trimmingCharacters(in: .whitespaces).isEmpty && Self.headingText(previousLine) == nil
                && (!previousLine.hasSuffix("  ") || ProseBuilder.endsMidSentence(previousLine) || ProseBuilder.startsMidSentence(text))
            let resumes = joinable || (Self.mayContinue(blocks.last ?? "") && text.first.map(TextCleaning.isHiragana) == true)
            if (resumes || wrapped), let last = blocks.last, Self.isParagraph(last), !ProseBuilder.startsBlock(text) {
                blocks[blocks.count - 1] = TextCleaning.joinProse([last, text])
            } else {
                blocks.append(text)
            }
            joinable = Self.continuesOnNextPage(text)
            if gapAfter(index, limit: range.upperBound) >= 2 && text.count <= 80 && !ProseBuilder.isTerminal(text)
                && !blocks.contains(ProseBuilder.lostChartNote)
            {
                blocks.append(ProseBuilder.lostChartNote)
                joinable = false
            }
            appendDetails(after: index...index, to: &blocks)
            index += 1
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Whether a rendered block is a plain paragraph that text may be appended to.
    static func isParagraph(_ block: String) -> Bool {
        !block.hasPrefix("<") && !block.hasPrefix("|") && !block.hasPrefix("#") && block != ProseBuilder.lostChartNote
            && block.wholeMatch(of: listItem) == nil && !block.contains("\n")
    }

    static var listItem: Regex<Substring> { #/\s*(?:[-*+]|\d+\.)\s.*/# }

    mutating func appendDetails(after lines: ClosedRange<Int>, to blocks: inout [String]) {
        for line in lines {
            if let details = detailsAfter[line] { blocks += details }
        }
    }

    /// Number of blank lines after a line, up to the next content or the end of the range.
    func gapAfter(_ index: Int, limit: Int) -> Int {
        var cursor = index + 1
        var blanks = 0
        while cursor < cleaned.count, !trace[cursor].role.isContent || cleaned[cursor].trimmingCharacters(in: .whitespaces).isEmpty {
            blanks += 1
            cursor += 1
        }
        return cursor > limit + 1 || cursor >= cleaned.count ? max(blanks, 2) : blanks
    }

    /// The line above a table, skipping a table just before it (a list continued on the next page).
    func caption(before index: Int) -> String {
        var cursor = index - 1
        while cursor >= 0 {
            let text = cleaned[cursor].trimmingCharacters(in: .whitespaces)
            if !text.isEmpty, !text.hasPrefix("|"), trace[cursor].role.isContent || trace[cursor].role == .heading {
                return TextCleaning.cleanProse(Self.headingText(text)?.text ?? text)
            }
            cursor -= 1
        }
        return ""
    }

    /// A long paragraph ending in a word character, which a following hiragana line would continue.
    static func mayContinue(_ text: String) -> Bool {
        guard text.count >= 30, !text.hasPrefix("#"), !text.hasPrefix("|"), !text.hasPrefix("-"), let last = text.last else { return false }
        return TextCleaning.isCJK(last)
    }

    /// A paragraph that stops mid-sentence, long enough to be prose rather than a slide label.
    static func continuesOnNextPage(_ text: String) -> Bool {
        guard text.count >= 40, text.contains("、") || text.contains("。"), let last = text.last else { return false }
        return TextCleaning.isCJK(last) || "、（(".contains(last)
    }

    static func tidyListLine(_ line: String) -> String {
        let indent = line.prefix { $0 == " " }
        return indent + TextCleaning.cleanProse(String(line.dropFirst(indent.count)))
    }

}
