import Foundation

/// Tables the import could not recover as datasets, written as pipe tables the site renders as HTML
/// tables (see CommonMark's `PipeTables`): the rows as the source lays them out, with a plain note
/// that their figures were not checked.
enum PipeTableText {
    /// Said under every such table.
    static let uncheckedNote = "（この表は原資料の行を表の形に組み直したもので、数値は照合していません）"

    /// A pipe table of `header` rows over `rows`, then the note. Header rows over one another have
    /// their merged cells marked (see ``merged(_:)``).
    static func grid(header: [[String]], rows: [[String]]) -> String {
        // Header rows are padded to one width before their merged cells are marked.
        let width = max(1, (header + rows).map(\.count).max() ?? 1)
        let header = header.map { $0.map(escape) + Array(repeating: "", count: width - $0.count) }
        return markedGrid(header: merged(header), rows: rows.map { $0.map(escape) })
    }

    /// A pipe table of cells already escaped, whose merged cells are already marked (`<`, `^`),
    /// then the note unless the table is the source's own (a roster).
    static func markedGrid(header: [[String]], rows: [[String]], note: Bool = true) -> String {
        let width = max(1, (header + rows).map(\.count).max() ?? 1)
        func padded(_ cells: [String]) -> [String] { cells + Array(repeating: "", count: width - cells.count) }
        func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
        let delimiter = "|" + String(repeating: " --- |", count: width)
        return (header.map(padded).map(line) + [delimiter] + rows.map(padded).map(line)).joined(separator: "\n")
            + (note ? "\n\n" + uncheckedNote : "")
    }

    /// How many of a converted table's first rows are its header: the first, and each following
    /// row that names no row (its first cell is empty) and holds no figure, as the second and third
    /// header rows of the documents do (`| | 男 | 女 | 計 |`, `| | 千円 | 千円 |`).
    static func headerCount(_ rows: [[String]]) -> Int {
        guard !rows.isEmpty else { return 0 }
        return 1 + rows.dropFirst().prefix { ($0.first?.isEmpty ?? true) && $0.contains { !$0.isEmpty } && !$0.contains(where: isFigure) }.count
    }

    /// A cell holding a number as tables print them: `1,056`, `(5,601)`, `△ 21`, `64.0%`.
    static func isFigure(_ cell: String) -> Bool {
        let core = cell.filter { !" ,()%（）△▲-－.".contains($0) }
        return !core.isEmpty && core.allSatisfy(\.isNumber)
    }

    /// Header rows with their merged cells marked for the site's pipe tables: an empty cell whose
    /// left neighbour has text and under which the next header row has text widens that neighbour
    /// (`<`, a heading over several columns); an empty cell under text lengthens the cell above
    /// (`^`, a heading over several rows).
    static func merged(_ header: [[String]]) -> [[String]] {
        guard header.count >= 2 else { return header }
        var rows = header
        for r in rows.indices {
            for c in rows[r].indices where rows[r][c].isEmpty {
                let left = c > 0 ? rows[r][c - 1] : ""
                if r + 1 < rows.count, c > 0, !rows[r + 1][c].isEmpty, !left.isEmpty, left != "^" {
                    rows[r][c] = "<"
                } else if r > 0, !rows[r - 1][c].isEmpty, rows[r - 1][c] != "<" {
                    rows[r][c] = "^"
                }
            }
        }
        return rows
    }

    /// Rows of a PDF text table: cells are separated by spaces.
    static func grid(textRows: [String]) -> String {
        grid(header: [], rows: textRows.map(textCells))
    }

    static func textCells(_ row: String) -> [String] {
        row.split(whereSeparator: { $0 == " " || $0 == "　" }).map(String.init)
    }

    /// A text row as the table prints it, for the record of what each line became.
    static func printed(textRow row: String) -> String {
        "| " + textCells(row).map(escape).joined(separator: " | ") + " |"
    }

    /// A pipe inside a cell is escaped; a cell of only `<` or `^` would read as a merge marker.
    static func escape(_ cell: String) -> String {
        let text = cell.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "|", with: "\\|")
        return text == "<" || text == "^" ? "\\" + text : text
    }
}
