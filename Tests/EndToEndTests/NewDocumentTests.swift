import Foundation
import Japanese
import Testing

import Content
import Ingest

/// A fourth document of the same kind needs only its source file and a declaration of its tables:
/// import and build turn it into dataset pages, prefecture panels and checks, and a stated total
/// that disagrees with its rows shows as a mismatch.
@Suite struct NewDocumentTests {
    /// Per prefecture k: 10k consultations, 6k by women, 4k by men; 札幌市 apart with 30 = 20 + 10.
    /// The stated 計 of women is one more than the rows add up to.
    static var source: String {
        let prefectures = Prefecture.all.map { "| \($0.name) | \(10 * $0.code) | \(6 * $0.code) | \(4 * $0.code) |" }
        // 表4 as PDF text: two prefectures per line, blank lines between, the caption under the data.
        let groups = Prefecture.all.map { "\($0.name) \($0.code) \($0.code) 100.0%" } + ["計 1,128 1,128 100.0%"]
        let counters = stride(from: 0, to: groups.count, by: 2).flatMap { [groups[$0..<min($0 + 2, groups.count)].joined(separator: " "), ""] }
        return (["# 相談統計資料（試作）", "", "# 目 次", "", "| 項目 | 頁 |", "|--|--|",
                 "| 1 都道府県別の相談件数 ..... | 1 |", "| 2 相談件数の推移 ..... | 2 |", "",
                 "# 1 都道府県別の相談件数", "", "表1 都道府県別の相談件数", "",
                 "| 都道府県 | 相談件数 | うち女性 | うち男性 |", "|---|---|---|---|"]
            + prefectures + ["| 札幌市 | 30 | 20 | 10 |", "| 計 | 11,310 | 6,789 | 4,522 |", "",
                             "表2 相談内容別の件数", "（令和2年3月31日現在）", "", "区分\t件数", "生活\t700", "就労\t400", "住まい\t31", "計\t1131", "",
                             "# 2 相談件数の推移", "", "表3 相談件数の推移", "",
                             "| 年度 | 相談件数 |", "|---|---|", "| 平成30年度 | 9,000 |", "| 令和元年度 | 10,200 |",
                             "| 2 | 11,310 |", "",
                             // 表5 newest first under its 累計 row; 図1 lost its numbers.
                             "表5 月別の相談件数", "", "| 月 | 相談件数 |", "|---|---|", "| 累 計 | 30 |",
                             "| 令和2年 3月 | 8 |", "| 令和2年 2月 | 12 |", "| 令和2年 1月 | 10 |", "",
                             "図1 相談件数の推移（グラフ）", ""] + counters + ["※試作調べ", "表4 都道府県別の窓口数"])
            .joined(separator: "\n") + "\n"
    }

    static let declarations = """
        tables:
          - id: demo-consultations
            title: 都道府県別の相談件数
            description: 都道府県・指定都市別の相談件数。
            caption: 表1 都道府県別の相談件数
            rows: prefectures-and-cities
            as_of: {iso: "2020-03", wareki: 令和2年3月}
            columns:
              - {source: 1, key: total, title: 相談件数, unit: 件}
              - {source: 2, key: women, title: うち女性, unit: 件}
              - {source: 3, key: men, title: うち男性, unit: 件}
            notes: ["指定都市の件数は道府県の行に含まれない。"]
            checks:
              - column_sum: total
              - column_sum: women
              - row_sum: total
                parts: [women, men]
                id: total-is-women-men
                title: 相談件数が女性と男性の合計と一致する
          - id: demo-consultation-topics
            title: 相談内容別の件数
            description: 相談内容の区分別の件数。
            caption: 表2 相談内容別の件数
            layout: tsv
            rows: categories
            as_of: {line_containing: 現在}
            columns:
              - {source: 1, key: count, title: 件数, unit: 件}
            checks:
              - column_sum: count
          - id: demo-consultation-years
            title: 相談件数の推移
            description: 年度別の相談件数。
            caption: 表3 相談件数の推移
            rows: years
            columns:
              - {source: 1, key: total, title: 相談件数, unit: 件}
          - id: demo-counters
            title: 都道府県別の窓口数
            description: 都道府県別の窓口数と常設の窓口数。
            caption: 表4 都道府県別の窓口数
            caption_position: after
            layout: text-groups
            columns:
              - {source: 1, key: counters, title: 窓口数, unit: か所}
              - {source: 2, key: staffed, title: 常設の窓口数, unit: か所}
              - {source: 3, key: rate, title: 常設率, type: percent, unit: "%"}
            checks:
              - column_sum: counters
              - rate: rate
                numerator: staffed
                denominator: [counters]
                decimals: 1
                id: rate-rows
                title: 常設率が常設÷窓口数と一致する
          - id: demo-monthly
            title: 月別の相談件数
            description: 月別の相談件数。
            caption: 表5 月別の相談件数
            rows: years
            row_label: {key: month, title: 月}
            order: chronological
            totals_label: 累計
            columns:
              - {source: 1, key: total, title: 相談件数, unit: 件}
            checks:
              - column_sum: total
                title: 相談件数の各月の合計が原資料の累計行と一致する
          - id: demo-chart
            title: 相談件数の推移（グラフ）
            description: グラフとして示されていた図。
            caption: 図1 相談件数の推移
            rows: years
            unrecoverable: "グラフの数値が原資料に残っていない。"
        """

    static let catalog = """
        sources:
          - id: demo-2020
            file: demo.md
            title: 相談統計資料（試作）
            issuer: 試作
            date: {iso: "2020-03", wareki: 令和2年3月}
            format: pdf-markdown
            publication: null
        """

    @Test func declaredTablesOfANewDocumentReachEveryPage() throws {
        let folder = EndToEnd.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let sources = content.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        for item in ["site.yaml", "prefectures.csv"] {
            try FileManager.default.copyItem(
                at: EndToEnd.repository.appendingPathComponent("content/\(item)"), to: content.appendingPathComponent(item))
        }
        try Self.source.write(to: sources.appendingPathComponent("demo.md"), atomically: true, encoding: .utf8)
        try Self.catalog.write(to: sources.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        try Self.declarations.write(to: sources.appendingPathComponent("demo-2020.tables.yaml"), atomically: true, encoding: .utf8)

        // Only the generic reader: the shipped documents' own readers have no document here.
        let loaded = try ImportSources.load(contentDirectory: content)
        _ = try DocumentImporter().run(contentDirectory: content, sources: loaded)
        let report = try DatasetImporter(readers: [], crossChecks: []).run(contentDirectory: content, sources: loaded)
        #expect(report.datasets.map(\.id) == [
            "demo-chart", "demo-consultation-topics", "demo-consultation-years", "demo-consultations", "demo-counters", "demo-monthly",
        ])
        // The broken 計 shows twice: against the rows' sum, and in its own row's women + men.
        #expect(report.mismatches == [
            "demo-consultations/sum-women: 6789 ≠ 6788", "demo-consultations/total-is-women-men-total: 11310 ≠ 11311",
        ])

        let csv = { (id: String) in try String(contentsOf: content.appendingPathComponent("data/\(id).csv"), encoding: .utf8) }
        #expect(try csv("demo-consultations").contains("\n01,北海道,,10,6,4\n01,北海道,札幌市,30,20,10\n02,青森県,,20,12,8\n"))
        #expect(try csv("demo-consultation-topics").contains("\n住まい,31\n"))
        #expect(try csv("demo-counters").contains("\n13,東京都,13,13,100\n"))
        let topics = try String(contentsOf: content.appendingPathComponent("data/demo-consultation-topics.yaml"), encoding: .utf8)
        #expect(topics.contains("as_of:\n  iso: \"2020-03-31\"\n  wareki: \"令和2年3月31日\""))
        #expect(try csv("demo-consultation-years").contains("\n2018,平成30年度,9000\n2019,令和元年度,10200\n2020,令和2年度,11310\n"))
        #expect(try csv("demo-monthly").hasSuffix("month,label,total\n2020-01,令和2年1月,10\n2020-02,令和2年2月,12\n2020-03,令和2年3月,8\n"))
        let monthly = try #require(report.datasets.first { $0.id == "demo-monthly" })
        let monthlySum = monthly.checks.first { $0.id == "sum-total" }
        #expect(monthlySum?.result == .pass && monthlySum?.title == "相談件数の各月の合計が原資料の累計行と一致する")
        let chart = try #require(report.datasets.first { $0.id == "demo-chart" })
        #expect(chart.unrecoverable == "グラフの数値が原資料に残っていない。" && chart.rows.isEmpty)

        let output = folder.appendingPathComponent("public")
        let read = try EndToEnd.build(content: content, output: output)
        let page = try read("data/demo-consultations/index.html")
        #expect(page.contains("原資料 6,789／計算 6,788"))
        #expect(page.contains("data-value=\"11310\""))  // 札幌市's total, a sortable number cell
        let quality = try read("quality/index.html")
        #expect(quality.contains("うち女性の47都道府県と指定都市の合計が原資料の計行と一致する"))
        #expect(try read("data/demo-consultation-topics/index.html").contains("住まい"))
        #expect(try read("data/demo-consultation-years/index.html").contains("令和元年度"))
        #expect(try read("data/demo-counters/index.html").contains("常設率が常設÷窓口数と一致する"))
        let hokkaido = try read("prefectures/hokkaido/index.html")
        #expect(hokkaido.contains("<td class=\"num\">10件</td>"))
        #expect(hokkaido.contains("札幌市"))
        #expect(try read("data/demo-chart/index.html").contains("グラフの数値が原資料に残っていない。"))
        #expect(try read("data/demo-monthly/index.html").contains("令和2年2月"))
    }

    /// A mistake in the declarations stops the import with the YAML file and line.
    @Test(arguments: [
        ("type: percent, unit: \"%\"}", "type: ratio, unit: \"%\"}", "unknown column type `ratio`"),
        ("caption: 表2 相談内容別の件数", "caption: 表9 ない表", "caption 「表9 ない表」"),
    ])
    func aDeclarationMistakeNamesItsLine(_ original: String, _ broken: String, _ problem: String) throws {
        let (error, line) = try Self.importError(replacing: original, with: broken)
        #expect(error.description.hasPrefix("content/sources/demo-2020.tables.yaml:\(line): "), "\(error)")
        #expect(error.description.contains(problem), "\(error)")
    }

    /// A table declared as prefectures whose rows are not: the error is at the source row and
    /// names the declaration's file and line.
    @Test func aRowThatIsNotAPrefectureNamesTheDeclaration() throws {
        let original = "caption: 表2 相談内容別の件数\n    layout: tsv\n    rows: categories"
        let (error, _) = try Self.importError(replacing: original, with: original.replacingOccurrences(of: "categories", with: "prefectures"))
        let entry = try #require(Self.declarations.components(separatedBy: "\n").firstIndex { $0.contains("id: demo-consultation-topics") }) + 1
        #expect(error.description.hasPrefix("content/sources/demo.md:"), "\(error)")
        #expect(error.description.contains("「生活」 is not a prefecture"), "\(error)")
        #expect(error.description.contains("declared at content/sources/demo-2020.tables.yaml:\(entry)"), "\(error)")
    }

    /// The error of a dataset import whose declarations have `original` replaced, and the line
    /// of the replacement.
    static func importError(replacing original: String, with broken: String) throws -> (ContentError, Int) {
        let folder = EndToEnd.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = folder.appendingPathComponent("content")
        let sources = content.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        let yaml = Self.declarations.replacingOccurrences(of: original, with: broken)
        #expect(yaml != Self.declarations, "the declarations should hold \(original)")
        let line = (yaml.components(separatedBy: "\n").firstIndex { $0.contains(broken.components(separatedBy: "\n")[0]) } ?? -1) + 1
        try Self.source.write(to: sources.appendingPathComponent("demo.md"), atomically: true, encoding: .utf8)
        try Self.catalog.write(to: sources.appendingPathComponent("sources.yaml"), atomically: true, encoding: .utf8)
        try yaml.write(to: sources.appendingPathComponent("demo-2020.tables.yaml"), atomically: true, encoding: .utf8)
        let error = try #require(throws: ContentError.self) {
            try DatasetImporter(readers: [], crossChecks: []).run(contentDirectory: content)
        }
        return (error, line)
    }
}
