import Foundation
import Content
import Japanese

/// R6 若年性認知症支援コーディネーター設置事業実施都道府県一覧: groups `name ○|－ 人員|－`, four per
/// line (the fourth the designated cities), with the summaries `都道府県 47 106` and `指定都市 4 7`
/// mixed into the first line.
///
/// Not a declaration: four groups of ○ and counts per line of PDF text, with summaries mixed into the first line.
struct YoungOnsetCoordinatorReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-young-onset-coordinators"
    static let caption = "若年性認知症支援コーディネーター設置事業実施都道府県一覧"

    func read(_ source: SourceText) throws -> [Dataset] {
        let captionLine = try source.requireCaption(containing: Self.caption)
        var table = PrefectureRows(source: source, withCities: true)
        var summaries: [String: (places: String, people: String, line: Int)] = [:]
        var first: Int?
        var last = captionLine
        for line in captionLine + 1 ..< source.lines.count + 1 {
            let text = JapaneseText.foldWidth(source[line]).trimmingSpaces()
            if text.isEmpty || text.hasPrefix("※") || PipeTable.tokens(text).allSatisfy({ $0 == "設置" || $0 == "人員" }) { continue }
            let tokens = PipeTable.tokens(text)
            var index = 0
            var found = false
            while index + 2 < tokens.count {
                let (name, mark, count) = (tokens[index], tokens[index + 1], tokens[index + 2])
                if (name == "都道府県" || name == "指定都市"), Ninchisho.isNumber(mark), Ninchisho.isNumber(count) {
                    summaries[name] = (mark, count, line)
                } else if mark == "○" || NumberCell.parse(mark) == NumberCell.none {
                    guard Ninchisho.isNumber(count) || NumberCell.parse(count) == NumberCell.none else {
                        throw source.error(line: line, "the 人員 of \(name) is “\(count)”, not a number or －", fix: "check the row in the source")
                    }
                    try table.add(label: name, values: [mark == "○" ? "○" : "－", try Cells.number(count, line: line, in: source, column: "coordinators")], line: line)
                } else {
                    throw source.error(line: line, "“\(name) \(mark) \(count)” is not a `name ○|－ 人員` group", fix: "check the line in the source")
                }
                found = true
                index += 3
            }
            guard found, index == tokens.count else {
                if found { throw source.error(line: line, "stray text after the last group", fix: "check the line in the source") }
                break
            }
            first = first ?? line
            last = line
        }
        guard let first else { throw source.error(line: captionLine, "no rows after the caption", fix: "check the list R6 in the source") }
        let basisLine = source.firstLine(containing: "年度若年性認知症施策総合事業", from: captionLine, before: first)
        var totals: [StatedTotal] = []
        for label in ["都道府県", "指定都市"] {
            if let summary = summaries[label] {
                totals.append(StatedTotal(column: "coordinators", label: label, value: try Cells.number(summary.people, line: summary.line, in: source, column: "coordinators"), lines: SourceLines(first: summary.line, last: summary.line)))
            }
        }
        var dataset = Dataset(
            id: Self.id, title: "",
            shape: .prefectures, source: source.source(captionLine, last),
            asOf: source.date(on: basisLine),
            columns: table.keyColumns + [
                DatasetColumn(key: "established", title: "設置", type: .text),
                DatasetColumn(key: "coordinators", title: "人員", type: .integer, unit: "人"),
            ],
            rows: try table.csvRows(tableLines: first...last), totals: totals,
            charts: [ChartSpec(kind: .rankedBar, columns: ["coordinators"])])
        var checks: [DatasetCheck] = []
        for (label, isCity) in [("都道府県", false), ("指定都市", true)] {
            checks.append(DatasetChecks.columnSum(
                dataset, column: "coordinators", label: label, id: "sum-coordinators-\(isCity ? "cities" : "prefectures")",
                title: "\(label)の人員の合計が原資料の集計と一致する",
                including: { dataset.isPrefectureRow($0) != isCity }))
            if let summary = summaries[label], let stated = Int(summary.places) {
                let placed = dataset.rows.indices.filter { dataset.isPrefectureRow($0) != isCity && dataset.rows[$0][3] == "○" }.count
                checks.append(DatasetChecks.count(
                    id: "count-established-\(isCity ? "cities" : "prefectures")", title: "設置済みの\(label)の数が原資料の集計と一致する",
                    expected: stated, actual: placed))
            }
        }
        dataset.checks = checks
        return [dataset]
    }
}
