import Content

/// `404.html`, which servers show for a missing address; its text is in `404.mustache`.
///
/// A server returns it for any missing address (`/a/b/c/missing`), so it carries its stylesheet
/// inline, and with a base URL a `<base href>` that makes its links resolve from there.
struct NotFoundPage: PageKind {
    static let outputPath = "404.html"

    func pages(_ content: SiteContent) -> [SitePage] {
        [SitePage(location: [], outputPath: Self.outputPath, title: SiteText.notFoundTitle, template: "404", isListed: false)]
    }
}
