import Content
import Foundation
import Testing

@testable import Site

@Suite struct NameLinkTests {
    static let prefectures: [(name: String, path: String)] = [
        ("東京都", "prefectures/tokyo/index.html"), ("京都府", "prefectures/kyoto/index.html"),
        ("広島県", "prefectures/hiroshima/index.html"), ("北海道", "prefectures/hokkaido/index.html"),
        ("福島県", "prefectures/fukushima/index.html"), ("山口県", "prefectures/yamaguchi/index.html"),
        ("長崎県", "prefectures/nagasaki/index.html"), ("宮崎県", "prefectures/miyazaki/index.html"),
        ("石川県", "prefectures/ishikawa/index.html"), ("宮城県", "prefectures/miyagi/index.html"),
    ]
    static let linker = MentionLinks(
        programs: [
            (["認知症サポーター等養成事業", "認知症サポーター"], "programs/supporter/index.html"),
            (["認知症サポーター活動促進・地域づくり推進事業"], "programs/team-orange/index.html"),
        ],
        prefectures: prefectures)

    static func linked(_ html: String) -> [String] {
        SiteAudit.matches(#"<a class="mention" href="[./]*([^"]+)">"#, in: linker.link(html, outputPath: "documents/d/s/index.html"))
    }

    /// The traps of sources-000.md B.1: a prefecture's name inside a longer place name is not it.
    @Test func neverInsideALongerName() {
        let traps = "<p>北広島市、北広島町、福島町、宮古山口病院、豊島長崎クリニック、有田市宮崎町、函館市石川町、宮城野区、京都市。</p>"
        #expect(Self.linked(traps) == [])
        #expect(Self.linked("<p>東京都府中市と京都府</p>") == ["prefectures/tokyo/index.html", "prefectures/kyoto/index.html"])
        #expect(Self.linked("<p>東京都の施策</p>") == ["prefectures/tokyo/index.html"])
        // Longest name first: an alias inside another program's title links that program.
        #expect(Self.linked("<p>認知症サポーター活動促進・地域づくり推進事業</p>") == ["programs/team-orange/index.html"])
        #expect(Self.linked("<p>認知症サポーター活動促進・地域づくり推進事業と認知症サポーター</p>")
            == ["programs/team-orange/index.html", "programs/supporter/index.html"])
    }

    @Test func firstMentionOnlyOnNormalisedTextOutsideLinksHeadingsCodeAndTableHeaders() {
        let html = """
            <h2>東京都の概要</h2><p><a href="x.html">東京都</a>と<code>東京都</code></p>
            <table><thead><tr><th>北海道</th></tr></thead><tbody><tr><th>北海道</th></tr></tbody></table>
            <p>東 京 都と東京都、認知症サポ－タ－</p>
            """
        let result = Self.linker.link(html, outputPath: "documents/d/s/index.html")
        #expect(result.contains("<h2>東京都の概要</h2>"))
        #expect(result.contains("<a href=\"x.html\">東京都</a>と<code>東京都</code>"))
        #expect(result.contains("<thead><tr><th>北海道</th></tr></thead><tbody><tr><th><a class=\"mention\" href=\"../../../prefectures/hokkaido/index.html\">北海道</a></th>"))
        #expect(result.contains("<p><a class=\"mention\" href=\"../../../prefectures/tokyo/index.html\">東 京 都</a>と東京都、"))
        #expect(Self.linked(html).count == 2)
    }

    /// A closing tag without its opening one neither starts nor ends the skipping of text.
    @Test func strayClosingTagsDoNotUnbalanceTheSkippedElements() {
        #expect(Self.linked("<p>x</a>東京都</p>") == ["prefectures/tokyo/index.html"])
        #expect(Self.linked("<p></h2><code>x</code>京都府</p>") == ["prefectures/kyoto/index.html"])
        #expect(Self.linked("<p></code><a href=\"x.html\"><code>y</code>東京都</a></p>") == [])
    }

    /// Element names are read in any case, and a name that runs into letters beyond ASCII is not
    /// taken for a shorter one.
    @Test func elementNamesAreReadWhole() {
        #expect(Self.linked("<H2>東京都</H2><p>京都府</p>") == ["prefectures/kyoto/index.html"])
        #expect(Self.linked("<Code>東京都</CODE>北海道") == ["prefectures/hokkaido/index.html"])
        #expect(Self.linked("<codeé>東京都</codeé>") == ["prefectures/tokyo/index.html"])
        #expect(Self.linked("<h2\u{301}>東京都</h2\u{301}>") == ["prefectures/tokyo/index.html"])
    }

    // MARK: Wiki links

    static var files: [String: String] {
        var files = ProgramPagesTests.files
        files["content/pages/index.md"] = """
            ---
            title: ホーム
            ---

            [[試験センター]]、[[東京都]]、[[東京]]、[[試験センター数]]、[[test-centres]]、
            [[test-doc/01-gaiyo]]、[[guide]]、[[試験方針|方針のページ]]、`[[書いたまま]]`
            """
        files["content/pages/guide.md"] = "---\ntitle: 手引き\n---\n\n[[centres]] を見る。\n"
        return files
    }

    @Test func wikiLinksResolveTitlesAliasesAndIds() throws {
        let site = try FixtureSite.built(Self.files)
        let home = try site.page("index.html")
        for (href, text) in [
            ("programs/centres/index.html", "試験センター"), ("prefectures/tokyo/index.html", "東京都"),
            ("prefectures/tokyo/index.html", "東京"), ("data/test-centres/index.html", "試験センター数"),
            ("data/test-centres/index.html", "test-centres"), ("documents/test-doc/01-gaiyo/index.html", "test-doc/01-gaiyo"),
            ("guide/index.html", "guide"), ("programs/policy/index.html", "方針のページ"),
        ] {
            #expect(home.contains("<a href=\"\(href)\">\(text)</a>"), "\(text)")
        }
        #expect(home.contains("<code>[[書いたまま]]</code>"))
        #expect(try site.page("guide/index.html").contains("<a href=\"../programs/centres/index.html\">centres</a>"))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test(arguments: [
        ("本文\n\n二行目 [[どこにもない]]\n", "pages/guide.md:7: wiki link [[どこにもない]] names no page"),
        ("本文\n[[概要]] と [[方針]]\n", "pages/guide.md:6: wiki link [[概要]] names 2 pages"),
    ])
    func unresolvedOrAmbiguousWikiLinkFailsWithFileAndLine(body: String, message: String) throws {
        var files = Self.files
        files["content/pages/guide.md"] = "---\ntitle: 手引き\n---\n\n" + body
        files["content/pages/overview.md"] = "---\ntitle: 概要\n---\n\n本文\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }
}
