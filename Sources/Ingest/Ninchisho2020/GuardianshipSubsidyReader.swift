import Content
import Foundation
import Japanese

/// R2 市区町村別の申立費用及び報酬助成制度の状況: 1,741 rows `都道府県 市区町村 ○ ○ …` with the
/// title after the first page, header blocks repeated on every page and the 24 column totals
/// before the label 合計. The flattening dropped the blank cells, so which column each ○ stood in
/// is lost: only the municipality list and the number of ○ per row survive (the lost grid is
/// declared as ninchisho-guardianship-subsidy-flags, citing this list's lines).
///
/// Not a declaration: the ○ grid lost its columns in the conversion; only a list and counts survive.
struct GuardianshipSubsidyReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-guardianship-subsidy-municipalities"
    static let caption = "市区町村別の申立費用及び報酬助成制度の状況"

    func read(_ source: SourceText) throws -> [Dataset] {
        let captionLine = try source.requireCaption(containing: Self.caption)
        let before = Ninchisho.dataLines(source, before: captionLine) { Self.row($0) != nil }
        guard let first = before.first else {
            throw source.error(line: captionLine, "no municipality rows before the caption", fix: "check the table R2 in the source")
        }
        var rows: [[String]] = []
        var totalLine: Int?
        for line in first...source.lines.count {
            let text = source[line]
            if let row = Self.row(text) {
                guard case .prefecture(let prefecture)? = PrefectureResolver.resolve(row.prefecture) else {
                    throw source.error(line: line, "“\(row.prefecture)” is not a prefecture", fix: "correct the prefecture name of the row")
                }
                rows.append([prefecture.jisCode, prefecture.name, JapaneseText.normalizeName(row.municipality), String(row.marks)])
                continue
            }
            let tokens = LocatedTable.tokens(text)
            if tokens.count == 24, tokens.allSatisfy(Ninchisho.isNumber) {
                totalLine = line
                break
            }
            if let head = tokens.first, case .prefecture? = PrefectureResolver.resolve(head) {
                throw source.error(
                    line: line, "a row for \(head) holds something other than a name and ○ marks",
                    fix: "check the row in the source")
            }
        }
        guard let totalLine else {
            throw source.error(line: captionLine, "the line of 24 column totals after the rows is missing", fix: "check the end of the table R2")
        }
        let totals = try LocatedTable.tokens(source[totalLine]).map { Cells.format(try source.number($0, at: totalLine)) }
        let markSum = rows.compactMap { Decimal(string: $0[3]) }.reduce(0, +)
        let totalSum = totals.compactMap { Decimal(string: $0) }.reduce(0, +)
        let labels = Self.columnLabels
        let stated = zip(labels, totals).enumerated().map { index, pair in
            "\(index < 12 ? "高齢者" : "障害者")・\(pair.0) \(pair.1)"
        }.joined(separator: "、")
        let asOf = source.date(on: captionLine)
        let labelLine = source.firstLine(containing: "合計", from: totalLine + 1, before: totalLine + 6)
        let lines = source.source(first, labelLine ?? totalLine)
        var dataset = Dataset(
            id: Self.id, title: "",
            shape: .list, source: lines, asOf: asOf,
            columns: DatasetColumn.declared(["code", "prefecture", "municipality", "marks"]),
            rows: rows, notes: ["原資料の列合計: \(stated)。"])
        // What a mismatch means, and why the columns cannot be summed, are the declaration's explanations.
        dataset.checks = [
            DatasetChecks.verdict(
                id: "marks-vs-column-totals", title: "全行の○の数の合計が原資料の24列の合計の総和と一致する", holds: totalSum == markSum,
                expected: DatasetNumber.format(totalSum), actual: DatasetNumber.format(markSum), columns: ["marks"]),
            DatasetChecks.verdict(id: "column-totals", kind: .columnSum, title: "24列それぞれの合計", holds: nil),
        ]
        return [dataset]
    }

    /// The twelve column labels, printed twice across the table.
    static let columnLabels = Array(repeating: [
        "申立費用", "報酬", "いずれも未実施", "市区町村長申立", "本人", "親族", "その他", "後見", "保佐", "補助", "生活保護のみ", "生活保護以外も可",
    ], count: 2).flatMap { $0 }

    /// `(prefecture, municipality, ○ count)` for a data row.
    static func row(_ line: String) -> (prefecture: String, municipality: String, marks: Int)? {
        let tokens = LocatedTable.tokens(line)
        guard tokens.count >= 3, tokens.dropFirst(2).allSatisfy({ $0 == "○" }),
              case .prefecture? = PrefectureResolver.resolve(tokens[0])
        else { return nil }
        return (tokens[0], tokens[1], tokens.count - 2)
    }
}
