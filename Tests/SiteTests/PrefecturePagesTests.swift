import Foundation
import Testing

@testable import Site

@Suite struct PrefecturePagesTests {
    @Test func fortySevenPagesInJISOrderWithTheirPanels() throws {
        let site = try FixtureSite(DatasetPagesTests.files)
        try site.build()
        let index = try site.page("prefectures/index.html")
        let names = SiteAudit.matches(#"<th scope="row"[^>]*><a href="[a-z-]+/index.html">([^<]+)</a>"#, in: index)
        #expect(names.count == 47)
        #expect(names.first == "北海道" && names[12] == "東京都" && names.last == "沖縄県")
        for slug in ["hokkaido", "tokyo", "okinawa"] {
            #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("prefectures/\(slug)/index.html").path))
        }

        let tokyo = try site.page("prefectures/tokyo/index.html")
        #expect(tokyo.contains("<h1>東京都<span class=\"region\">関東地方</span></h1>"))
        #expect(tokyo.contains("<span class=\"figure-value\">1,223箇所</span>"))
        #expect(tokyo.contains("全国3都道府県中1位"))
        #expect(tokyo.contains("全国の94.1%（原資料の合計に対する割合）"))
        #expect(tokyo.contains("東京都の値が原資料の合計と合わない"))
        #expect(tokyo.contains("rel=\"prev\" href=\"../chiba/index.html\""))
        #expect(tokyo.contains("rel=\"next\" href=\"../kanagawa/index.html\""))
        #expect(tokyo.contains("href=\"#test-centres\""))

        let hokkaido = try site.page("prefectures/hokkaido/index.html")
        #expect(hokkaido.contains("<span class=\"city-name\">札幌市</span>設置数 3箇所"))
        #expect(hokkaido.contains("<span class=\"figure-value\">12箇所</span>"))
        #expect(try site.page("prefectures/okinawa/index.html").contains("<span class=\"figure-value\">－（該当なし）</span>"))
        #expect(try site.page("prefectures/aomori/index.html").contains("この表には青森県の記載がありません。"))
        #expect(SiteAudit.problems(in: site.output) == [])
        #expect(try PanelAudit.problems(site: site.output, content: site.content) == [])
    }

    @Test func datasetChartsAndTablesLinkToPrefecturePages() throws {
        let site = try FixtureSite(DatasetPagesTests.files)
        try site.build()
        let page = try site.page("data/test-centres/index.html")
        #expect(page.contains("href=\"../../prefectures/tokyo/index.html\""))
    }

    @Test func changedSourceValueReachesThePrefecturePage() throws {
        var files = DatasetPagesTests.files
        files["content/data/test-centres.csv"] = files["content/data/test-centres.csv"]?
            .replacingOccurrences(of: "13,東京都,,1223", with: "13,東京都,,1224")
        let site = try FixtureSite(files)
        try site.build()
        #expect(try site.page("prefectures/tokyo/index.html").contains("<span class=\"figure-value\">1,224箇所</span>"))
        #expect(try PanelAudit.problems(site: site.output, content: site.content) == [])
    }
}
