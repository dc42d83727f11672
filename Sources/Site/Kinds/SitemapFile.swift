import Charts
import Content

/// `sitemap.xml`, listing every page with an address of its own.
struct SitemapFile: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] { [] }

    /// Absolute `<loc>`s need a base URL; without one the paths are written relative to the site
    /// root so the file still lists every page (search engines only accept the absolute form).
    func files(_ site: SiteModel) -> [OutputFile] {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in site.pages.map(\.outputPath).sorted() {
            let location = site.settings.baseURL.map { SiteURL.absolute(base: $0, outputPath: path) } ?? path
            xml += "  <url><loc>\(Markup.escape(location))</loc></url>\n"
        }
        return [OutputFile(path: "sitemap.xml", text: xml + "</urlset>\n")]
    }
}
