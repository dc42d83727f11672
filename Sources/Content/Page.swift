/// A Markdown page from `content/pages/`.
public struct Page: Sendable, Equatable {
    /// Path of the source file relative to the content directory, e.g. `pages/guide/setup.md`.
    public let sourcePath: String
    /// Where the page lives in the site, as path components: `["guide", "setup"]`; empty for the home
    /// page.
    public let location: [String]
    /// The page title (front matter `title`).
    public let title: String
    /// A one-sentence summary (front matter `description`).
    public let description: String?
    /// Sort key among siblings (front matter `order`); pages without one sort after, by title.
    public let order: Int?
    /// The Markdown body, in memory or in its file (`PageLoader` leaves it there).
    public let markdown: MarkdownBody
    /// The Markdown body's text, or "" when its file can no longer be read as it was; a build reads
    /// `markdown.text()`, which reports that.
    public var body: String { (try? markdown.text()) ?? "" }
    /// The line of the file where the body starts.
    public let bodyLine: Int
    /// The date the front matter states (`date: 2024-03-01`), ISO; the page's 最終更新 when the
    /// file has no commit to date it, as Hugo's `lastmod` falls back to `date`.
    public let date: String?

    /// Creates a page.
    public init(
        sourcePath: String, location: [String], title: String, description: String?, order: Int?, body: String,
        bodyLine: Int = 1, date: String? = nil
    ) {
        self.init(
            sourcePath: sourcePath, location: location, title: title, description: description, order: order,
            markdown: MarkdownBody(body), bodyLine: bodyLine, date: date)
    }

    /// Creates a page whose body may be left in its file (`PageLoader` leaves it there).
    public init(
        sourcePath: String, location: [String], title: String, description: String?, order: Int?, markdown: MarkdownBody,
        bodyLine: Int = 1, date: String? = nil
    ) {
        self.bodyLine = bodyLine
        self.date = date
        self.sourcePath = sourcePath
        self.location = location
        self.title = title
        self.description = description
        self.order = order
        self.markdown = markdown
    }
}
