import CommonMark
import Content
import Testing

@testable import Site

/// A page is finished view first (so a view that asks for its own body renders it once), yet a
/// problem in its body is still the one reported when the view fails too.
@Suite struct FinishedPageTests {
    private struct ViewFailure: Error {}

    private static func page(view: PageViewSource, body: String) -> SitePage {
        SitePage(location: ["notes"], title: "覚え書き", sourcePath: "pages/notes.md", body: .markdown(body, line: 1), view: view)
    }

    @Test func aBrokenBodyIsReportedBeforeAFailingView() throws {
        let page = Self.page(view: .assembled { _ in throw ViewFailure() }, body: "# 見出し\n\n[行き先なし](missing.md)\n")
        let model = try SiteModel(content: SiteContent(), pages: [page])
        #expect(throws: ContentError.self) { try model.finished(page) }
        let working = Self.page(view: .assembled { _ in throw ViewFailure() }, body: "# 見出し\n\n本文\n")
        #expect(throws: ViewFailure.self) { try SiteModel(content: SiteContent(), pages: [working]).finished(working) }
    }

    @Test func aViewAskingForItsOwnBodyGetsThePagesBody() throws {
        let page = Self.page(
            view: .assembled { site in site.rendered(sourcePath: "pages/notes.md")?.html ?? "" }, body: "# 見出し\n\n本文です。\n")
        let model = try SiteModel(content: SiteContent(), pages: [page])
        let finished = try model.finished(page)
        guard case .rendered(let body) = finished.body else {
            Issue.record("the body was not rendered")
            return
        }
        #expect(body.html.contains("本文です。"))
        #expect(body.html == model.rendered(sourcePath: "pages/notes.md")?.html)
    }
}
