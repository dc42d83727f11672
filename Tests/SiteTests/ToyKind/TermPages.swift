import Content
import Templates

@testable import Site

/// A page kind written the way a new one is added to the site: this one file, one template
/// (`terms.mustache`, written by the test) and one line registering it.
///
/// It lists every Markdown page as a term at `terms/`, with a page per term below it that links
/// back to the page and carries a Markdown note rendered through the site's link resolver.
struct TermPages: PageKind {
    struct View: Sendable {
        let terms: [Term]
        let source: SiteLink?
    }

    struct Term: Sendable {
        let title: String
        let href: SiteLink
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        let terms = content.pages.filter { !$0.location.isEmpty }
        let slug = { (page: Page) in page.location.joined(separator: "-") }
        let index = SitePage(
            location: ["terms"], title: "用語", order: 90, template: "terms",
            view: .value(
                View(terms: terms.map { Term(title: $0.title, href: SiteLink("terms/\(slug($0))/index.html")) }, source: nil)))
        return [index] + terms.map { page in
            SitePage(
                location: ["terms", slug(page)], title: page.title, sourcePath: "terms/\(slug(page)).md",
                body: .markdown("元のページは[こちら](../\(page.sourcePath)) です。", line: 1), template: "terms",
                view: .value(View(terms: [], source: SiteLink(SitePage.outputPath(for: page.location)))))
        }
    }
}
