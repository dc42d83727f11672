import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

@testable import Site

@Suite struct DatasetPagesTests {
    static var files: [String: String] {
        var files = DocumentPagesTests.files
        files["content/prefectures.csv"] = try? String(
            contentsOf: Repository.content.appendingPathComponent("prefectures.csv"), encoding: .utf8)
        files["content/data/test-centres.yaml"] = """
            id: "test-centres"
            title: "試験センター数"
            description: "都道府県別の設置数"
            shape: "prefectures"
            source:
              document: "test-doc"
              lines: "4-5"
            as_of:
              iso: "2020-02"
              wareki: "令和2年2月"
            columns:
              - key: "code"
                title: "都道府県コード"
                type: "prefecture"
              - key: "prefecture"
                title: "都道府県"
                type: "text"
              - key: "city"
                title: "指定都市"
                type: "city"
              - key: "centres"
                title: "設置数"
                type: "integer"
                unit: "箇所"
            totals:
              - column: "centres"
                label: "合計"
                value: "1300"
            checks:
              - id: "sum-centres"
                kind: "column-sum"
                title: "設置数の合計が原資料の合計と一致する"
                result: "mismatch"
                expected: "1300"
                actual: "1238"
                rows: ["13"]
                columns: ["centres"]
                explanation: "東京都の値が原資料の合計と合わない"
            """
        files["content/data/test-centres.csv"] = """
            code,prefecture,city,centres
            01,北海道,,12
            01,北海道,札幌市,3
            13,東京都,,1223
            47,沖縄県,,-

            """
        files["content/data/test-lost.yaml"] = """
            id: "test-lost"
            title: "失われた表"
            shape: "prefectures"
            source:
              document: "test-doc"
              lines: "6-7"
            columns: []
            unrecoverable: "○の位置がテキスト化で失われた"
            """
        return files
    }

    @Test func datasetIndexPageDownloadsAndQuality() throws {
        let site = try SharedSites.datasetPages.get()
        let index = try site.page("data/index.html")
        #expect(index.contains("<a class=\"dataset-title\" href=\"test-centres/index.html\">試験センター数</a>"))
        #expect(index.contains("4行・令和2年2月（2020年2月）・原資料 行 4–5"))
        #expect(index.contains("復元できない表：○の位置がテキスト化で失われた"))

        let page = try site.page("data/test-centres/index.html")
        #expect(page.contains("設置数（箇所）"))
        #expect(page.contains("1,223"))
        #expect(page.contains("1,300"))  // the stated total, in the footer
        #expect(page.contains("class=\"subrow"))  // 札幌市 under 北海道
        #expect(page.contains("東京都の値が原資料の合計と合わない"))
        #expect(page.contains("<svg"))
        #expect(page.contains("aria-labelledby=\"chart-test-centres-1-title chart-test-centres-1-desc\""))
        #expect(page.contains("href=\"../test-centres.csv\""))
        // 出典 leads to the dataset's table on its section page.
        #expect(page.contains("<dt>出典</dt><dd><a href=\"../../documents/test-doc/01-gaiyo/index.html#data-test-centres\">試験資料　１　概要</a>（<a href=\"../../documents/test-doc/source/index.html?to=5#L4\">原資料 001 行 4–5</a>）</dd>"))
        // Each chart is offered as an SVG file that says its source and date inside the drawing.
        #expect(page.contains("<a href=\"chart-test-centres-1.svg\" download>SVG形式で保存</a>"))
        let svg = try site.page("data/test-centres/chart-test-centres-1.svg")
        #expect(svg.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\"") && svg.contains("出典：試験資料　時点：令和2年2月"))
        #expect(page.contains("<span class=\"check-result\">不一致</span>"))

        let csv = try Data(contentsOf: site.output.appendingPathComponent("data/test-centres.csv"))
        #expect(csv.starts(with: [0xEF, 0xBB, 0xBF]))
        #expect(String(decoding: csv.dropFirst(3), as: UTF8.self).hasPrefix("都道府県コード,都道府県,指定都市,設置数（箇所）\n01,北海道,,12\n"))
        let json = try site.page("data/test-centres.json")
        #expect(json.contains("{\"code\": \"01\", \"prefecture\": \"北海道\", \"city\": null, \"centres\": 12}"))
        #expect(json.contains("\"centres\": \"-\""))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("data/test-lost.csv").path))

        let quality = try site.page("quality/index.html")
        #expect(quality.contains("検証 1件：不一致 1"))
        #expect(quality.contains("<a href=\"../data/test-centres/index.html\">試験センター数</a>：設置数の合計が原資料の合計と一致する"))
        #expect(quality.contains("原資料 1,300／計算 1,238"))
        #expect(quality.contains("<a href=\"../data/test-lost/index.html\">失われた表</a>"))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func everySVGIsWellFormedXML() throws {
        let site = try SharedSites.datasetPages.get()
        let page = try site.page("data/test-centres/index.html")
        let svgs = SiteAudit.matches(#"(<svg[\s\S]*?</svg>)"#, in: page)
        #expect(svgs.count == 4, "two charts, each a wide and a fluid drawing")
        for svg in svgs {
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
            #expect(svg.contains("<title") && svg.contains("<desc"))
        }
    }

    @Test func aCellThatIsNotANumberFailsTheBuild() throws {
        var files = Self.files
        files["content/data/test-centres.csv"] = "code,prefecture,city,centres\n01,北海道,,12箇所\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("data/test-centres.csv:2: “12箇所” in column centres is not a number")
        }
    }
}

/// Imported notes and checks that cite another dataset by its id show its title instead.
@Suite struct ReaderTextTests {
    static let titles = [(id: "shakai-homeless-h21", title: "都道府県別のホームレス数"), (id: "shakai-h", title: "短い")]

    @Test(arguments: [
        ("本文の表にあり、shakai-homeless-h21 として収録している。", "本文の表にあり、「都道府県別のホームレス数」として収録している。"),
        ("都道府県別の表（shakai-homeless-h21）の合計行", "都道府県別の表（都道府県別のホームレス数）の合計行"),
        ("一致（shakai-homeless-h21 と shakai-h）", "一致（「都道府県別のホームレス数」と「短い」）"),
        ("shakai-homeless-h21-extra と shakai-hx は別の語", "shakai-homeless-h21-extra と shakai-hx は別の語"),
        ("idのない文", "idのない文"),
    ])
    func idsBecomeTitles(text: String, expected: String) {
        #expect(ReaderText.replacingIDs(text, Self.titles) == expected)
    }
}
