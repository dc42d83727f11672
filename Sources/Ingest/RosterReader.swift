import Content
import Foundation
import Japanese

/// Reads a tab-separated roster (format `tsv-roster`): blocks of rows, each block introduced by a
/// one-cell caption line or, when it has none, by its own header row.
///
/// A caption line opens a section; further one-cell lines before the block's table are text of
/// that section (a headline). The first row of a block is its header; when the same row comes back
/// after a page-break blank line it is furniture. A tab row after a blank line that is not the
/// header starts a new block, titled from its header cells.
public enum RosterReader {
    /// Reads a roster; `id` and `title` come from sources.yaml. Throws when it holds no tab-separated rows.
    public static func read(_ source: SourceText, id: String, title: String) throws(ContentError) -> SourceDocument {
        var trace = source.lines.map { LineTrace(unread: $0) }
        var blocks: [Block] = []
        var afterBlank = false
        for (index, line) in source.lines.enumerated() {
            let cells = line.components(separatedBy: "\t")
            if line.trimmingSpaces().isEmpty {
                afterBlank = true
                continue
            }
            defer { afterBlank = false }
            if cells.count == 1 {
                let text = TextCleaning.cleanProse(line)
                if let last = blocks.last, !last.hasData, last.caption != nil {
                    blocks[blocks.count - 1].notes.append(index)
                    trace[index] = LineTrace(role: .text, text: text)
                } else {
                    blocks.append(Block(caption: index, start: index))
                    trace[index] = LineTrace(role: .heading, text: text)
                }
                continue
            }
            let cleaned = cells.map { TextCleaning.clean($0).trimmingSpaces() }
            if let last = blocks.last, let header = last.header {
                if cleaned == header {
                    trace[index] = LineTrace(role: .furniture(.repeatedHeader))
                    continue
                }
                if afterBlank && last.hasData && !Self.continues(cleaned, header: header) {
                    blocks.append(Block(caption: nil, start: index))
                }
            } else if blocks.isEmpty {
                blocks.append(Block(caption: nil, start: index))
            }
            blocks[blocks.count - 1].rows.append(LocatedTable.Row(line: index + 1, cells: cleaned))
            trace[index] = LineTrace(role: .table, text: Self.rowKey(cleaned))
        }
        guard !blocks.isEmpty else {
            throw .structure(path: source.path, message: "no tab-separated rows were found")
        }

        var sections: [Section] = []
        var tables: [LocatedTable] = []
        for (k, block) in blocks.enumerated() {
            let end = (k + 1 < blocks.count ? blocks[k + 1].start : source.lines.count) - 1
            // The last line the block uses, whichever part it is (notes may stand before the header).
            let lastUsed = [block.rows.last.map { $0.line - 1 }, block.notes.last].compactMap { $0 }.max() ?? block.start
            let title = block.caption.map { TextCleaning.cleanProse(source.lines[$0]) }
                ?? "詳細別紙：" + (block.header ?? []).filter { !$0.isEmpty && Int($0) == nil }.joined(separator: "・")
            var parts: [String] = block.notes.map { TextCleaning.escapeMarkdown(TextCleaning.clean(source.lines[$0]).trimmingSpaces()) }
            if let header = block.header {
                let body = block.rows.dropFirst().map { $0.cells.map(Self.escapeCell) }
                parts.append(PipeTableText.markedGrid(header: [header.map(Self.escapeCell)], rows: body, note: false))
                tables.append(LocatedTable(caption: title, firstLine: block.rows[0].line, lastLine: lastUsed + 1, rows: block.rows, layout: .tsv))
            }
            sections.append(Section(
                number: String(k + 1), title: title, level: 1, body: parts.joined(separator: "\n\n"),
                lines: (block.start + 1)...(max(end, lastUsed) + 1)))
        }
        return SourceDocument(id: id, title: title, sections: sections, tables: tables, trace: trace)
    }

    private struct Block {
        var caption: Int?
        var start: Int
        var notes: [Int] = []
        /// The header row, then the data rows: the block's table as it is read.
        var rows: [LocatedTable.Row] = []
        var header: [String]? { rows.first?.cells }
        var hasData: Bool { rows.count > 1 }
    }

    /// A row after a page break continues the block when it has the block's shape.
    private static func continues(_ cells: [String], header: [String]) -> Bool {
        cells.count == header.count && cells.first?.isEmpty == false && header.first?.isEmpty == false
    }

    /// The row as it appears in the Markdown table, for coverage checks.
    static func rowKey(_ cells: [String]) -> String {
        var trimmed = cells.map(escapeCell)
        while trimmed.last?.isEmpty == true { trimmed.removeLast() }
        return trimmed.joined(separator: "|")
    }

    static func escapeCell(_ cell: String) -> String {
        TextCleaning.escapeMarkdown(cell).replacingOccurrences(of: "\\-", with: "-")
    }
}
