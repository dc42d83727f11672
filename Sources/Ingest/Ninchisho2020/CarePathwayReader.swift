import Foundation
import Content
import Japanese

/// T1 認知症ケアパス 都道府県別作成状況: three prefectures per line, `name 作成済 作成中 未作成 率%`,
/// with the 計 row in the last group and the caption printed after the data.
///
/// Not a declaration: three prefectures share each line of PDF text and the caption follows the data; the declared layouts are pipe and tab-separated tables.
struct CarePathwayReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-care-pathways"
    static let caption = "認知症ケアパス 都道府県別作成状況"

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let captionLine = source.firstLine(containing: Self.caption) else {
            throw source.error(line: nil, "the caption “\(Self.caption)” is missing", fix: "restore the table T1 or unregister CarePathwayReader")
        }
        let lines = Ninchisho.dataLines(source, before: captionLine) { !Self.groups(in: $0).isEmpty }
        guard let first = lines.first, let last = lines.last else {
            throw source.error(line: captionLine, "no data rows before the caption", fix: "check the table T1 in the source")
        }
        var table = PrefectureRows(source: source, withCities: false)
        var totals: [StatedTotal] = []
        let keys = ["created", "in_progress", "not_created", "rate"]
        for line in lines {
            for group in Self.groups(in: source[line]) {
                let values = try zip(group.values, keys).map { try Cells.number($0, line: line, in: source, column: $1) }
                if case .aggregate? = PrefectureResolver.resolve(group.label) {
                    totals = zip(keys, values).map { StatedTotal(column: $0, label: group.label, value: $1, lines: SourceLines(first: line, last: line)) }
                } else {
                    try table.add(label: group.label, values: values, line: line)
                }
            }
        }
        let introLine = source.firstLine(containing: "認知症ケアパス作成状況調査", from: max(1, first - 120), before: first)
        var dataset = Dataset(
            id: Self.id, title: "認知症ケアパス 都道府県別作成状況",
            description: "都道府県ごとに、認知症ケアパスを作成済・作成中・未作成の市町村数と作成率。",
            shape: .prefectures, source: source.source(introLine ?? first, captionLine),
            asOf: Ninchisho.asOf(source, line: introLine),
            columns: table.keyColumns + [
                DatasetColumn(key: "created", title: "作成済市町村数", type: .integer, unit: "市町村"),
                DatasetColumn(key: "in_progress", title: "作成中市町村数", type: .integer, unit: "市町村"),
                DatasetColumn(key: "not_created", title: "未作成市町村数", type: .integer, unit: "市町村"),
                DatasetColumn(key: "rate", title: "作成率", type: .percent, unit: "%"),
            ],
            rows: try table.csvRows(tableLines: first...last), totals: totals,
            notes: ["原資料の出典注記: 認知症施策推進室調べ。"],
            charts: [ChartSpec(kind: .tileMap, columns: ["rate"]), ChartSpec(kind: .rankedBar, columns: ["rate"])])
        dataset.checks = ["created", "in_progress", "not_created"].map { DatasetChecks.columnSum(dataset, column: $0) } + [
            DatasetChecks.rate(
                dataset, id: "rate-rows", title: "各都道府県の作成率が 作成済÷(作成済＋作成中＋未作成) と一致する", rate: "rate",
                numerator: "created", denominator: ["created", "in_progress", "not_created"], decimals: 1),
        ]
        return [dataset]
    }

    /// `(label, [4 cells])` for every `name n n n r%` group on a line.
    static func groups(in line: String) -> [(label: String, values: [String])] {
        let tokens = Ninchisho.tokens(line)
        var groups: [(String, [String])] = []
        var index = 0
        while index + 4 < tokens.count {
            let cells = Array(tokens[index + 1...index + 4])
            if !Ninchisho.isNumber(tokens[index]), cells.allSatisfy(Ninchisho.isNumber), cells[3].hasSuffix("%") {
                groups.append((tokens[index], cells))
                index += 5
            } else {
                index += 1
            }
        }
        return groups
    }
}
