import Content
import Foundation
import Japanese

/// The 日系人会 rows after R11 (declared as ninchisho-caravan-mates): `ﾆｭｰﾖｰｸ` / `日系人会` /
/// `（ｱﾒﾘｶ） 11 56 18 38 227 283`. Blank cells were dropped, so only a row that prints all six
/// numbers (講座開催回数, メイト数, 活動, 非活動, サポーター数, 合計) can be put into columns; the
/// others keep their numbers as printed.
///
/// Not a declaration: an irregular PDF-text table whose columns the conversion shifted.
struct OverseasCaravanReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-caravan-mates-overseas"
    static let caption = "都道府県別キャラバン・メイト数、認知症サポーター数"
    /// R11's six counts, courses to total, as its declaration names them.
    static let keys = ["courses", "mates", "active_mates", "inactive_mates", "supporters", "total"]

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let captionLine = source.firstLine(containing: Self.caption),
              let lastRow = source.firstLine(containing: "沖縄県", from: captionLine)
        else { return [] }
        let labels = Self.overseasLines(source, after: lastRow)
        guard let first = labels.first else { return [] }
        var rows: [[String]] = []
        var last = first
        for label in labels {
            let before = source.nonBlankLines(max(1, label - 3)...(label - 1)).last
            guard let place = before, let figures = source.nonBlankLines((label + 1)...min(label + 3, source.lines.count)).first else {
                throw source.error(line: label, "a 日系人会 row without its place or its figures", fix: "check the row in the source")
            }
            let tokens = LocatedTable.tokens(source[figures])
            guard let country = tokens.first, tokens.count >= 2, tokens.dropFirst().allSatisfy(Ninchisho.isNumber) else {
                throw source.error(line: figures, "expected “（国名） numbers” after 日系人会", fix: "check the row in the source")
            }
            let numbers = try tokens.dropFirst().map { Cells.format(try source.number($0, at: figures)) }
            let typed = numbers.count == Self.keys.count ? numbers : Array(repeating: "", count: Self.keys.count)
            let name = JapaneseText.normalizeName(source[place]) + JapaneseText.normalizeName(source[label])
            let countryName = JapaneseText.foldWidth(country).trimmingCharacters(in: CharacterSet(charactersIn: "()"))
            rows.append([name, countryName, numbers.joined(separator: " ")] + typed)
            last = figures
        }
        var dataset = Dataset(
            id: Self.id, title: "",
            shape: .list, source: source.source(labels[0] - 1, last),
            asOf: Self.reportDate(source, after: lastRow),
            columns: DatasetColumn.declared(["association", "country", "printed"] + Self.keys),
            rows: rows)
        dataset.checks =
            DatasetChecks.rowIdentity(dataset, id: "identity-mates", title: "メイト数＝活動メイト数＋非活動メイト数（列の分かる行）", result: "mates", plus: ["active_mates", "inactive_mates"])
            + DatasetChecks.rowIdentity(dataset, id: "identity-total", title: "合計＝メイト数＋サポーター数（列の分かる行）", result: "total", plus: ["mates", "supporters"])
        return [dataset]
    }

    /// Lines holding the overseas rows: a label of 日系人会 followed by `（国名） numbers`.
    static func overseasLines(_ source: SourceText, after last: Int) -> [Int] {
        source.nonBlankLines((last + 1)...min(last + 60, source.lines.count)).filter { source[$0].contains("日系人会") }
    }

    /// The date of the report R11 is drawn from, as the `※` note under it states it; nil (no
    /// as-of date) rather than a guess when the note is missing.
    static func reportDate(_ source: SourceText, after last: Int) -> DatasetDate? {
        let notes = source.nonBlankLines((last + 1)...min(last + 60, source.lines.count))
        return source.date(on: notes.first { source[$0].hasPrefix("※") && source[$0].contains("実施報告書") })
    }
}
