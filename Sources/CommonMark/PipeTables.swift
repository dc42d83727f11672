import Escaping

/// Pipe tables, which cmark does not know, turned into HTML tables before parsing.
///
/// Raw HTML stays disabled, so a table cannot be written as HTML in Markdown; instead a run of
/// lines that start with `|` and hold a delimiter row (`| --- | --- |`) is a table. Every row above
/// the delimiter is a header row (the documents print headers over two or three rows), and two
/// cell markers carry the source's merged cells: a cell holding only `<` widens the cell to its
/// left (colspan), a cell holding only `^` lengthens the cell above it (rowspan). Cell text is plain
/// text, escaped; `<br>` in a cell is a line break, as converters write it.
enum PipeTables {
    /// The Markdown with each table replaced by a placeholder paragraph (the table's other lines
    /// become blank, so line numbers stay those of the source), and the tables' HTML in order.
    static func extract(_ markdown: String) -> (markdown: String, tables: [String]) {
        guard ByteSearch.contains("|", in: markdown) else { return (markdown, []) }
        let lines = markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var output: [String] = []
        var tables: [String] = []
        var fence: Substring?
        var index = 0
        while index < lines.count {
            let line = lines[index]
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
                output.append(line)
                index += 1
                continue
            }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix(3)
                output.append(line)
                index += 1
                continue
            }
            let startsBlock = index == 0 || lines[index - 1].allSatisfy { $0 == " " }
            if startsBlock, isRow(line) {
                var end = index
                while end < lines.count, isRow(lines[end]) { end += 1 }
                let rows = lines[index..<end].map(cells)
                if let delimiter = rows.firstIndex(where: isDelimiter) {
                    tables.append(html(header: Array(rows[..<delimiter]), body: Array(rows[(delimiter + 1)...])))
                    output.append(placeholder(tables.count - 1))
                    output += Array(repeating: "", count: end - index - 1)
                    index = end
                    continue
                }
            }
            output.append(line)
            index += 1
        }
        return (output.joined(separator: "\n"), tables)
    }

    /// The paragraph text standing for table `index` until it is replaced by the table.
    static func placeholder(_ index: Int) -> String { "\u{E000}table-\(index)\u{E000}" }

    /// The table index a paragraph's text stands for.
    static func index(ofPlaceholder text: String) -> Int? {
        guard text.hasPrefix("\u{E000}table-"), text.hasSuffix("\u{E000}") else { return nil }
        return Int(text.dropFirst(7).dropLast())
    }

    static func isRow(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.count >= 2 && trimmed.first == "|"
    }

    /// The cells between the outer pipes, trimmed; `\|` is a pipe inside a cell, and `\<`, `\^`
    /// and `\\` stand for those characters (so a cell can hold a lone `<`).
    static func cells(_ line: String) -> [String] {
        var text = Substring(line.trimmingSpaces())
        if text.first == "|" { text = text.dropFirst() }
        if text.last == "|", !text.hasSuffix("\\|") { text = text.dropLast() }
        var cells: [String] = []
        var current = ""
        var escaped = false
        for character in text {
            if escaped {
                if !"|<^\\".contains(character) { current.append("\\") }
                current.append(character)
                escaped = false
            } else if character == "\\" {
                escaped = true
            } else if character == "|" {
                cells.append(current.trimmingSpaces())
                current = ""
            } else {
                current.append(character)
            }
        }
        if escaped { current.append("\\") }
        cells.append(current.trimmingSpaces())
        return cells
    }

    static func isDelimiter(_ cells: [String]) -> Bool {
        cells.allSatisfy { cell in cell.contains("-") && cell.allSatisfy { "-: ".contains($0) } }
    }

    /// The table, with merged cells resolved into `colspan` and `rowspan`.
    static func html(header: [[String]], body: [[String]]) -> String {
        let width = (header + body).map(\.count).max() ?? 0
        func padded(_ rows: [[String]]) -> [[String]] { rows.map { $0 + Array(repeating: "", count: width - $0.count) } }
        var out = "<div class=\"table-scroll\"><table class=\"grid-table\">\n"
        if !header.isEmpty { out += "<thead>\n" + rowsHTML(padded(header), cell: "th") + "</thead>\n" }
        if !body.isEmpty { out += "<tbody>\n" + rowsHTML(padded(body), cell: "td") + "</tbody>\n" }
        return out + "</table></div>\n"
    }

    private static func rowsHTML(_ rows: [[String]], cell tag: String) -> String {
        var out = ""
        for (r, row) in rows.enumerated() {
            out += "<tr>"
            for (c, text) in row.enumerated() where text != "<" && text != "^" {
                var colspan = 1
                while c + colspan < row.count, row[c + colspan] == "<" { colspan += 1 }
                var rowspan = 1
                while r + rowspan < rows.count, rows[r + rowspan][c] == "^" { rowspan += 1 }
                var attributes = tag == "th" ? " scope=\"col\"" : ""
                if tag == "td", let kind = cellClass(text) { attributes += " class=\"\(kind)\"" }
                if colspan > 1 { attributes += " colspan=\"\(colspan)\"" }
                if rowspan > 1 { attributes += " rowspan=\"\(rowspan)\"" }
                out += "<\(tag)\(attributes)>\(cellHTML(text))</\(tag)>"
            }
            out += "</tr>\n"
        }
        return out
    }

    /// A body cell's class: `num` for a figure, which aligns right as in the dataset tables, and
    /// `long` for running text, which wraps instead of widening the table past the screen.
    static func cellClass(_ text: String) -> String? {
        if isFigure(text) { return "num" }
        return text.count > longCell ? "long" : nil
    }

    /// Characters beyond which a cell is running text rather than a label or a value.
    static let longCell = 16

    /// Units a figure may carry in its cell (`１６か所`, `1.5単位`, `64.0%`).
    private static let units = ["%", "％", "か所", "箇所", "カ所", "人", "件", "円", "千円", "万円", "億円", "単位", "世帯", "回"]

    /// A number as tables print it, in ASCII or full-width digits: `1,056`, `(5,601)`, `△ 21`,
    /// `64.0%`, `１６か所`; never a label that holds a number (`20代`, `平成21年度`).
    static func isFigure(_ text: String) -> Bool {
        var core = Substring(text.trimmingSpaces())
        if let unit = units.first(where: { core.hasSuffix($0) }) { core = Substring(core.dropLast(unit.count).trimmingSpaces()) }
        if core.first == "(" && core.last == ")" || core.first == "（" && core.last == "）" { core = core.dropFirst().dropLast() }
        core = core.drop { "△▲-－+＋ ".contains($0) }
        let digits = core.filter { !",，.．".contains($0) }
        return !digits.isEmpty && core.first.map { !",，.．".contains($0) } == true
            && digits.allSatisfy { $0.isASCII ? $0.isNumber : ("０"..."９").contains($0) }
    }

    /// Escaped text; `<br>` (any spelling) becomes a line break.
    static func cellHTML(_ text: String) -> String {
        var pieces: [String] = []
        var current = ""
        var rest = Substring(text)
        while let first = rest.first {
            if first == "<", rest.dropFirst().prefix(2).lowercased() == "br", let close = rest.firstIndex(of: ">") {
                pieces.append(Markup.escape(current))
                current = ""
                rest = rest[rest.index(after: close)...]
            } else {
                current.append(first)
                rest = rest.dropFirst()
            }
        }
        pieces.append(Markup.escape(current))
        return pieces.joined(separator: "<br>")
    }

}

extension StringProtocol {
    fileprivate func trimmingSpaces() -> String {
        let scalars = unicodeScalars.drop { $0 == " " || $0 == "\t" }
        var end = scalars.endIndex
        while end > scalars.startIndex, let last = scalars[..<end].last, last == " " || last == "\t" {
            end = scalars.index(before: end)
        }
        return String(String.UnicodeScalarView(scalars[..<end]))
    }
}
