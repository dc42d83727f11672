import Content
import Foundation
import Japanese

/// The parser behind ``RosterTables/read(_:)``. Blocks are found by their header rows, never by
/// line number: block 1 by the header naming 地域社保協, 準備会 and 友好団体; block 2 by its
/// `県 数 準備 友好` header (repeated after each page break); the appendix by a row of prefecture
/// names.
struct RosterReading {
    let source: SourceText

    /// The tab-separated cells of `line` (empty past the last).
    func fields(_ line: Int) -> LocatedTable.Row { LocatedTable.Row(line: line, cells: LocatedTable.tsvCells(source[line])) }


    func number(_ text: String, line: Int, column: String) throws -> NumberCell {
        guard let cell = NumberCell.parse(text) else { throw source.error(at: line, "\(column) 「\(text)」 is not a number") }
        return cell
    }

    mutating func read() throws -> RosterTables {
        let (summary, national, grandTotal, summaryEnd, summaryStart) = try readSummary()
        let listHeader = try findLine(from: summaryEnd + 1, "the list header (県 数 準備 友好)") { isListHeader($0) }
        let headline = (summaryEnd + 1..<listHeader).reversed().first { line in
            let text = source[line].trimmingSpaces()
            return !text.isEmpty && text.first?.isNumber == true
        }
        var (listed, organisations, listNational) = try readList(from: listHeader)
        let appendixEnd = try readAppendix(after: listNational.line, listed: &listed, organisations: &organisations)
        let titleLine = (1..<listHeader).reversed().first { source[$0].contains("一覧") } ?? listHeader
        return RosterTables(
            summary: summary, summaryNational: national, grandTotal: grandTotal, listed: listed,
            listNational: listNational,
            headline: headline.map { (source[$0].trimmingSpaces(), $0) },
            organisations: organisations,
            summaryLines: SourceLines(first: summaryStart, last: summaryEnd),
            listLines: SourceLines(first: titleLine, last: appendixEnd))
    }

    /// The first line from `start` whose fields `matches` accepts.
    func firstLine(from start: Int, where matches: (LocatedTable.Row) -> Bool) -> Int? {
        stride(from: max(start, 1), through: source.lines.count, by: 1).first { matches(fields($0)) }
    }

    func findLine(from start: Int, _ what: String, where matches: (LocatedTable.Row) -> Bool) throws -> Int {
        guard let line = firstLine(from: start, where: matches) else { throw source.error(at: start, "\(what) not found") }
        return line
    }

    func isListHeader(_ fields: LocatedTable.Row) -> Bool { fields.cells.count >= 4 && fields[0] == "県" && fields[1] == "数" }

    // MARK: Block 1

    func readSummary() throws -> (
        [RosterTables.SummaryRow], (NumberCell, KindCounts, Int), (NumberCell, Int)?, Int, Int
    ) {
        let header = try findLine(from: 1, "the summary header (地域社保協 準備会 友好団体)") { fields in
            let keys = Set(fields.cells.map(JapaneseText.matchKey))
            return keys.isSuperset(of: ["地域社保協", "準備会", "友好団体"])
        }
        var rows = PlaceRowCollector<RosterTables.SummaryRow>(source: source, withCities: false)
        for line in header + 1 ..< source.lines.count + 1 {
            let cells = fields(line)
            if cells.isEmpty { continue }
            let label = cells[0]
            switch PrefectureResolver.resolve(label) {
            case .prefecture(let prefecture)?:
                try rows.add(Place(prefecture), value: RosterTables.SummaryRow(
                    prefecture: prefecture, prefectureCouncil: try number(cells[1], line: line, column: "都道府県"),
                    counts: try counts(cells, from: 2, line: line)), line: line)
            case .aggregate(.national)?:
                // Every prefecture is there (the block keeps its source order).
                _ = try rows.sorted(tableLines: header...line)
                let national = (try number(cells[1], line: line, column: "都道府県"), try counts(cells, from: 2, line: line), line)
                let nextCells = fields(line + 1)
                var grand: (NumberCell, Int)?
                var end = line
                if case .aggregate(.grandTotal)? = PrefectureResolver.resolve(nextCells[0]) {
                    grand = (try number(nextCells[1], line: line + 1, column: "総合計"), line + 1)
                    end = line + 1
                }
                let title = (1..<header).reversed().first { !source[$0].trimmingSpaces().isEmpty } ?? header
                return (rows.rows.map(\.value), national, grand, end, title)
            default:
                throw source.error(at: line, "summary row 「\(label)」 is not a prefecture or the 全国 row")
            }
        }
        throw source.error(at: header, "the summary has no 全国 row")
    }

    func counts(_ cells: LocatedTable.Row, from index: Int, line: Int) throws -> KindCounts {
        KindCounts(
            council: try number(cells[index], line: line, column: "地域社保協"),
            preparatory: try number(cells[index + 1], line: line, column: "準備会"),
            friendly: try number(cells[index + 2], line: line, column: "友好団体"))
    }
}
