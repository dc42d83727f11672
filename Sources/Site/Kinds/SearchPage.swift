import Content

/// `search/index.html`: the search form and results, filled in the browser from the index that
/// the search stage writes beside it.
struct SearchPage: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] {
        [
            SitePage(
                location: ["search"], title: SiteText.searchTitle, description: SiteText.searchDescription,
                template: "search", isListed: false)
        ]
    }
}
