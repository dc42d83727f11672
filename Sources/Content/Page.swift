/// A Markdown page from `content/pages/`.
public struct Page: Sendable, Equatable {
    /// The fields, shared by the page's copies.
    private struct Fields: Sendable, Equatable {
        let sourcePath: String
        let location: [String]
        let title: String
        let description: String?
        let order: Int?
        let markdown: MarkdownBody
        let bodyLine: Int
        let date: String?
    }

    private let shared: SharedFields<Fields>

    /// Path of the source file relative to the content directory, e.g. `pages/guide/setup.md`.
    public var sourcePath: String { shared.fields.sourcePath }
    /// Where the page lives in the site, as path components: `["guide", "setup"]`; empty for the home
    /// page.
    public var location: [String] { shared.fields.location }
    /// The page title (front matter `title`).
    public var title: String { shared.fields.title }
    /// A one-sentence summary (front matter `description`).
    public var description: String? { shared.fields.description }
    /// Sort key among siblings (front matter `order`); pages without one sort after, by title.
    public var order: Int? { shared.fields.order }
    /// The Markdown body, in memory or in its file (`PageLoader` leaves it there).
    public var markdown: MarkdownBody { shared.fields.markdown }
    /// The Markdown body's text, or "" when its file can no longer be read as it was; a build reads
    /// `markdown.text()`, which reports that.
    public var body: String { (try? markdown.text()) ?? "" }
    /// The line of the file where the body starts.
    public var bodyLine: Int { shared.fields.bodyLine }
    /// The date the front matter states (`date: 2024-03-01`), ISO; the page's 最終更新 when the
    /// file has no commit to date it, as Hugo's `lastmod` falls back to `date`.
    public var date: String? { shared.fields.date }

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
        shared = SharedFields(
            Fields(
                sourcePath: sourcePath, location: location, title: title, description: description, order: order,
                markdown: markdown, bodyLine: bodyLine, date: date))
    }

    /// Pages are equal when their fields are, whether or not they share them.
    public static func == (a: Page, b: Page) -> Bool {
        a.shared === b.shared || a.shared.fields == b.shared.fields
    }
}
