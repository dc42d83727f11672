import Charts

/// Writes sitemap.xml for the site's pages.
enum Sitemap {
    /// Absolute `<loc>`s need a base URL; without one the paths are written relative to the site root
    /// so the file still lists every page (search engines only accept the absolute form).
    static func render(paths: [String], baseURL: String?) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            let location = baseURL.map { SiteURL.absolute(base: $0, outputPath: path) } ?? path
            xml += "  <url><loc>\(Markup.escape(location))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}
