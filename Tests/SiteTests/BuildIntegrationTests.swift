import Foundation
import Testing

@testable import Site

@Suite struct BuildIntegrationTests {
    static let wiki: [String: String] = [
        "content/pages/index.md": "---\ntitle: 社内ウィキ\n---\n\nようこそ。\n",
        "content/pages/guide/setup.md":
            "---\ntitle: 準備\ndescription: 最初の手順\norder: 1\n---\n\n## 手順\n\n**必ず**読む。\n\n## 確認\n\n[戻る](../index.md)\n",
        "content/pages/guide/faq.md": "---\ntitle: よくある質問\norder: 2\n---\n\n### 深い見出し\n",
        "content/pages/news.md": "---\ntitle: お知らせ\n---\n本文\n",
    ]

    @Test func pagesOnlyContentBuildsWithDefaults() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        let report = try site.build()
        #expect(report.pages == 4)  // a, the generated home page, 404, search
        let home = try site.page("index.html")
        #expect(home.contains("<title>資料ポータル</title>"))
        #expect(home.contains("<a href=\"a/index.html\">A</a>"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/site.css").path))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func mirroredPathsNavigationBreadcrumbsAndToc() throws {
        let site = try SharedSites.wiki.get()
        let setup = try site.page("guide/setup/index.html")
        #expect(setup.contains("<h1>準備</h1>"))
        #expect(setup.contains("<title>準備 | 資料ポータル</title>"))
        #expect(setup.contains("<link rel=\"stylesheet\" href=\"../../assets/site.css\">"))
        #expect(setup.contains("<li><a href=\"../../index.html\">社内ウィキ</a></li>"))
        #expect(setup.contains("<li><a href=\"../index.html\">guide</a></li>"))
        #expect(setup.contains("<span aria-current=\"page\">準備</span>"))
        #expect(setup.contains("<li><a href=\"#sec-1\">手順</a></li>"))
        #expect(setup.contains("<strong>必ず</strong>"))
        // The folder without an index.md gets a listing page in sibling order, so no link breaks.
        let guide = try site.page("guide/index.html")
        let setupLink = try #require(guide.range(of: "setup/index.html"))
        let faqLink = try #require(guide.range(of: "faq/index.html"))
        #expect(setupLink.lowerBound < faqLink.lowerBound)
        // A child without a description shows none, rather than borrowing the page's own.
        #expect(guide.components(separatedBy: "class=\"child-description\"").count == 2)
        // A single deep heading is shifted to h2 so headings stay in order.
        #expect(try site.page("guide/faq/index.html").contains("<h2><span class=\"anchor\" id=\"sec-1\"></span>深い見出し</h2>"))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func sitemapAndCanonicalUseBaseURLOnly() throws {
        let site = try FixtureSite(Self.wiki)
        var options = site.options
        options.baseURL = "https://example.org/wiki"
        _ = try SiteBuilder(options: options).build()
        let sitemap = try site.page("sitemap.xml")
        #expect(sitemap.contains("<loc>https://example.org/wiki/guide/setup/</loc>"))
        #expect(sitemap.contains("<loc>https://example.org/wiki/</loc>"))
        #expect(try site.page("guide/setup/index.html").contains("<link rel=\"canonical\" href=\"https://example.org/wiki/guide/setup/\">"))
        #expect(try site.page("guide/setup/index.html").contains("href=\"../../assets/site.css\""))
        let problems = SiteAudit.problems(in: site.output) { $0.hasPrefix("https://example.org/wiki/") }
        #expect(problems == [])

        // 404.html links back from any depth: its links resolve against the base URL.
        let notFound = try site.page("404.html")
        #expect(notFound.contains("<base href=\"https://example.org/wiki/\">"))

        // Without a base URL there is no sitemap (relative <loc>s are invalid) and the summary says so.
        let report = try site.build()
        #expect(!(try site.page("index.html")).contains("canonical"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap.xml").path))
        #expect(report.notices == [SitemapFile.notice])
        #expect(!(try site.page("404.html")).contains("<base"))
    }

    @Test func notFoundPageAndEditLinks() throws {
        var files = Self.wiki
        files["content/site.yaml"] = "title: ウィキ\nedit_url: https://git.example.org/wiki/edit/main/content/\nfooter: \"管理: 総務課\"\n"
        let site = try FixtureSite.built(files)
        let notFound = try site.page("404.html")
        #expect(notFound.contains("<h1>ページが見つかりません</h1>"))
        // A server shows 404.html at any address, so its styles are inlined, not linked.
        #expect(notFound.contains("<style>/* Shiryo default theme"))
        #expect(!notFound.contains("href=\"assets/site.css\""))
        #expect(notFound.contains("<link rel=\"icon\" href=\"assets/favicon.svg\" type=\"image/svg+xml\">"))
        #expect(try site.page("news/index.html").contains("<link rel=\"stylesheet\" href=\"../assets/site.css\">"))
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("assets/favicon.svg").path))
        let news = try site.page("news/index.html")
        #expect(news.contains("<a href=\"https://git.example.org/wiki/edit/main/content/pages/news.md\">このページを編集する</a>"))
        #expect(news.contains("<p>管理: 総務課</p>"))
    }

    @Test func twoBuildsAreByteIdenticalAndTheSecondWritesNothing() throws {
        let first = try FixtureSite(Self.wiki)
        let second = try FixtureSite(Self.wiki)
        try first.build()
        try second.build()
        #expect(FileTree.site(first.output) == FileTree.site(second.output))

        // A full rebuild (--force changes the options, so the build cannot skip its work) writes
        // nothing; the build after it finds nothing to do and touches nothing, the marker neither.
        var forced = first.options
        forced.force = true
        let dates = FileTree.modificationDates(first.output).filter { $0.key != OutputMarker.name }
        let again = try SiteBuilder(options: forced).build()
        #expect(!again.upToDate)
        #expect(again.sync.written == 0)
        #expect(again.sync.deleted == 0)
        #expect(again.sync.unchanged == FileTree.site(first.output).count)
        #expect(FileTree.modificationDates(first.output).filter { $0.key != OutputMarker.name } == dates)
        let all = FileTree.modificationDates(first.output)
        #expect(try SiteBuilder(options: forced).build().upToDate)
        #expect(FileTree.modificationDates(first.output) == all)
    }

    @Test func changedAndRemovedPagesAreSyncedExactly() throws {
        let site = try FixtureSite.built(Self.wiki)
        try site.folder.write(["content/pages/news.md": "---\ntitle: お知らせ（更新）\n---\n本文\n"])
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages/guide/faq.md"))
        let report = try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("guide/faq").path))
        #expect(report.sync.deleted == 1)
        // news itself, plus every page whose header or listing names it.
        #expect(report.sync.written > 0 && report.sync.written < FileTree.snapshot(site.output).count)
        #expect(try site.page("news/index.html").contains("<h1>お知らせ（更新）</h1>"))
    }

    @Test func scriptInTitleOrMarkdownNeverBecomesATag() throws {
        let site = try FixtureSite([
            "content/pages/x.md":
                "---\ntitle: \"<script>alert(1)</script>東京都\"\ndescription: \"\\\"><script>x()</script>\"\n---\n\n<script>alert(2)</script>\n\n本文 <b onclick=\"y()\">太字</b>\n\n## <script>h()</script>\n",
            "content/site.yaml": "title: \"<script>s()</script>\"\nfooter: \"<script>f()</script>\"\n",
        ])
        try site.build()
        for (path, data) in FileTree.snapshot(site.output) where path.hasSuffix(".html") {
            let html = String(decoding: data, as: UTF8.self)
            let scripts = SiteAudit.matches(#"<script[^>]*>"#, in: html)
            #expect(scripts.allSatisfy { $0.contains("src=") }, "\(path): \(scripts)")
            #expect(!html.contains("<b onclick"))
        }
        #expect(try site.page("x/index.html").contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;東京都</h1>"))
    }
}
