import Testing

@testable import CommonMark

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    @Test func rendersJapaneseParagraphsAndEmphasis() {
        let result = renderer.render("認知症施策の*推進*について。\n\n第二段落。")
        #expect(result.html == "<p>認知症施策の<em>推進</em>について。</p>\n<p>第二段落。</p>\n")
    }

    @Test func joinsWrappedJapaneseLinesWithoutASpace() {
        let result = renderer.render("今後、更なる高齢化の進展と\n認知症高齢者の増加が見込まれる。\nSee the\nreport.")
        #expect(result.html.contains("進展と認知症高齢者"))
        #expect(result.html.contains("See the\nreport."))
    }

    @Test(arguments: [
        ("<script>alert(1)</script>", "<script"),
        ("<div onclick=\"x()\">raw</div>", "<div"),
        ("段落 <img src=x onerror=alert(1)> 続き", "<img"),
    ])
    func dropsRawHTML(_ markdown: String, _ tag: String) {
        let html = renderer.render(markdown).html
        #expect(!html.contains(tag))
        #expect(html.contains("raw HTML omitted"))
    }

    @Test func headingsGetStableIDsAndShiftedLevels() {
        let result = renderer.render("# 概要\n\n## Background notes\n\n#### 詳細\n\n# 概要\n")
        #expect(
            result.headings == [
                Heading(level: 2, text: "概要", id: "sec-1"),
                Heading(level: 3, text: "Background notes", id: "background-notes"),
                Heading(level: 4, text: "詳細", id: "sec-3"),
                Heading(level: 2, text: "概要", id: "sec-4"),
            ])
        #expect(result.html.contains("<h2><span class=\"anchor\" id=\"sec-1\"></span>概要</h2>"))
        #expect(result.html.contains("<h4><span class=\"anchor\" id=\"sec-3\"></span>詳細</h4>"))
        #expect(!result.html.contains("<h1"))
    }

    @Test func duplicateLatinHeadingsGetSuffixes() {
        let ids = renderer.render("## Notes\n\n## Notes\n\n## Notes").headings.map(\.id)
        #expect(ids == ["notes", "notes-2", "notes-3"])
    }

    @Test func headingTextKeepsInlineCodeAndDropsMarkup() {
        let heading = renderer.render("## 設定 `site.yaml` の*書き方*").headings.first
        #expect(heading?.text == "設定 site.yaml の書き方")
    }

    @Test func emptyInputRendersNothing() {
        let result = renderer.render("")
        #expect(result.html.isEmpty)
        #expect(result.headings.isEmpty)
    }
}

@Suite struct LinkRewritingTests {
    @Test func rewritesOnlyWhatTheResolverAnswers() {
        let result = MarkdownRenderer().render("[a](other.md) [b](https://example.org/) ![c](x.png)") { url in
            url.hasSuffix(".md") ? "../other/index.html" : nil
        }
        #expect(result.html.contains("<a href=\"../other/index.html\">a</a>"))
        #expect(result.html.contains("<a href=\"https://example.org/\">b</a>"))
        #expect(result.html.contains("<img src=\"x.png\" alt=\"c\" />"))
    }
}
