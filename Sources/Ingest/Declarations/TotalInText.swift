import Foundation
import Content
import Japanese

/// A total the table does not print but the text above it states (`○設置数：全国に456か所`):
/// `total_in_text: {column: centres, label: 全国, line_containing: 設置数：全国に, pattern:
/// '全国に([0-9,]+)か所', lines_above: 20}`. It becomes the table's totals row, so `column_sum`
/// checks the rows against it.
public struct TotalInText: Sendable {
    public var column: String
    public var label: String
    public var lineContaining: String
    public var pattern: String
    public var linesAbove: Int

    init(declared entry: FrontMatter, file: String, columns: Set<String>) throws {
        try TableDeclarationFile.allowOnly(["column", "label", "line_containing", "pattern", "lines_above"], in: entry, file: file)
        column = try entry.required("column", fix: "name the column the stated figure totals")
        try DeclaredCheckFile.known([column], in: columns, file: file, line: entry.line(of: "column"))
        label = try entry.required("label", fix: "give the total's label, such as 全国")
        lineContaining = try entry.required("line_containing", fix: "give text of the line that states the total")
        pattern = try DeclaredCheckFile.pattern(entry, file: file, fix: "give a regular expression whose first group captures the figure")
        linesAbove = try entry.int("lines_above") ?? 20
    }

    /// The table's totals row completed by the figure, and the stated totals: the `printed` row
    /// with the figure in its blank cell, the figure standing under its own label and line; with
    /// no printed row, the figure's row alone. The printed row unchanged when the text is not found.
    func completing(_ printed: TotalsRow?, in source: SourceText, above top: Int, columns: [PlaceColumn]) -> (TotalsRow?, [StatedTotal]) {
        let own = printed.map { PlaceDataset.totals($0, columns) } ?? []
        guard let stated = row(in: source, above: top, columns: columns) else { return (printed, own) }
        guard let printed else { return (stated, PlaceDataset.totals(stated, columns)) }
        let cells = zip(printed.cells, stated.cells).map { mine, text in mine.value == nil && text.value != nil ? text : mine }
        return (TotalsRow(label: printed.label, line: printed.line, cells: cells), own + PlaceDataset.totals(stated, columns))
    }

    /// The totals row: the figure in ``column`` and blanks elsewhere; nil when the line or the
    /// figure is not within ``linesAbove`` lines above `top`.
    func row(in source: SourceText, above top: Int, columns: [PlaceColumn]) -> TotalsRow? {
        guard let line = source.firstLine(containing: lineContaining, from: max(1, top - linesAbove), before: top),
              let figure = FiguresBeside.captures(pattern, in: source[line])?.first.flatMap(NumberCell.parse)
        else { return nil }
        return TotalsRow(label: label, line: line, cells: columns.map { $0.column.key == column ? .number(figure) : .number(.blank) })
    }
}
