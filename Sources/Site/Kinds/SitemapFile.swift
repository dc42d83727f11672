import Charts
import Content
import Escaping

/// `sitemap.xml`, listing every page with an address of its own.
struct SitemapFile: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] { [] }

    /// Said in the build summary when there is no base URL.
    static let notice =
        "sitemap.xml not written: the sitemap protocol needs absolute addresses; set base_url in site.yaml or pass --base-url (this also lets 404.html link back from any depth)"

    /// The sitemap protocol takes only absolute `<loc>`s, so without a base URL there is no file
    /// (a list of relative paths would be invalid) and the build summary says so.
    func files(_ site: SiteModel) -> [OutputFile] {
        guard let base = site.settings.baseURL else { return [] }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in site.pages.map(\.outputPath).sorted() {
            xml += "  <url><loc>\(Markup.escape(SiteURL.absolute(base: base, outputPath: path)))</loc></url>\n"
        }
        return [OutputFile(path: "sitemap.xml", text: xml + "</urlset>\n")]
    }
}
