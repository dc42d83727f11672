import Foundation

/// Site-wide settings from `content/site.yaml`; every key is optional.
public struct SiteSettings: Sendable, Equatable {
    /// The site's name, shown in the header and in every `<title>`.
    public var title: String = "資料ポータル"
    /// A sentence about the site, used as the home page's meta description.
    public var description: String = ""
    /// Absolute URL where public/ is published, e.g. `https://example.org/shiryo/`. Only feeds
    /// sitemap.xml and `<link rel="canonical">`; every link in pages stays relative.
    public var baseURL: String?
    /// The `lang` of every page.
    public var language: String = "ja"
    /// Prefix for "edit this page" links; the source file's path under content/ is appended.
    public var editURL: String?
    /// Text shown in the footer of every page.
    public var footer: String = ""

    /// Settings with every default.
    public init() {}

    /// The file name looked up in the content directory.
    public static let fileName = "site.yaml"

    /// Loads `site.yaml` from a content directory; a missing file means all defaults.
    public static func load(contentDirectory: URL) throws -> SiteSettings {
        let url = contentDirectory.appendingPathComponent(fileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return SiteSettings() }
        let text = try TextFile.read(url, displayPath: fileName)
        let yaml = try FrontMatter(yaml: text, file: fileName)
        var settings = SiteSettings()
        try KnownKeys.check(
            yaml, known: ["title", "description", "base_url", "language", "edit_url", "footer"], file: fileName,
            what: "setting")
        settings.title = try yaml.string("title") ?? settings.title
        settings.description = try yaml.string("description") ?? settings.description
        settings.baseURL = try yaml.string("base_url")
        settings.language = try yaml.string("language") ?? settings.language
        settings.editURL = try yaml.string("edit_url")
        settings.footer = try yaml.string("footer") ?? settings.footer
        if let base = settings.baseURL {
            try checkWebAddress(base, setting: "base_url", file: fileName, line: yaml.line(of: "base_url"))
        }
        if let edit = settings.editURL {
            try checkWebAddress(edit, setting: "edit_url", file: fileName, line: yaml.line(of: "edit_url"))
        }
        return settings
    }

    /// Addresses that end up in every page's links must be http(s): a `javascript:` or `data:`
    /// value would run or inject code wherever the link is followed.
    public static func checkWebAddress(_ address: String, setting: String, file: String, line: Int? = nil) throws {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://"), !address.contains(where: \.isWhitespace)
        else {
            throw ContentError(
                file: file, line: line, problem: "\(setting) must be an absolute http(s) URL, got “\(address)”",
                fix: "write the full address, e.g. https://example.org/portal/")
        }
    }
}
