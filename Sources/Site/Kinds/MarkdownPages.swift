import Content

/// The editors' Markdown pages of `content/pages/`: the folder tree becomes the site's tree.
struct MarkdownPages: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] {
        content.pages.map {
            SitePage(
                location: $0.location, title: $0.title, description: $0.description, order: $0.order,
                sourcePath: $0.sourcePath, body: .stored($0.markdown, line: $0.bodyLine),
                // The home page orients: the editor's text, then what the portal holds.
                template: $0.location.isEmpty ? "home" : "page", view: $0.location.isEmpty ? HomeView.source(content) : .none)
        }
    }
}
