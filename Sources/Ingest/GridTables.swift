import Foundation

/// Tables the import could not recover as datasets, written as pipe tables the site renders as HTML
/// tables (see CommonMark's `PipeTables`): the rows as the source lays them out, with a plain note
/// that their figures were not checked.
enum PipeTableText {
    /// Said under every such table.
    static let uncheckedNote = "（この表は原資料の行を表の形に組み直したもので、数値は照合していません）"

    /// A pipe table of `header` rows over `rows`, then the note.
    static func grid(header: [[String]], rows: [[String]]) -> String {
        let width = max(1, (header + rows).map(\.count).max() ?? 1)
        func line(_ cells: [String]) -> String {
            let padded = cells.map(escape) + Array(repeating: "", count: width - cells.count)
            return "| " + padded.joined(separator: " | ") + " |"
        }
        let delimiter = "|" + String(repeating: " --- |", count: width)
        return (header.map(line) + [delimiter] + rows.map(line)).joined(separator: "\n") + "\n\n" + uncheckedNote
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

    static func isDelimiter(_ cells: [String]) -> Bool {
        !cells.isEmpty && cells.allSatisfy { cell in cell.contains("-") && cell.allSatisfy { "-: ".contains($0) } }
    }
}
