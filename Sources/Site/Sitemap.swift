/// Writes sitemap.xml for the site's pages.
enum Sitemap {
    /// Absolute `<loc>`s need a base URL; without one the paths are written relative to the site root
    /// so the file still lists every page (search engines only accept the absolute form).
    static func render(paths: [String], baseURL: String?) -> String {
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        xml += "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths.sorted() {
            let location = baseURL.map { SiteURL.absolute(base: $0, outputPath: path) } ?? path
            xml += "  <url><loc>\(XMLText.escape(location))</loc></url>\n"
        }
        return xml + "</urlset>\n"
    }
}

/// Escaping for text placed in XML or HTML by Swift code rather than by a template.
enum XMLText {
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
