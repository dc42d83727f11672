import Content
import Foundation
import Japanese

/// R7, the supporter statistics (令和元年12月31日現在): the clean lines of R7 (totals, ③ by
/// audience) become datasets; R8 (by sex and age) is a declared table, and the charts whose
/// values lost their labels (R7 ① by year, R9, R10) are declared unrecoverable, in
/// content/sources/ninchisho-2020.tables.yaml.
///
/// Not a declaration: several tables and charts in one run of PDF text, of which only the clean lines can be read.
struct SupporterReader: TableReader {
    static let document = Ninchisho.document
    static let summaryID = "ninchisho-supporters"
    static let byAudienceID = "ninchisho-supporters-by-audience"

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let heading = source.firstLine(containing: "認知症サポーターの人数（平成17年度からの累計）") else {
            throw source.error(line: nil, "the heading “認知症サポーターの人数（平成17年度からの累計）” is missing", fix: "restore R7 or unregister SupporterReader")
        }
        let dateLine = source.firstLine(containing: "令和元年12月31日現在", from: heading, before: heading + 10)
        let asOf = source.date(on: dateLine)
        return [
            try summary(source, heading: heading, asOf: asOf),
            try byAudience(source, heading: heading, asOf: asOf),
        ]
    }

    /// Numbers on a line, in order (`12,178,636人` → 12178636).
    static func numbers(_ text: String) -> [Decimal] {
        JapaneseText.foldWidth(text).matches(of: #/[0-9][0-9,]*(\.[0-9]+)?/#).compactMap {
            NumberCell.parse(String($0.output.0))?.value
        }
    }

    private func summary(_ source: SourceText, heading: Int, asOf: DatasetDate?) throws -> Dataset {
        guard let totalLine = source.firstLine(containing: "認知症サポーター数 (キャラバン・メイト", from: heading, before: heading + 10),
              let supporterLine = source.firstLine(containing: "◎認知症サポーター数", from: heading, before: heading + 20),
              let mateLine = source.firstLine(containing: "◎キャラバン・メイト数", from: heading, before: heading + 20)
        else {
            throw source.error(line: heading, "the lines 合計 / ◎認知症サポーター数 / ◎キャラバン・メイト数 are missing", fix: "check R7 in the source")
        }
        let supporters = Self.numbers(source[supporterLine])
        let mates = Self.numbers(source[mateLine])
        guard let total = Self.numbers(source[totalLine]).last, supporters.count == 2, mates.count == 2 else {
            throw source.error(line: supporterLine, "expected a number of people and of courses on each ◎ line", fix: "check R7 in the source")
        }
        var dataset = Dataset(
            id: Self.summaryID, title: "",
            shape: .list, source: source.source(heading, mateLine), asOf: asOf,
            columns: [
                DatasetColumn(key: "kind", title: "区分", type: .text),
                DatasetColumn(key: "people", title: "人数", type: .integer, unit: "人"),
                DatasetColumn(key: "sessions", title: "開催回数（サポーター養成講座／メイト養成研修）", type: .integer, unit: "回", additive: false),
            ],
            rows: [
                ["認知症サポーター", Cells.format(supporters[0]), Cells.format(supporters[1])],
                ["キャラバン・メイト", Cells.format(mates[0]), Cells.format(mates[1])],
            ],
            totals: [StatedTotal(column: "people", label: "合計", value: Cells.format(total), lines: SourceLines(first: totalLine, last: totalLine))])
        dataset.checks = [DatasetChecks.columnSum(dataset, column: "people", title: "サポーター数＋キャラバン・メイト数が原資料の合計と一致する")]
        return dataset
    }

    private func byAudience(_ source: SourceText, heading: Int, asOf: DatasetDate?) throws -> Dataset {
        guard let start = source.firstLine(containing: "受講対象者分類別のサポーター数、講座開催回数の内訳", from: heading, before: heading + 80) else {
            throw source.error(line: heading, "the breakdown ③ 受講対象者分類別 is missing", fix: "check R7 in the source")
        }
        var found: [Int: (label: String, people: String, sessions: String, line: Int)] = [:]
        var totalLine: Int?
        var line = start + 1
        while line < min(start + 40, source.lines.count), found.count < 5 || totalLine == nil {
            let tokens = PipeTable.tokens(source[line])
            if tokens.count == 4, let number = Int(tokens[0]), (1...5).contains(number), Ninchisho.isNumber(tokens[2]), Ninchisho.isNumber(tokens[3]) {
                found[number] = (tokens[1], try Cells.number(tokens[2], line: line, in: source, column: "people"), try Cells.number(tokens[3], line: line, in: source, column: "sessions"), line)
            } else if totalLine == nil, JapaneseText.matchKey(source[line]).hasPrefix("合計"), Self.numbers(source[line]).count == 1 {
                totalLine = line
            }
            line += 1
        }
        guard found.count == 5, let totalLine, let total = Self.numbers(source[totalLine]).first else {
            throw source.error(line: start, "expected the five audience rows 1 住民 … 5 介護サービス and a 合計 line", fix: "check R7 ③ in the source")
        }
        let ordered = (1...5).compactMap { found[$0] }
        // The pie chart below repeats each category with its share: `label` / `people` / `NN.N%`.
        var shares: [String: (String, Int)] = [:]
        for row in ordered {
            let entry = SupporterBreakdownReader.pieEntry(source, label: row.label, in: line...min(line + 59, source.lines.count))
            if let entry, entry.0 == row.people { shares[row.label] = (entry.1, entry.2) }
        }
        let sessionsTotal = source.firstLine(containing: "◎認知症サポーター数", from: heading, before: start)
        var totals = [StatedTotal(column: "people", label: "合計", value: Cells.format(total), lines: SourceLines(first: totalLine, last: totalLine))]
        if let sessionsTotal, let value = Self.numbers(source[sessionsTotal]).last {
            totals.append(StatedTotal(column: "sessions", label: "講座開催回数（内訳の冒頭）", value: Cells.format(value), lines: SourceLines(first: sessionsTotal, last: sessionsTotal)))
        }
        let lastLine = shares.values.map(\.1).max() ?? totalLine
        var dataset = Dataset(
            id: Self.byAudienceID, title: "",
            shape: .list, source: source.source(start, lastLine), asOf: asOf,
            columns: [
                DatasetColumn(key: "audience", title: "対象者分類", type: .text),
                DatasetColumn(key: "people", title: "サポーター数", type: .integer, unit: "人"),
                DatasetColumn(key: "sessions", title: "講座開催回数", type: .integer, unit: "回"),
                DatasetColumn(key: "share", title: "構成比（サポーター数）", type: .percent, unit: "%"),
            ],
            rows: ordered.map { [$0.label, $0.people, $0.sessions, shares[$0.label]?.0 ?? ""] },
            totals: totals,
            charts: [ChartSpec(kind: .composition, columns: ["people"])])
        dataset.checks = [
            DatasetChecks.columnSum(dataset, column: "people"),
            DatasetChecks.columnSum(dataset, column: "sessions", title: "講座開催回数の合計が原資料の講座開催回数と一致する"),
            shares.count == 5
                ? DatasetChecks.rate(dataset, id: "share-rows", title: "構成比がサポーター数÷合計と一致する", rate: "share", numerator: "people", denominator: [], decimals: 1, fixedDenominator: total)
                : DatasetChecks.notCheckable(id: "share-rows", kind: .other, title: "構成比がサポーター数÷合計と一致する", reason: "円グラフの構成比が一部読み取れない"),
        ]
        return dataset
    }
}
