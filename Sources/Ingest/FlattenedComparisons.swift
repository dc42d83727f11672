import Japanese

/// A side-by-side comparison that a PDF flattened into lines (001's 基幹型 / 地域型 / 連携型 slide):
/// a line naming the compared columns, then one row per item, each either on one line
/// (`設置数 １６か所 ３６７か所 ７３か所`) or as a label with one stacked block per column, the
/// blocks separated by blank lines (`人員配置 ・専門医…`, then `・…`, then `・…`). Read as prose the
/// blocks run together (`・ＣＴ ・ＭＲＩ ・ＳＰＥＣＴ` three times); read as a grid they become a
/// table with one column per compared item.
///
/// What the flattening lost is never guessed back: a row with one value is a cell the source
/// merged over every column, but a row with more values than one and fewer than the columns
/// (`基本的活動圏域 都道府県圏域 二次医療圏域` under three columns) has lost which column each value
/// stood in, so its values share one cell that says so.
enum FlattenedComparison {
    struct Line: Equatable {
        /// The cleaned row text with its spacing kept, nil for a blank or a line that is not content.
        var text: String?
        var page: Int
        /// A label standing on its own (a vertical label of the figure).
        var standalone: Bool = false
    }

    struct Found: Equatable {
        /// Positions in the lines given, from the column line to the last row's last line.
        var lines: ClosedRange<Int>
        /// The pipe table, with its unchecked note.
        var markdown: String
        /// What each line became (its first piece of text, which the table holds).
        var printed: [Int: String]
    }

    /// Said in a cell whose values have lost their columns.
    static let ambiguousNote = "（原資料ではどの列の記載か判別できません）"
    /// Between the values of such a cell.
    static let valueSeparator = " ／ "

    static func find(in lines: [Line]) -> [Found] {
        var found: [Found] = []
        var position = 0
        while position < lines.count {
            let grid = read(lines, at: position)
            if let grid { found.append(grid) }
            position = (grid?.lines.upperBound ?? position) + 1
        }
        return found
    }

    /// A line naming the compared columns: two to six short names, no figure, no sentence and no
    /// bullet, directly followed (blank lines aside) by a row of a label and one value per name.
    static func columns(_ lines: [Line], at position: Int) -> [String]? {
        guard let text = lines[position].text, !lines[position].standalone else { return nil }
        let names = PipeTableText.textCells(text)
        guard (2...6).contains(names.count), Set(names).count == names.count,
            names.allSatisfy({ (2...10).contains($0.count) && !startsValue($0) }),
            !text.contains(where: { $0.isNumber || "、。：:".contains($0) })
        else { return nil }
        guard let next = lines[(position + 1)...].firstIndex(where: { $0.text != nil }), lines[next].page == lines[position].page,
            let row = lines[next].text, PipeTableText.textCells(row).count == names.count + 1, !startsValue(row)
        else { return nil }
        return names
    }

    /// Text that opens a value block rather than a row: a bullet or a bracketed note.
    static func startsValue(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return isBullet(text) || "※＊（(【［[＜<－-".contains(first)
    }

    /// Text that opens an item of a block: a bullet mark.
    static func isBullet(_ text: String) -> Bool {
        guard let first = text.first else { return false }
        return "・○〇◆◇■□●◎→⇒".contains(first)
    }

    private struct Row {
        var label: String
        var cells: [[String]] = []
        /// Whether the last cell is still taking lines (a block, not values on the label's line).
        var open = false
        var group = false
    }

    /// The comparison whose column line is at `position`, if there is one with at least two rows.
    private static func read(_ lines: [Line], at position: Int) -> Found? {
        guard let names = columns(lines, at: position) else { return nil }
        let page = lines[position].page
        var rows: [Row] = []
        var printed: [Int: String] = [position: names[0]]
        var last = position
        var previousBlank = false
        var labelOpen = false
        var cursor = position + 1
        while cursor < lines.count, lines[cursor].page == page {
            defer { cursor += 1 }
            guard let text = lines[cursor].text else {
                previousBlank = true
                labelOpen = false
                if !rows.isEmpty { rows[rows.count - 1].open = false }
                continue
            }
            // A sentence is running text again: the grid ended before it.
            if text.hasSuffix("。"), text.count >= 30 { break }
            let parts = PipeTableText.textCells(text)
            let blankBefore = previousBlank
            previousBlank = false
            last = cursor
            printed[cursor] = parts.first ?? text
            if lines[cursor].standalone {
                rows.append(Row(label: text, group: true))
                continue
            }
            // A value right under a vertical label (a group row) starts a row of its own below it.
            if startsValue(text), !(labelOpen && !isBullet(text)), rows.last.map({ !$0.group }) == true, var row = rows.popLast() {
                // A bullet after a blank line opens the row's next block; within a block it is the
                // block's next item.
                if blankBefore || row.cells.isEmpty || !row.open {
                    row.cells.append([text])
                } else {
                    row.cells[row.cells.count - 1].append(text)
                }
                row.open = true
                labelOpen = false
                rows.append(row)
                continue
            }
            if let last = rows.indices.last {
                if rows[last].open {
                    // A wrapped line of the block being read.
                    rows[last].cells[rows[last].cells.count - 1].append(text)
                    continue
                }
                if labelOpen {
                    // The label wrapped: a line of one piece carries it on, a longer line ends it
                    // (`ＢＰＳＤ・身体合併症対` / `応 空床を確保 …`) and holds the row's values.
                    rows[last].label += parts[0]
                    rows[last].cells += parts.dropFirst().map { [$0] }
                    labelOpen = parts.count == 1
                    continue
                }
            }
            // A new row: its label, then its values on the same line or a block starting there.
            var row = Row(label: parts[0])
            let rest = parts.dropFirst()
            if let first = rest.first, startsValue(first) {
                row.cells = [[rest.joined(separator: " ")]]
                row.open = true
            } else {
                row.cells = rest.map { [$0] }
            }
            labelOpen = rest.isEmpty
            rows.append(row)
        }
        guard rows.filter({ !$0.group }).count >= 2 else { return nil }
        return Found(lines: position...last, markdown: grid(names, rows), printed: printed.mapValues(PipeTableText.escape))
    }

    /// The pipe table: a merged cell is marked `<` (see CommonMark's `PipeTables`), a cell's
    /// items are kept apart with `<br>`.
    private static func grid(_ names: [String], _ rows: [Row]) -> String {
        let width = names.count
        func cell(_ block: [String]) -> String {
            var items: [[String]] = []
            for line in block {
                if isBullet(line) || items.isEmpty { items.append([line]) } else { items[items.count - 1].append(line) }
            }
            return items.map { PipeTableText.escape(JapaneseText.joinProse($0.map(TextCleaning.cleanProse))) }.joined(separator: "<br>")
        }
        let body: [[String]] = rows.map { row in
            let label = PipeTableText.escape(TextCleaning.cleanProse(row.label))
            let spanned = Array(repeating: "<", count: width - 1)
            if row.group || row.cells.isEmpty { return [label, "<"] + spanned }
            if row.cells.count == width { return [label] + row.cells.map(cell) }
            if row.cells.count == 1 { return [label, cell(row.cells[0])] + spanned }
            return [label, row.cells.map(cell).joined(separator: valueSeparator) + ambiguousNote] + spanned
        }
        return PipeTableText.markedGrid(header: [[""] + names.map(PipeTableText.escape)], rows: body)
    }
}
