import Foundation
import Testing

@testable import Site

@Suite struct PrefecturePagesTests {
    @Test func fortySevenPagesInJISOrderWithTheirPanels() throws {
        let site = try SharedSites.datasetPages.get()
        let index = try site.page("prefectures/index.html")
        let names = SiteAudit.matches(#"<th scope="row"[^>]*><a href="[a-z-]+/index.html">([^<]+)</a>"#, in: index)
        #expect(names.count == 47)
        #expect(names.first == "北海道" && names[12] == "東京都" && names.last == "沖縄県")
        #expect(index.contains("<dt>東北</dt><dd><a href=\"aomori/index.html\">青森県</a> <a href=\"iwate/index.html\">岩手県</a>"))
        for slug in ["hokkaido", "tokyo", "okinawa"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("prefectures/\(slug)/index.html").path))
        }

        let tokyo = try site.page("prefectures/tokyo/index.html")
        #expect(tokyo.contains("<h1>東京都<span class=\"region\">関東地方</span></h1>"))
        #expect(tokyo.contains("<tr><th scope=\"row\">設置数</th><td class=\"num\">1,223箇所</td><td class=\"num\">1位／3</td><td class=\"num\">94.1%</td></tr>"))
        #expect(tokyo.contains("全国に占める割合は原資料の合計に対する値です。"))
        #expect(tokyo.contains("東京都の値が原資料の合計と合わない"))
        #expect(tokyo.contains("rel=\"prev\" href=\"../chiba/index.html\""))
        #expect(tokyo.contains("rel=\"next\" href=\"../kanagawa/index.html\""))
        #expect(tokyo.contains("href=\"#test-centres\""))

        let hokkaido = try site.page("prefectures/hokkaido/index.html")
        #expect(hokkaido.contains("<span class=\"city-name\">札幌市</span>設置数 3箇所"))
        #expect(hokkaido.contains("<td class=\"num\">12箇所</td>"))
        // A dash is said once, in its own line, not as a value.
        #expect(try site.page("prefectures/okinawa/index.html").contains("<p class=\"missing\">原資料で「－」（該当なし）：設置数</p>"))
        // A table without the prefecture is one link in one line, not a panel.
        let aomori = try site.page("prefectures/aomori/index.html")
        #expect(aomori.contains("<p class=\"absent\">青森県の記載がない表：<a href=\"../../data/test-centres/index.html\">試験センター数</a>"))
        #expect(!aomori.contains("<section class=\"panel\" id=\"test-centres\""))
        #expect(SiteAudit.problems(in: site.output) == [])
        #expect(try PanelAudit.problems(site: site.output, content: site.content) == [])
    }

    @Test func datasetChartsAndTablesLinkToPrefecturePages() throws {
        let site = try SharedSites.datasetPages.get()
        let page = try site.page("data/test-centres/index.html")
        #expect(page.contains("href=\"../../prefectures/tokyo/index.html\""))
    }

    @Test func changedSourceValueReachesThePrefecturePage() throws {
        var files = DatasetPagesTests.files
        files["content/data/test-centres.csv"] = files["content/data/test-centres.csv"]?
            .replacingOccurrences(of: "13,東京都,,1223", with: "13,東京都,,1224")
        let site = try FixtureSite.built(files)
        #expect(try site.page("prefectures/tokyo/index.html").contains("<td class=\"num\">1,224箇所</td>"))
        #expect(try PanelAudit.problems(site: site.output, content: site.content) == [])
    }

    /// The hand-written key indicators: the summary ranks by the rate, and the index maps and
    /// tabulates the same values.
    @Test func keyIndicatorsOpenThePageRankedByTheirRate() throws {
        var files = DatasetPagesTests.files
        files["content/data/test-centres.yaml"] = files["content/data/test-centres.yaml"]?.replacingOccurrences(
            of: "    unit: \"箇所\"\n",
            with: "    unit: \"箇所\"\n  - key: \"areas\"\n    title: \"圏域数\"\n    type: \"integer\"\n    unit: \"圏域\"\n")
        files["content/data/test-centres.csv"] = """
            code,prefecture,city,centres,areas
            01,北海道,,12,50
            01,北海道,札幌市,3,
            13,東京都,,1223,10000
            47,沖縄県,,-,5

            """
        files["content/prefectures/indicators.yaml"] = """
            indicators:
              - dataset: test-centres
                column: centres
                label: センター
                denominator: areas
                rate_label: 圏域あたり
                count_label: 設置
            """
        let site = try FixtureSite.built(files)
        // 北海道 has fewer centres than 東京都 but the higher rate (24% against 12.2%), so it ranks first.
        let hokkaido = try site.page("prefectures/hokkaido/index.html")
        #expect(hokkaido.contains("<a href=\"#test-centres\">圏域あたり</a><span class=\"key-detail\">設置 12箇所</span></th><td class=\"num\"><span class=\"key-value\">24.0%</span></td><td class=\"num\">1位<span class=\"key-of\">／2</span></td>"))
        let tokyo = try site.page("prefectures/tokyo/index.html")
        #expect(tokyo.contains("<span class=\"key-value\">12.2%</span></td><td class=\"num\">2位<span class=\"key-of\">／2</span></td>"))
        // A dash is no value and no rank.
        let okinawa = try site.page("prefectures/okinawa/index.html")
        #expect(okinawa.contains("<span class=\"key-detail\">設置 －（該当なし）</span></th><td class=\"num\"><span class=\"key-value\">－（該当なし）</span></td><td class=\"num\">－</td>"))
        // The index's table and map show the rate under the indicator's label.
        let index = try site.page("prefectures/index.html")
        #expect(index.contains("<summary>圏域あたり（試験センター数）</summary>"))
        #expect(index.contains(">圏域あたり"))
        #expect(index.contains("data-value=\"24\""))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func aKeyIndicatorNamingAMissingColumnFailsTheBuild() throws {
        var files = DatasetPagesTests.files
        files["content/prefectures/indicators.yaml"] = "indicators:\n  - dataset: test-centres\n    column: centre\n    label: センター\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("prefectures/indicators.yaml:2: dataset `test-centres` has no column `centre` — did you mean `centres`?")
        }
    }
}
