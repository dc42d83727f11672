import Content

/// `404.html`, which servers show for a missing address; its text is in `404.mustache`.
struct NotFoundPage: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] {
        [SitePage(location: [], outputPath: "404.html", title: SiteText.notFoundTitle, template: "404", isListed: false)]
    }
}
