import Foundation
import Testing

@testable import Site

/// The search stage inside a real build: the page, the header box and the index files.
@Suite struct SearchStageTests {
    @Test func buildWritesSearchPageIndexAndHiddenHeaderBox() throws {
        let site = try FixtureSite([
            "content/pages/a.md": "---\ntitle: 認知症の資料\n---\n\n## 支援\n\nホームレスの自立支援。\n",
            "content/pages/b.md": "---\ntitle: B\n---\n本文\n",
        ])
        let report = try site.build()
        let search = try #require(report.search)
        #expect(search.pages == 3)  // a, b, home; neither 404 nor the search page itself
        #expect(search.bytes > 0 && search.files >= 3)
        let page = try site.page("search/index.html")
        #expect(page.contains("<noscript>"))
        #expect(page.contains("<form class=\"search-form\" role=\"search\""))
        let header = try site.page("a/index.html")
        #expect(header.contains("<form class=\"site-search\" role=\"search\" method=\"get\" action=\"#\" hidden>"))
        let docs = try site.page("search/docs.js")
        // Title from <title>; the <h1> (7–13) and the one <h2> (14–16) are headings.
        #expect(docs.contains("[\"a/index.html\",\"認知症の資料\",\"ページ\",6,0,[7,13,14,16]]"))
        #expect(!docs.contains("404.html") && !docs.contains("search/index.html"))
        let shards = try FileManager.default.contentsOfDirectory(atPath: site.output.appendingPathComponent("search").path)
        #expect(shards.contains("index-000.js") && shards.contains("text-000.js"))
    }

    @Test func aMissingSearchTemplateIsNamed() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        try FileManager.default.removeItem(at: site.templates.appendingPathComponent("search.mustache"))
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("search.mustache: template is missing")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
