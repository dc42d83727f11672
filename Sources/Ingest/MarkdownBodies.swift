import Foundation
import Japanese

extension MarkdownState {
    /// Renders a run of lines as Markdown blocks, re-joining sentences split at page breaks and
    /// marking lost figures.
    mutating func render(_ range: ClosedRange<Int>) -> String {
        var blocks: [String] = []
        var index = range.lowerBound
        var joinable = false
        var claimed = ClaimedLines(claims, within: Array(range))
        while index <= range.upperBound {
            // A sentence inside a dataset's lines (the lead-in its range starts with) stays text.
            if claimed.contains(index), !ClaimedLines.isSentence(cleaned[index]) {
                // The dataset stands where its first line of content did.
                if trace[index].role.isContent {
                    blocks += claimed.blocks(at: index)
                    trace[index] = LineTrace(role: .table)
                }
                appendDetails(after: index...index, to: &blocks)
                index += 1
                joinable = false
                continue
            }
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
                while end <= range.upperBound, cleaned[end].hasPrefix("|"), trace[end].role == .text || trace[end].role == .table,
                    !claimed.contains(end)
                {
                    let row = InlineMarkup.tableRowKeepingBreaks(cleaned[end].trimmingSpaces())
                    rows.append(row)
                    // What the line became is its first cell: the table reprints the row with its
                    // merged cells marked, and a delimiter row is not printed at all.
                    let cells = PipeTable.splitCells(row)
                    let first = PipeTableText.isDelimiter(cells) ? "" : cells.first { !$0.isEmpty } ?? ""
                    trace[end] = LineTrace(role: .table, text: PipeTableText.escape(first))
                    end += 1
                }
                let cells = rows.map(PipeTable.splitCells).filter { !PipeTableText.isDelimiter($0) }
                let headerCount = PipeTableText.headerCount(cells)
                blocks.append(PipeTableText.grid(header: Array(cells.prefix(headerCount)), rows: Array(cells.dropFirst(headerCount))))
                tables.append(RawTable(
                    caption: caption(before: index), lines: (index + 1)...end,
                    rows: cells))
                appendDetails(after: index...(end - 1), to: &blocks)
                index = end
                joinable = false
                continue
            }
            if line.wholeMatch(of: Self.listItem) != nil {
                var end = index
                var items: [String] = []
                while end <= range.upperBound, trace[end].role == .text, !cleaned[end].hasPrefix("|"),
                    !cleaned[end].trimmingSpaces().isEmpty, Self.headingText(cleaned[end]) == nil
                {
                    let piece = cleaned[end]
                    if piece.wholeMatch(of: Self.listItem) != nil || items.isEmpty {
                        let item = Self.tidyListLine(piece)
                        items.append(item)
                        trace[end] = LineTrace(role: .text, text: item)
                    } else {
                        // A wrapped line of the item above.
                        let text = TextCleaning.cleanProse(piece)
                        items[items.count - 1] = JapaneseText.joinProse([items[items.count - 1], text])
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
            index += 1
        }
        return blocks.joined(separator: "\n\n")
    }

    /// Whether a rendered block is a plain paragraph that text may be appended to.
    static func isParagraph(_ block: String) -> Bool {
        !block.hasPrefix("<") && !block.hasPrefix("|") && !block.hasPrefix("#") && block != ProseBuilder.lostChartNote
            && block.wholeMatch(of: listItem) == nil && !block.contains("\n")
    }

    /// Compiled once (see ``Enumerators``).
    nonisolated(unsafe) static let listItem = #/\s*(?:[-*+]|\d+\.)\s.*/#

    mutating func appendDetails(after lines: ClosedRange<Int>, to blocks: inout [String]) {
        for line in lines {
            if let details = detailsAfter[line] { blocks += details }
        }
    }

    /// Number of blank lines after a line, up to the next content or the end of the range.
    func gapAfter(_ index: Int, limit: Int) -> Int {
        var cursor = index + 1
        var blanks = 0
        while cursor < cleaned.count, !trace[cursor].role.isContent || cleaned[cursor].trimmingSpaces().isEmpty {
            blanks += 1
            cursor += 1
        }
        return cursor > limit + 1 || cursor >= cleaned.count ? max(blanks, 2) : blanks
    }

    /// The line above a table, skipping a table just before it (a list continued on the next page).
    func caption(before index: Int) -> String {
        var cursor = index - 1
        while cursor >= 0 {
            let text = cleaned[cursor].trimmingSpaces()
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
