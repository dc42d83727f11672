import Foundation
import Testing

@testable import Search

@Suite struct VisibleTextTests {
    static let page = """
        <!DOCTYPE html><html><head><title>ヘッド | サイト</title><style>p{}</style></head><body>
        <header><nav><a href="#">ナビゲーション</a></nav></header>
        <main id="main"><h1>認知症<em>サポーター</em></h1>
        <p>本文の<a href="x">リンク</a>と &amp; 記号&#x3001;&#12290;</p>
        <!-- 注釈は見えない -->
        <h2><span class="anchor" id="sec-1"></span>見出し</h2>
        <table><tr><td>東京</td><td>都</td></tr></table>
        <svg><title>図の題</title><desc>図の説明</desc><text>目盛り</text><g><rect/></g></svg>
        <script>var hidden = "スクリプト";</script>
        <p data-x="a > b">属性の中の記号</p>
        </main><footer>フッター</footer></body></html>
        """

    @Test func readsOnlyMainWithRoles() {
        let visible = VisibleText(html: Self.page)
        #expect(visible.title == "ヘッド", "the <title> without the site name")
        let texts = visible.runs.map(\.text).map { SearchNormalizer.display($0) }
        #expect(texts == ["認知症サポーター", "本文のリンクと & 記号、。", "見出し", "東京", "都", "図の題", "図の説明", "属性の中の記号"])
        #expect(visible.runs.map(\.role) == [.heading, .body, .heading, .body, .body, .body, .body, .body])
    }

    @Test func titleKeepsEverythingBeforeTheLastSeparator() {
        let visible = VisibleText(html: "<head><title>A | B &amp; C | サイト</title></head><main><h1>A | B &amp; C<span>補足</span></h1></main>")
        #expect(visible.title == "A | B & C")
        #expect(visible.runs.map(\.text) == ["A | B & C補足"])
    }

    /// The cut is at the last separator wherever it stands: none, a title as short as the
    /// separator, separators that overlap, one at the very start.
    @Test(arguments: [("題", "題"), (" | ", ""), ("a | | b", "a |"), (" | サイト", ""), ("a |b", "a |b"), ("a | ", "a")])
    func titleIsCutAtItsLastSeparator(_ written: String, _ title: String) {
        #expect(VisibleText(html: "<head><title>\(written)</title></head><main><p>本文</p></main>").title == title)
    }

    @Test func documentStreamStartsWithTitleAndMarksHeadings() {
        let page = Self.page.replacingOccurrences(of: "<title>ヘッド | サイト</title>", with: "")
        let document = SearchDocument(path: "data/x/index.html", visible: VisibleText(html: page))
        #expect(document.kind == .data)
        #expect(document.text.hasPrefix("認知症サポーター\n本文の"))
        #expect(document.titleLength == 8)
        let scalars = Array(document.text.unicodeScalars)
        let heading = document.headingRanges
        #expect(heading.count == 2)
        #expect(String(String.UnicodeScalarView(scalars[heading[0]..<heading[1]])) == "見出し")
        #expect(document.keys.count == scalars.count)
    }

    @Test func longAndUpperCaseTagNamesStillBreakRuns() {
        let visible = VisibleText(html: "<main><H1>題</H1><blockquote>引用</blockquote>本文<FIGCAPTION>図</FIGCAPTION><SPAN>続</SPAN>き</main>")
        #expect(visible.title == "題")
        #expect(visible.runs.map(\.text) == ["引用", "本文", "図", "続き"])
    }

    @Test func pageWithoutMainReadsBody() {
        let visible = VisibleText(html: "<html><body><p>本文だけ</p></body></html>")
        #expect(visible.runs.map(\.text) == ["本文だけ"])
        #expect(visible.title == "")
    }
}
