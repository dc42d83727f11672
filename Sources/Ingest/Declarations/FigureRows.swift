import Content
import Foundation
import Japanese

/// The rows of a table whose figures the PDF conversion scattered (a chart's numbers on lines of
/// their own, away from their labels; a budget's amounts inside sentences), written out in the
/// declaration as a person reads them:
///
/// ```yaml
/// figures_within: 40             # lines after the caption (and before it, with caption_position: after:
///                                # a total may stand under it)
/// figures:                       # label | cell | cell …: cells by `source:` index, label at 0
///   - "平成17年度 | 29,982 | 323"
///   - "平成18年度 |  | "           # blank: the source does not say (the notes say why)
/// ```
///
/// The declaration only arranges what the source prints: every number and text cell it gives, and
/// every label but a year's (written in full, `平成17年度`, where a chart prints `１７年度`), must be
/// printed within the window, as a whole figure (`1,972` is not found in
/// `11,972`), or the import fails at the YAML line. A row's line is where its first figure stands
/// and the table runs from the caption to the last figure, so the dataset's lines and its place
/// in the section follow the source.
public struct FigureRows: Sendable {
    /// One declared row: its cells (label first) and its line in the YAML file.
    public struct Row: Sendable {
        public var cells: [String]
        public var yamlLine: Int
    }

    /// The lines a declared table stands for: by default from the caption (or the date) to its
    /// last row. Figures quoted from running text take only their caption line (`source_lines:
    /// caption`), and a table whose caption is a sentence of the text only its rows
    /// (`source_lines: table`), so the section keeps its text and shows the table in its place.
    public enum Span: String, Sendable, CaseIterable {
        case whole, caption, table

        func narrow(_ lines: SourceLines, caption: Int, table: LocatedTable) -> SourceLines {
            switch self {
            case .whole: lines
            case .caption: SourceLines(first: caption, last: caption)
            case .table:
                // The table's own lines, header included, without the caption.
                SourceLines(first: table.rows.map(\.line).filter { $0 != caption }.min() ?? caption, last: table.lastLine)
            }
        }
    }

    public var rows: [Row]
    /// How many lines from the caption the figures may stand.
    public var within: Int
    public var file: String

    /// The `figures:` of a declaration, or nil when it has none.
    static func declared(_ entry: FrontMatter, file: String) throws -> FigureRows? {
        let lines = try entry.lines("figures")
        guard !lines.isEmpty else { return nil }
        let rows = lines.map { text, line in
            Row(cells: text.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingSpaces() },
                yamlLine: line ?? entry.firstLine)
        }
        return FigureRows(rows: rows, within: try entry.int("figures_within") ?? 40, file: file)
    }

    /// The rows as a located table (an empty header row at the caption, then the rows at the
    /// lines their figures were found on), for the generic reader.
    func table(
        in source: SourceText, caption: Int, captionAfter: Bool, yearLabels: Bool, declaredAt origin: DeclarationOrigin
    ) throws -> LocatedTable {
        // Nearest the caption first, so a figure printed twice is taken from the table's own lines.
        let window = (max(1, caption - (captionAfter ? within : 0))...min(source.lines.count, caption + within))
            .sorted { (abs($0 - caption), $0) < (abs($1 - caption), $1) }
        var body: [LocatedTable.Row] = []
        var found = [caption]
        for row in rows {
            let printed = row.cells.indices.filter { Self.isPrinted(row.cells[$0]) && ($0 > 0 || !yearLabels) }
            // A row printed on one line is read from that line; a scattered one cell by cell.
            let together = window.first { line in printed.allSatisfy { Self.line(source[line], holds: row.cells[$0]) } }
            var lines = [Int?](repeating: nil, count: row.cells.count)
            for index in printed {
                guard let line = together ?? window.first(where: { Self.line(source[$0], holds: row.cells[index]) }) else {
                    throw ContentError(
                        file: file, line: row.yamlLine,
                        problem: "「\(row.cells[index])」 is not printed within \(within) lines of the caption (line \(caption)) of table declared at \(origin)",
                        fix: "copy the figure as the source prints it, leave the cell blank, or widen figures_within")
                }
                lines[index] = line
            }
            found += lines.compactMap { $0 }
            // The row stands where its label is printed, or else where its first figure is.
            let line = lines.first.flatMap { $0 } ?? lines.compactMap { $0 }.min() ?? caption
            body.append(LocatedTable.Row(line: line, cells: row.cells))
        }
        return LocatedTable(
            firstLine: found.min() ?? caption, lastLine: found.max() ?? caption,
            rows: [LocatedTable.Row(line: caption, cells: [])] + body)
    }

    /// Whether a cell states something to look up: not blank, not a dash or a ○.
    static func isPrinted(_ cell: String) -> Bool {
        let key = JapaneseText.matchKey(cell)
        return !key.isEmpty && NumberCell.parse(cell) != NumberCell.none && key != "○"
    }

    /// Whether `line` prints `cell`: a number as a whole figure (no digit, comma or point on either
    /// side), any other text anywhere in the line (spacing and width aside).
    static func line(_ line: String, holds cell: String) -> Bool {
        let needle = JapaneseText.foldWidth(cell).trimmingSpaces()
        guard case .value? = NumberCell.parse(needle) else { return JapaneseText.matchKey(line).contains(JapaneseText.matchKey(cell)) }
        let text = JapaneseText.foldWidth(line)
        let figure: (Character) -> Bool = { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
        var start = text.startIndex
        while let range = text.range(of: needle, range: start..<text.endIndex) {
            let before = range.lowerBound == text.startIndex ? nil : text[text.index(before: range.lowerBound)]
            let after = range.upperBound == text.endIndex ? nil : text[range.upperBound]
            if !(before.map(figure) ?? false) && !(after.map(figure) ?? false) { return true }
            start = range.upperBound
        }
        return false
    }
}
