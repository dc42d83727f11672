import Foundation
import Japanese

/// One table located in a document, with the line of every row, as both stages of the import see
/// it: the document readers hand over the tables they find with the document, and the dataset
/// readers take theirs from the pipe tables located when the source was split
/// (``SourceText/pipeTables``) or read them next to a caption in the declared layout.
public struct LocatedTable: Sendable, Equatable {
    /// One row: its cells (trimmed, `<br>` kept) and its 1-based line.
    public struct Row: Sendable, Equatable {
        public let line: Int
        public let cells: [String]

        /// The cell at `index`, or an empty string past the end: converted rows lose trailing cells.
        public subscript(_ index: Int) -> String {
            cells.indices.contains(index) ? cells[index] : ""
        }

        public var isEmpty: Bool { cells.allSatisfy { $0.isEmpty } }
    }

    /// The line above or below the table that names it, as a document reader found it; empty for a
    /// table a dataset reader found from its declared caption.
    public var caption = ""
    /// The line of that caption when the table was found after it (``after(caption:in:from:)``), else 0.
    public var captionLine = 0
    public let firstLine: Int
    public let lastLine: Int
    /// Every row except the `|---|` delimiter row, header first.
    public let rows: [Row]
    /// How many of the rows are header: 1 for pipe and tab-separated tables (a converted table's
    /// sub-header rows too, as ``PipeTableText/headerCount(_:)`` tells them), 0 for text tables,
    /// whose headers are wrapped over many lines and are not read.
    public var headerRows = 1
    /// How the rows are written in the source.
    public var layout: TableLayout = .pipe

    /// The 1-based lines the table spans.
    public var lines: ClosedRange<Int> { firstLine...lastLine }

    /// Rows after the header. Sub-header rows stay in: the documents put them in the body.
    public var body: ArraySlice<Row> { rows.dropFirst(headerRows) }

    /// The first pipe or tab-separated table that starts at or after `start`, or nil when none
    /// does: it is looked up among the document's located tables (from `start` on, when `start`
    /// falls inside one). Tables of PDF text are read next to their caption instead (``textBlock(in:caption:captionAfter:minimumRows:skipping:layout:rows:)``).
    public static func first(in source: SourceText, from start: Int, layout: TableLayout = .pipe) -> LocatedTable? {
        guard layout == .pipe || layout == .tsv else { return nil }
        let tables = layout == .pipe ? source.pipeTables : source.tsvTables
        var low = 0, high = tables.count
        while low < high {
            let middle = (low + high) / 2
            if tables[middle].lastLine < start { low = middle + 1 } else { high = middle }
        }
        guard low < tables.count else { return nil }
        let table = tables[low]
        guard table.firstLine < start else { return table }
        return LocatedTable(firstLine: start, lastLine: table.lastLine, rows: table.rows.filter { $0.line >= start }, layout: layout)
    }

    /// Every table of `layout` (pipe or tab-separated) in `lines`, in order: one pass over the document.
    static func locateAll(in lines: [String], layout: TableLayout) -> [LocatedTable] {
        var tables: [LocatedTable] = []
        var start = 1
        while let table = scan(lines, from: start, layout: layout) {
            tables.append(table)
            start = table.lastLine + 1
        }
        return tables
    }

    /// The first run of `layout` rows in `lines` at or after line `start`.
    private static func scan(_ lines: [String], from start: Int, layout: TableLayout) -> LocatedTable? {
        let isRow = layout == .pipe ? isTableLine : { $0.contains("\t") }
        var number = max(start, 1)
        while number <= lines.count, !isRow(lines[number - 1]) { number += 1 }
        guard number <= lines.count else { return nil }
        let first = number
        var rows: [Row] = []
        while number <= lines.count, isRow(lines[number - 1]) {
            let cells = layout == .pipe
                ? splitCells(lines[number - 1])
                : tsvCells(lines[number - 1])
            if !isDelimiter(cells) { rows.append(Row(line: number, cells: cells)) }
            number += 1
        }
        return LocatedTable(firstLine: first, lastLine: number - 1, rows: rows, layout: layout)
    }

    /// The first table after the line holding `caption`, with at least its header row; throws
    /// naming the caption when either is missing.
    public static func after(caption: String, in source: SourceText, from start: Int = 1) throws -> LocatedTable {
        let captionLine = try source.requireCaption(containing: caption, from: start)
        guard var table = first(in: source, from: captionLine + 1), !table.rows.isEmpty else {
            throw source.error(at: captionLine, "no table follows the caption 「\(caption)」")
        }
        (table.caption, table.captionLine) = (caption, captionLine)
        return table
    }

    /// How a table's rows are written.
    public enum TableLayout: String, Sendable, CaseIterable {
        /// A Markdown pipe table (documents converted to Markdown); the delimiter row is skipped.
        case pipe
        case tsv
        /// PDF text: each printed row on a line, cells split on spaces, one or more groups of
        /// `label` and a fixed number of number cells per line (prefectures side by side);
        /// blank lines between rows are passed over. No header row is read.
        case textGroups = "text-groups"
        /// PDF text, one row per line: cells before the label, the label (its spaced-out
        /// characters joined), then a fixed number of number cells. The document readers' tables of
        /// PDF text are rows of this kind whose cells are not yet known: each line split on spaces.
        case textRows = "text-rows"
        /// PDF text printed across: the caption line names the categories, one token each, and
        /// the line starting with the declared `value_row` text gives one figure per category.
        case textAcross = "text-across"
    }

    /// The table read across: row `n` holds column `n` of every row, so a table printed with its
    /// years in the header (`| | 平成20年度 | 平成21年度 |`) becomes one row per year. Every row keeps
    /// the header's line, the one line that names it.
    func transposed() -> LocatedTable {
        guard let header = rows.first else { return self }
        let width = rows.map(\.cells.count).max() ?? 0
        let across = (0..<width).map { column in Row(line: header.line, cells: rows.map { $0[column] }) }
        return LocatedTable(caption: caption, firstLine: firstLine, lastLine: lastLine, rows: across, layout: layout)
    }

    /// A cell's text without its HTML tags (`ホームレス対策 <u>実施</u> 自治体`).
    static func withoutTags(_ text: String) -> String { text.replacing(InlineMarkup.tag, with: "") }

    static func isTableLine(_ line: String) -> Bool { line.drop(while: { $0 == " " }).first == "|" }

    static func tsvCells(_ line: String) -> [String] {
        line.split(separator: "\t", omittingEmptySubsequences: false).map { $0.trimmingSpaces() }
    }

    static func splitCells(_ line: String) -> [String] {
        var text = Substring(line.trimmingSpaces())
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|" { text = text.dropLast() }
        return text.split(separator: "|", omittingEmptySubsequences: false).map {
            $0.trimmingSpaces()
        }
    }

    static func isDelimiter(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in
            !cell.isEmpty && cell.allSatisfy { $0 == "-" || $0 == ":" }
        }
    }
}
