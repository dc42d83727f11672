import Foundation
import Japanese

/// 新旧対照表 in Markdown converted from a PDF.
extension MarkdownPdfReader {

    /// Finds comparison tables (`| 現 行 | 改 正 後 … |`) and the column chunks that follow them.
    mutating func markComparisons() {
        var index = 0
        while index + 2 < cleaned.count {
            // Only a pipe-table line is split into cells.
            guard cleaned[index].hasPrefix("|"), case let header = LocatedTable.splitCells(cleaned[index]).map(TextCleaning.squash),
                header.count == 2, let oldFirst = Self.comparisonOrder(header)
            else { index += 1; continue }
            let rowIndex = cleaned[(index + 1)...].firstIndex { !$0.hasPrefix("|") || !LocatedTable.isDelimiter(LocatedTable.splitCells($0)) } ?? cleaned.count
            let end = cleaned[rowIndex...].firstIndex { !$0.hasPrefix("|") } ?? cleaned.count
            renderComparisonRows(header: index, rows: rowIndex..<end, oldFirst: oldFirst)
            index = deinterleave(from: end, oldFirst: oldFirst)
        }
    }

    /// Whether the current wording (`現行`) is the left column of a two-column header: nil when
    /// the header is not `現行` beside `改正…`.
    static func comparisonOrder(_ header: [String]) -> Bool? {
        let old = header.map { $0.hasPrefix("現行") }, new = header.map { $0.hasPrefix("改正") }
        return old[0] && new[1] ? true : new[0] && old[1] ? false : nil
    }

    /// The one-row table holds the first page of both columns as HTML cells. The raw HTML row is
    /// not printed; its text is.
    mutating func renderComparisonRows(header: Int, rows: Range<Int>, oldFirst: Bool) {
        for line in header..<rows.upperBound { trace[line] = LineTrace(role: .duplicate) }
        for line in rows {
            let cells = LocatedTable.splitCells(cleaned[line])
            guard cells.count == 2 else { continue }
            let old = Self.htmlToMarkdown(oldFirst ? cells[0] : cells[1])
            let new = Self.htmlToMarkdown(oldFirst ? cells[1] : cells[0])
            var blocks = [new]
            if old != new { blocks.append(FormerWording.block(old)) }
            trace[line].text = TextCleaning.squash(new).prefix(40).description
            detailsAfter[line, default: []] += blocks
        }
    }

    static func htmlToMarkdown(_ html: String) -> String {
        var text = html
        for tag in ["<br/>", "<br>", "<br />", "</p>", "</li>"] { text = text.replacingOccurrences(of: tag, with: "\n") }
        text = text.replacing(InlineMarkup.tag, with: "")
        return text.components(separatedBy: "\n").map { TextCleaning.cleanProse($0) }.filter { !$0.isEmpty }
            .map(TextCleaning.escapeMarkdown).joined(separator: "\n\n")
    }

    /// After the table, each page of one column is followed by the same page of the other; a chunk
    /// is recognised when the following chunk starts with the same line and matches it line by line.
    /// Returns the first line after the last recognised pair.
    mutating func deinterleave(from start: Int, oldFirst: Bool) -> Int {
        var cursor = start
        while true {
            while cursor < cleaned.count, cleaned[cursor].trimmingSpaces().isEmpty { cursor += 1 }
            // Column chunks are running text; another table ends them.
            guard cursor < cleaned.count, cleaned[cursor].count >= 8, !cleaned[cursor].hasPrefix("|") else { return cursor }
            let first = cleaned[cursor]
            guard let repeatAt = ((cursor + 1)..<min(cleaned.count, cursor + 120)).first(where: { cleaned[$0] == first }) else {
                return cursor
            }
            let chunkEnd = ((cursor + 1)..<repeatAt).last { !cleaned[$0].trimmingSpaces().isEmpty } ?? cursor
            let length = chunkEnd - cursor + 1
            guard repeatAt + length <= cleaned.count else { return cursor }
            let same = (0..<length).filter { cleaned[cursor + $0] == cleaned[repeatAt + $0] }.count
            let nonBlank = (0..<length).filter { !cleaned[cursor + $0].trimmingSpaces().isEmpty }.count
            guard same * 2 >= max(nonBlank, 1) + (length - nonBlank) else { return cursor }
            let oldRange = oldFirst ? cursor...chunkEnd : repeatAt...(repeatAt + length - 1)
            let newRange = oldFirst ? repeatAt...(repeatAt + length - 1) : cursor...chunkEnd
            var changed: [String] = []
            for offset in 0..<length {
                let oldLine = oldRange.lowerBound + offset
                let newLine = newRange.lowerBound + offset
                guard trace[oldLine].role == .text else { continue }
                let text = TextCleaning.cleanProse(Self.headingText(cleaned[oldLine])?.text ?? cleaned[oldLine])
                let unchanged = cleaned[oldLine] == cleaned[newLine]
                trace[oldLine] = LineTrace(role: unchanged ? .duplicate : .previousText, text: text)
                if !unchanged { changed.append(TextCleaning.escapeMarkdown(text)) }
            }
            if !changed.isEmpty {
                let anchor = newRange.reversed().first { trace[$0].role.isContent } ?? newRange.lowerBound
                detailsAfter[anchor, default: []].append(FormerWording.block(changed.joined(separator: "\n\n")))
            }
            cursor = max(oldRange.upperBound, newRange.upperBound) + 1
        }
    }
}
