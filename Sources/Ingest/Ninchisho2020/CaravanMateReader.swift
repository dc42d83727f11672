import Foundation
import Content
import Japanese

/// R11 都道府県別キャラバン・メイト数、認知症サポーター数: `name` + 12 numbers per line, the 全国
/// row first, the header repeated after 高知県, then 11 overseas 日系人会 rows whose blank cells
/// were dropped.
///
/// Not a declaration: PDF text with its header repeated mid-table and overseas rows whose blank cells were dropped; the declared layouts are pipe and tab-separated tables.
struct CaravanMateReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-caravan-mates"
    static let caption = "都道府県別キャラバン・メイト数、認知症サポーター数"

    static let columns = [
        DatasetColumn(key: "population", title: "総人口", type: .integer, unit: "人"),
        DatasetColumn(key: "elderly", title: "65歳以上人口", type: .integer, unit: "人"),
        DatasetColumn(key: "ageing_rate", title: "高齢化率", type: .percent, unit: "%"),
        DatasetColumn(key: "courses", title: "サポーター講座開催回数", type: .integer, unit: "回"),
        DatasetColumn(key: "mates", title: "メイト数", type: .integer, unit: "人"),
        DatasetColumn(key: "active_mates", title: "活動メイト数", type: .integer, unit: "人"),
        DatasetColumn(key: "inactive_mates", title: "非活動メイト数", type: .integer, unit: "人"),
        DatasetColumn(key: "supporters", title: "サポーター数", type: .integer, unit: "人"),
        DatasetColumn(key: "total", title: "合計（メイト数＋サポーター数）", type: .integer, unit: "人"),
        DatasetColumn(key: "share", title: "総人口に占める割合（メイト＋サポーター）", type: .percent, unit: "%"),
        DatasetColumn(key: "elderly_per_person", title: "メイト＋サポーター1人当たり担当高齢者人口", type: .decimal, unit: "人", additive: false),
        DatasetColumn(key: "courses_per_10k", title: "総人口10000人当たりの講座開催回数", type: .decimal, unit: "回", additive: false),
    ]

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let captionLine = source.firstLine(containing: Self.caption) else {
            throw source.error(line: nil, "the caption “\(Self.caption)” is missing", fix: "restore the table R11 or unregister CaravanMateReader")
        }
        let keys = Self.columns.map(\.key)
        var table = PrefectureRows(source: source, withCities: false)
        var totals: [StatedTotal] = []
        var first: Int?
        var last = captionLine
        var line = captionLine + 1
        while line <= source.lines.count {
            defer { line += 1 }
            let tokens = Ninchisho.tokens(source[line])
            guard let head = tokens.first, let match = PrefectureResolver.resolve(head) else {
                // Notes such as ※令和元年12月31日現在 also stand inside the repeated header.
                if table.rows.count >= Prefecture.all.count, JapaneseText.foldWidth(source[line]).trimmingSpaces.hasPrefix("※") { break }
                continue
            }
            guard tokens.count == 13, tokens.dropFirst().allSatisfy(Ninchisho.isNumber) else {
                throw source.error(line: line, "the row for \(head) does not have the 12 numbers of the table", fix: "check the row in the source")
            }
            let values = try zip(keys, tokens.dropFirst()).map { try Cells.number($1, line: line, in: source, column: $0) }
            first = first ?? line
            last = line
            if case .aggregate = match {
                totals = zip(keys, values).map { StatedTotal(column: $0, label: head, value: $1, lines: SourceLines(first: line, last: line)) }
            } else {
                try table.add(label: head, values: values, line: line)
            }
        }
        guard let first else {
            throw source.error(line: captionLine, "no rows after the caption", fix: "check the table R11 in the source")
        }
        let overseas = Self.overseasLines(source, after: last)
        let noteLines = Self.noteLines(source, after: last)
        var dataset = Dataset(
            id: Self.id, title: "都道府県別キャラバン・メイト数、認知症サポーター数",
            description: "自治体型の認知症サポーター養成の都道府県別実績: 人口、講座開催回数、キャラバン・メイト数（活動・非活動）、サポーター数とその人口比。",
            shape: .prefectures, source: source.source(captionLine, noteLines.last ?? last),
            asOf: Self.reportDate(source, after: last),
            columns: table.keyColumns + Self.columns,
            rows: try table.csvRows(tableLines: first...last), totals: totals,
            notes: noteLines.map { JapaneseText.foldWidth(source[$0]).trimmingSpaces } + [
                "海外の日系人会\(overseas.count)団体の行（\(overseas.map(String.init).joined(separator: "・"))行）は含めない。都道府県ではなく、また一部の行は空欄が詰められてどの列の数値か特定できない。全国の行もこれらを含まない。",
            ],
            charts: [ChartSpec(kind: .tileMap, columns: ["share"]), ChartSpec(kind: .rankedBar, columns: ["courses_per_10k"])])
        var checks = ["population", "elderly", "courses", "mates", "active_mates", "inactive_mates", "supporters", "total"].map { key in
            DatasetChecks.columnSum(
                dataset, column: key,
                explanation: key == "elderly" ? "原資料の都道府県の値の合計と全国の値が一致しない（原資料の不一致）" : nil)
        }
        checks += DatasetChecks.rowIdentity(dataset, id: "identity-mates", title: "メイト数＝活動メイト数＋非活動メイト数", result: "mates", plus: ["active_mates", "inactive_mates"])
        checks += DatasetChecks.rowIdentity(dataset, id: "identity-total", title: "合計＝メイト数＋サポーター数", result: "total", plus: ["mates", "supporters"])
        checks += [
            DatasetChecks.rate(dataset, id: "share-rows", title: "総人口に占める割合＝合計÷総人口", rate: "share", numerator: "total", denominator: ["population"], decimals: 3),
            DatasetChecks.rate(dataset, id: "ageing-rate-rows", title: "高齢化率＝65歳以上人口÷総人口", rate: "ageing_rate", numerator: "elderly", denominator: ["population"], decimals: 1),
            DatasetChecks.rate(dataset, id: "courses-per-10k-rows", title: "1万人当たり開催回数＝開催回数÷総人口×10000", rate: "courses_per_10k", numerator: "courses", denominator: ["population"], scale: 10000, decimals: 3),
            DatasetChecks.rate(dataset, id: "elderly-per-person-rows", title: "1人当たり担当高齢者人口＝65歳以上人口÷合計", rate: "elderly_per_person", numerator: "elderly", denominator: ["total"], scale: 1, decimals: 1),
        ]
        dataset.checks = checks
        return [dataset]
    }

    /// Lines holding the overseas rows: a label of 日系人会 followed by `（国名） numbers`.
    static func overseasLines(_ source: SourceText, after last: Int) -> [Int] {
        source.nonBlankLines((last + 1)...min(last + 60, source.lines.count)).filter { source[$0].contains("日系人会") }
    }

    /// The `※` notes printed under the table that ends at `last`.
    static func noteLines(_ source: SourceText, after last: Int) -> [Int] {
        source.nonBlankLines((last + 1)...min(last + 60, source.lines.count)).filter {
            JapaneseText.foldWidth(source[$0]).trimmingSpaces.hasPrefix("※")
        }
    }

    /// The date of the report the table is drawn from, as its note under the table states it; nil
    /// (no as-of date) rather than a guess when the note is missing.
    static func reportDate(_ source: SourceText, after last: Int) -> DatasetDate? {
        Ninchisho.asOf(source, line: noteLines(source, after: last).first { source[$0].contains("実施報告書") })
    }
}
