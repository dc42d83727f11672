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
    /// The Markdown body.
    public let body: String
    /// The line of the file where the body starts.
    public let bodyLine: Int

    /// Creates a page.
    public init(
        sourcePath: String, location: [String], title: String, description: String?, order: Int?, body: String,
        bodyLine: Int = 1
    ) {
        self.bodyLine = bodyLine
        self.sourcePath = sourcePath
        self.location = location
        self.title = title
        self.description = description
        self.order = order
        self.body = body
    }
}
