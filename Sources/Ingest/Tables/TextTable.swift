import Foundation
import Japanese

/// Tables of plain text taken from a PDF: one line per printed row, cells split on spaces, and
/// often several prefectures side by side on one line (`北海道 88 22 69 49.2% 石川県 15 1 3 78.9%`).
extension LocatedTable {
    /// A line split on spaces and tabs, widths folded: the tokens of a printed row.
    static func tokens(_ line: String) -> [String] {
        JapaneseText.foldWidth(line).split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
    }

    /// Whether a token is a number cell or a printed dash, not a blank or a word.
    static func isNumberCell(_ token: String) -> Bool { NumberCell.parse(token).map { $0 != .blank } ?? false }

    /// The groups of one text line, each `width` + 1 tokens whose token at `label` is a label and
    /// the others numbers or dashes, or nil when the line is not wholly made of such groups (a
    /// header, a note, prose). Requiring the whole line keeps a stray token from shifting every
    /// cell after it into the wrong column. With `marks`, a ○ stands for a cell too (a table
    /// with a mark column).
    static func textGroups(_ line: String, width: Int, label: Int = 0, marks: Bool = false) -> [[String]]? {
        let tokens = tokens(line)
        guard width > 0, !tokens.isEmpty, tokens.count.isMultiple(of: width + 1) else { return nil }
        let groups = stride(from: 0, to: tokens.count, by: width + 1).map { Array(tokens[$0...($0 + width)]) }
        let isNumber = { (token: String) in isNumberCell(token) || (marks && token == "○") }
        let isGroup = { (group: [String]) in
            group.indices.allSatisfy { $0 == label ? !isNumber(group[$0]) : isNumber(group[$0]) }
        }
        guard label <= width, groups.allSatisfy(isGroup) else { return nil }
        return groups
    }

    /// One printed row on a line: the first `label` tokens are cells before the label, the last
    /// `values` tokens number cells, and the tokens between are joined into the label (PDF text
    /// spaces out the characters of a name: `2 青 森 県 8 284`). With `unlabelled`, a line of
    /// only the number cells is a row with that label (a totals row printed without one). A
    /// numbered row of a prefecture or designated city is kept even with a cell that is not a
    /// number, so that the cell is reported on its own line rather than ending the table there.
    static func textRow(_ line: String, label: Int, values: Int, unlabelled: String?) -> [String]? {
        let tokens = tokens(line)
        let isNumber = isNumberCell
        guard values > 0, tokens.count >= values else { return nil }
        let numeric = tokens.suffix(values).allSatisfy(isNumber)
        if numeric, tokens.count == values, let unlabelled { return Array(repeating: "", count: label) + [unlabelled] + tokens }
        let before = tokens.prefix(label)
        let name = tokens.dropFirst(label).dropLast(values)
        guard before.count == label, before.allSatisfy(isNumber), !name.isEmpty, !name.contains(where: isNumber),
              numeric || (label > 0 && PrefectureResolver.resolve(name.joined())?.prefecture != nil)
        else { return nil }
        return Array(before) + [name.joined()] + tokens.suffix(values)
    }

    /// The block of text rows next to a caption: the first block after it, or with
    /// `captionAfter` the block that ends just above it (skipping the `※` notes and a date
    /// printed alone between the data and the caption). Blank lines inside the block are passed over; any other line ends it,
    /// unless fewer than `minimumRows` rows are read yet (a column header printed again mid-table). Every group
    /// is one row, so the table has no header row. Before the first row, a line whose match key
    /// starts with one of `skipping` is passed over too (figures printed between a table and its
    /// caption, declared as `skip_lines:`).
    static func textBlock(
        in source: SourceText, caption: Int, captionAfter: Bool, minimumRows: Int = 0, skipping: [String] = [],
        layout: TableLayout = .textGroups, rows parse: (String) -> [[String]]?
    ) -> LocatedTable? {
        let step = captionAfter ? -1 : 1
        var number = caption + step
        var found: [(line: Int, groups: [[String]])] = []
        while number >= 1, number <= source.lines.count {
            let text = JapaneseText.foldWidth(source[number]).trimmingSpaces()
            if let groups = parse(text) {
                found.append((number, groups))
            } else if !found.isEmpty, !text.isEmpty, found.count >= minimumRows {
                break
            } else if found.isEmpty, skipping.contains(where: source.key(number).hasPrefix) {
                // A declared line between the table and its caption.
            } else if !text.isEmpty, captionAfter, !text.hasPrefix("※"), EraDate.parse(text) == nil {
                return nil
            }
            number += step
        }
        let lines = captionAfter ? found.reversed() : found
        guard let first = lines.first?.line, let last = lines.last?.line else { return nil }
        let rows = lines.flatMap { line in line.groups.map { Row(line: line.line, cells: $0) } }
        return LocatedTable(firstLine: first, lastLine: last, rows: rows, headerRows: 0, layout: layout)
    }

    /// The table with its totals row appended from the first line within 60 after `caption`
    /// that is one group labelled 合計/計: PDF text sometimes prints it under the caption and the
    /// repeated column headers. The row may leave out the cells before the label (a code the
    /// totals row has none of). Nil when no such line is found.
    func withTotals(below caption: Int, in source: SourceText, width: Int, label: Int) -> LocatedTable? {
        guard caption < source.lines.count else { return nil }
        for line in (caption + 1)...min(caption + 60, source.lines.count) {
            guard let group = Self.textGroups(source[line], width: width, label: label)
                ?? Self.textGroups(source[line], width: width - label, label: 0).map({ $0.map { Array(repeating: "", count: label) + $0 } }),
                group.count == 1, case .aggregate? = PrefectureResolver.resolve(group[0][label])
            else { continue }
            return LocatedTable(
                caption: self.caption, firstLine: firstLine, lastLine: line, rows: rows + [Row(line: line, cells: group[0])], headerRows: 0,
                layout: layout)
        }
        return nil
    }

    /// Whether a line opens a page: PDF text starts each page with a line indented one space.
    static func opensPage(_ text: String) -> Bool { text.hasPrefix(" ") && !text.hasPrefix("  ") }

    /// The page start above `line`: the nearest line within 100 above it that opens a page;
    /// `line` itself when there is none. A table's column headers printed above its rows run from there.
    static func pageStart(_ source: SourceText, above line: Int) -> Int { (max(1, line - 100)..<line).last { opensPage(source[$0]) } ?? line }

    /// The last line of the page `line` is on: the line before the next that opens a page, or the last line.
    static func pageEnd(_ source: SourceText, after line: Int) -> Int {
        (line + 1..<source.lines.count + 1).first { opensPage(source[$0]) }.map { $0 - 1 } ?? max(line, source.lines.count)
    }

    /// A table printed across (`基幹型 地域型 連携型` over `設置数（…） １６か所 ３６７か所 ７３か所`):
    /// the names on line `names`, the figures on the first line within 10 below whose match key
    /// starts with `valueRow`, read as one row per name. Nil when the counts differ.
    static func across(in source: SourceText, names: Int, valueRow: String) -> LocatedTable? {
        let key = JapaneseText.matchKey(valueRow)
        let labels = tokens(source[names])
        guard let line = ((names + 1)...min(names + 10, max(names + 1, source.lines.count))).first(where: { source.key($0).hasPrefix(key) })
        else { return nil }
        let cells = tokens(source[line])
        guard cells.count == labels.count + 1 else { return nil }
        let rows = [Row(line: names, cells: ["", cells[0]])] + zip(labels, cells.dropFirst()).map { Row(line: line, cells: [$0, $1]) }
        return LocatedTable(firstLine: names, lastLine: line, rows: rows, layout: .textAcross)
    }
}
