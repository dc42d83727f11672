import Content
import Foundation
import Testing

@testable import Site

/// What adding a page kind costs, checked end to end: `TermPages` (one file), `terms.mustache`
/// (one template) and one registration line are all it takes to get pages with breadcrumbs, header
/// navigation, relative links from any depth, Markdown through the link resolver and a sitemap entry.
@Suite struct PageKindTests {
    static let template = """
        {{<layout}}
        {{$main}}
        <article class="content">
        <h1>{{title}}</h1>
        {{#view}}
        <ul class="terms">
        {{#terms}}<li><a href="{{href}}">{{title}}</a></li>
        {{/terms}}
        </ul>
        {{#source}}<p class="source"><a href="{{source}}">元のページ</a></p>{{/source}}
        {{/view}}
        {{{content}}}
        </article>
        {{/main}}
        {{/layout}}
        """

    @Test func aNewKindIsOneFileOneTemplateAndOneLine() throws {
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        try site.folder.write(["templates/terms.mustache": Self.template])
        var options = site.options
        options.baseURL = "https://example.org/wiki/"
        try SiteBuilder(options: options, kinds: PageKinds.all + [TermPages()]).build()

        let index = try site.page("terms/index.html")
        #expect(index.contains("<h1>用語</h1>"))
        #expect(index.contains("<li><a href=\"guide-setup/index.html\">準備</a></li>"))
        #expect(index.contains("<li><a href=\"../index.html\">社内ウィキ</a></li>"))  // breadcrumbs
        #expect(index.contains("<a href=\"index.html\" aria-current=\"true\">用語</a>"))  // navigation

        let term = try site.page("terms/guide-setup/index.html")
        #expect(term.contains("<p class=\"source\"><a href=\"../../guide/setup/index.html\">元のページ</a></p>"))
        #expect(term.contains("<p>元のページは<a href=\"../../guide/setup/index.html\">こちら</a> です。</p>"))
        #expect(term.contains("<li><a href=\"../index.html\">用語</a></li>"))
        #expect(try site.page("sitemap.xml").contains("<loc>https://example.org/wiki/terms/guide-setup/</loc>"))
        #expect(SiteAudit.problems(in: site.output) { $0.hasPrefix("https://example.org/wiki/") } == [])
    }

    /// Whether names in a kind's Markdown link to their pages is said by the kind, not by a template name.
    @Test func mentionLinkingIsAPropertyOfTheKind() throws {
        struct Notes: PageKind {
            let linksMentions: Bool
            func pages(_ content: SiteContent) -> [SitePage] {
                [SitePage(location: ["notes"], title: "メモ", sourcePath: "notes.md", body: .markdown("東京都の話。\n", line: 1))]
            }
        }
        for links in [true, false] {
            let site = try FixtureSite(DatasetPagesTests.files)
            try SiteBuilder(options: site.options, kinds: PageKinds.all + [Notes(linksMentions: links)]).build()
            let page = try site.page("notes/index.html")
            #expect(page.contains("<a class=\"mention\" href=\"../prefectures/tokyo/index.html\">東京都</a>") == links)
            #expect(page.contains(links ? "東京都</a>の話。" : "<p>東京都の話。</p>"))
        }
    }

    @Test func aBrokenLinkInAKindsMarkdownFailsTheBuild() throws {
        struct Broken: PageKind {
            func pages(_ content: SiteContent) -> [SitePage] {
                [SitePage(location: ["x"], title: "X", sourcePath: "x.md", body: .markdown("一行目\n\n[行き先](nowhere.md)\n", line: 5))]
            }
        }
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        #expect {
            try SiteBuilder(options: site.options, kinds: PageKinds.all + [Broken()]).build()
        } throws: { error in
            String(describing: error).hasPrefix("x.md:7: link “nowhere.md” leads to no page")
        }
    }
}
