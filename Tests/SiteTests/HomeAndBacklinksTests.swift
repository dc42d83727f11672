import Foundation
import Testing

@testable import Site

@Suite struct HomeAndBacklinksTests {
    @Test func aHandWrittenLinkAndAGeneratedOneBothShowAsBacklinks() throws {
        var files = NameLinkTests.files
        files["content/pages/guide.md"] = "---\ntitle: 手引き\n---\n\n[[centres]] と [[東京都]] を見る。\n"
        let site = try FixtureSite.built(files)
        let program = try site.page("programs/centres/index.html")
        #expect(program.contains("<h2 id=\"backlinks-title\">このページを参照しているページ</h2>"))
        #expect(program.contains("<li><a href=\"../../guide/index.html\">手引き</a></li>"))  // hand-written
        #expect(program.contains("<li><a href=\"../index.html\">事業</a></li>"))  // the generated index
        #expect(program.contains("<li><a href=\"../policy/index.html\">試験方針</a></li>"))  // related
        let tokyo = try site.page("prefectures/tokyo/index.html")
        #expect(tokyo.contains("<li><a href=\"../../data/test-centres/index.html\">試験センター数</a></li>"))
        // Header and breadcrumb links are not references: the guide page is linked by the home page only.
        let guide = try site.page("guide/index.html")
        #expect(guide.contains("<li><a href=\"../index.html\">ホーム</a></li>\n</ul>\n</aside>"))
        #expect(!guide.contains("<!--shiryo:backlinks-->"))
    }

    @Test func homePageNamesTheDocumentsAndLeadsToPrefecturesProgramsAndData() throws {
        let site = try FixtureSite.built(NameLinkTests.files)
        let home = try site.page("index.html")
        #expect(home.contains("<a class=\"document-title\" href=\"documents/test-doc/index.html\">試験資料</a>"))
        #expect(home.contains("老健局 総務課・令和2年3月（2020年3月）"))
        #expect(home.contains("id=\"home-map\""))
        #expect(home.contains("href=\"prefectures/tokyo/index.html\""))
        #expect(home.contains("<h3><a href=\"programs/index.html#theme-1\">認知症施策</a></h3>"))
        #expect(home.contains("<span class=\"figure-value\">1,300箇所</span>"))
        #expect(home.contains("href=\"data/index.html\""))
    }
}
