import Foundation
import Japanese

extension MarkdownPdfReader {
    /// Renders a run of lines as Markdown blocks, re-joining sentences split at page breaks and
    /// marking lost figures.
    mutating func render(_ range: ClosedRange<Int>) -> String {
        var blocks: [String] = []
        // The first line not yet taken by a table or a list.
        var next = range.lowerBound
        var joinable = false
        var claimed = ClaimedLines(claims, within: Array(range))
        for index in range where index >= next {
            // A sentence inside a dataset's lines (the lead-in its range starts with) stays text.
            if claimed.contains(index), !ClaimedLines.isSentence(cleaned[index]) {
                // The dataset stands where its first line of content did.
                if trace[index].role.isContent {
                    blocks += claimed.blocks(at: index)
                    trace[index] = LineTrace(role: .table)
                }
                appendDetails(after: index...index, to: &blocks)
                joinable = false
                continue
            }
            let role = trace[index].role
            if role == .duplicate || role == .previousText || !role.isContent {
                appendDetails(after: index...index, to: &blocks)
                continue
            }
            if role == .heading {
                // A heading here is the item's own anchor line, already used as a title.
                if gapAfter(index, limit: range.upperBound) >= 2 { blocks.append(ProseBuilder.lostChartNote) }
                continue
            }
            let line = cleaned[index]
            if line.hasPrefix("|") || line.wholeMatch(of: Self.listItem) != nil {
                let end = line.hasPrefix("|")
                    ? pipeTable(from: index, through: range.upperBound, claimed: claimed, into: &blocks)
                    : list(from: index, through: range.upperBound, into: &blocks)
                appendDetails(after: index...(end - 1), to: &blocks)
                next = end
                joinable = false
                continue
            }
            let text = TextCleaning.cleanProse(line)
            trace[index] = LineTrace(role: .text, text: text)
            let previousLine = index > range.lowerBound ? source.lines[index - 1] : ""
            let wrapped = index > range.lowerBound && trace[index - 1].role == .text && !blocks.isEmpty
                && !previousLine.trimmingSpaces().isEmpty && Self.headingText(previousLine) == nil
                && (!previousLine.hasSuffix("  ") || ProseBuilder.endsMidSentence(previousLine) || ProseBuilder.startsMidSentence(text))
            let resumes = joinable || (Self.mayContinue(blocks.last ?? "") && text.first.map(TextCleaning.isHiragana) == true)
            if (resumes || wrapped), let last = blocks.last, Self.isParagraph(last), !ProseBuilder.startsBlock(text),
                !ProseBuilder.endsAtAddress(last, next: text)
            {
                blocks[blocks.count - 1] = JapaneseText.joinProse([last, text])
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
        }
        return blocks.joined(separator: "\n\n")
    }

    /// The pipe table at `start`, printed with its merged header cells marked and handed over as a
    /// table found; returns the line after it.
    mutating func pipeTable(from start: Int, through limit: Int, claimed: ClaimedLines, into blocks: inout [String]) -> Int {
        var end = start
        var rows: [LocatedTable.Row] = []
        while end <= limit, cleaned[end].hasPrefix("|"), trace[end].role == .text || trace[end].role == .table, !claimed.contains(end) {
            let cells = LocatedTable.splitCells(InlineMarkup.tableRowKeepingBreaks(cleaned[end].trimmingSpaces()))
            // What the line became is its first cell: the table reprints the row with its merged
            // cells marked, and a delimiter row is not printed at all.
            let delimiter = LocatedTable.isDelimiter(cells)
            if !delimiter { rows.append(LocatedTable.Row(line: end + 1, cells: cells)) }
            trace[end] = LineTrace(role: .table, text: PipeTableText.escape(delimiter ? "" : cells.first { !$0.isEmpty } ?? ""))
            end += 1
        }
        let cells = rows.map(\.cells)
        let headerCount = PipeTableText.headerCount(cells)
        blocks.append(PipeTableText.grid(header: Array(cells.prefix(headerCount)), rows: Array(cells.dropFirst(headerCount))))
        tables.append(LocatedTable(caption: caption(before: start), firstLine: start + 1, lastLine: end, rows: rows, headerRows: headerCount))
        return end
    }

    /// The list at `start`, each wrapped line joined to its item; returns the line after it.
    mutating func list(from start: Int, through limit: Int, into blocks: inout [String]) -> Int {
        var end = start
        var items: [String] = []
        while end <= limit, trace[end].role == .text, !cleaned[end].hasPrefix("|"), !cleaned[end].trimmingSpaces().isEmpty,
            Self.headingText(cleaned[end]) == nil
        {
            let piece = cleaned[end]
            if piece.wholeMatch(of: Self.listItem) != nil || items.isEmpty {
                items.append(String(piece.prefix { $0 == " " }) + TextCleaning.cleanProse(String(piece.drop { $0 == " " })))
                trace[end] = LineTrace(role: .text, text: items[items.count - 1])
            } else {
                // A wrapped line of the item above.
                let text = TextCleaning.cleanProse(piece)
                items[items.count - 1] = JapaneseText.joinProse([items[items.count - 1], text])
                trace[end] = LineTrace(role: .text, text: text)
            }
            end += 1
        }
        blocks.append(items.joined(separator: "\n"))
        return end
    }

    /// Whether a rendered block is a plain paragraph that text may be appended to.
    static func isParagraph(_ block: String) -> Bool {
        !block.hasPrefix("<") && !block.hasPrefix("|") && !block.hasPrefix("#") && block != ProseBuilder.lostChartNote
            && block.wholeMatch(of: listItem) == nil && !block.contains("\n")
    }

    /// Compiled once (see ``Enumerators``).
    nonisolated(unsafe) static let listItem = #/\s*(?:[-*+]|\d+\.)\s.*/#

    /// The former wording due after `lines`, which the comparison pages recorded (``markComparisons()``).
    func appendDetails(after lines: ClosedRange<Int>, to blocks: inout [String]) {
        blocks += lines.flatMap { detailsAfter[$0] ?? [] }
    }

    /// Number of blank lines after a line, up to the next content or the end of the range.
    func gapAfter(_ index: Int, limit: Int) -> Int {
        let cursor = ((index + 1)..<cleaned.count).first { !isBlank($0) } ?? cleaned.count
        let blanks = cursor - index - 1
        return cursor > limit + 1 || cursor >= cleaned.count ? max(blanks, 2) : blanks
    }

    /// The line above a table, skipping a table just before it (a list continued on the next page).
    func caption(before index: Int) -> String {
        let texts = (0..<index).lazy.reversed().map { (line: $0, text: cleaned[$0].trimmingSpaces()) }
        guard let found = texts.first(where: { !$0.text.isEmpty && !$0.text.hasPrefix("|") && (trace[$0.line].role.isContent || trace[$0.line].role == .heading) })
        else { return "" }
        return TextCleaning.cleanProse(Self.headingText(found.text)?.text ?? found.text)
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
}
