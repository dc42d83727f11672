import CommonMark
import Content

/// The body of a page before it becomes HTML.
public enum PageBody: Sendable {
    /// No body: the template shows the page's view alone.
    case none
    /// Markdown, rendered once, with its page's batch; `line` is the line of its source file where
    /// the body starts, so a broken link is reported where it is written.
    case markdown(String, line: Int)
    /// Markdown left in its source file, read when the page is rendered (an editor's page).
    case stored(MarkdownBody, line: Int)
    /// Markdown rendered by the assemble stage (its headings feed the table of contents).
    case rendered(RenderedMarkdown)

    /// Whether it is Markdown still to be rendered.
    var isMarkdown: Bool {
        switch self {
        case .markdown, .stored: true
        case .none, .rendered: false
        }
    }
}

/// What a page's template reads under `{{#view}}`: nothing, a view value, or a view value made once
/// the site is assembled (when it needs the headings of rendered Markdown or other pages).
public enum PageViewSource: Sendable {
    case none
    case value(any Sendable)
    case assembled(@Sendable (SiteModel) throws -> any Sendable)

    /// The view value once made.
    var value: (any Sendable)? {
        if case .value(let value) = self { value } else { nil }
    }
}

/// One page of the site, placed at its address, ready to render.
public struct SitePage: Sendable {
    /// The fields a page keeps from its making, shared by its copies (`body` and `view` are set
    /// later, so they stay in the page itself).
    private struct Fields: Sendable {
        let location: [String]
        let outputPath: String
        let title: String
        let description: String?
        let order: Int?
        let sourcePath: String?
        let template: String
        let isListed: Bool
    }

    private let shared: SharedFields<Fields>

    /// Where the page lives, as address parts (`["guide", "setup"]`; empty for the home page). Its
    /// breadcrumbs are the pages at the shorter prefixes of this location.
    public var location: [String] { shared.fields.location }
    /// The output file: `guide/setup/index.html`, or `index.html` for the home page.
    public var outputPath: String { shared.fields.outputPath }
    /// The page title, shown as its only `<h1>`.
    public var title: String { shared.fields.title }
    /// A one-sentence summary for the meta description and listings.
    public var description: String? { shared.fields.description }
    /// Sort key among siblings.
    public var order: Int? { shared.fields.order }
    /// Source file relative to the content directory, for "edit this page" links and links written
    /// to Markdown files.
    public var sourcePath: String? { shared.fields.sourcePath }
    /// The page content.
    public internal(set) var body: PageBody
    /// Name of the Mustache template that renders it.
    public var template: String { shared.fields.template }
    /// The template's `view`.
    public internal(set) var view: PageViewSource
    /// Whether the page has an address of its own in the site's tree (listed as a child, in the
    /// sitemap and navigation); the 404 page borrows the home location and is not.
    public var isListed: Bool { shared.fields.isListed }
    /// Whether names in its rendered Markdown link to their pages; set from its kind.
    var linksMentions = false

    /// Creates a page at its location (its output file follows from it unless given).
    public init(
        location: [String], outputPath: String? = nil, title: String, description: String? = nil, order: Int? = nil,
        sourcePath: String? = nil, body: PageBody = .none, template: String = "page", view: PageViewSource = .none,
        isListed: Bool = true
    ) {
        shared = SharedFields(
            Fields(
                location: location, outputPath: outputPath ?? Self.outputPath(for: location), title: title, description: description,
                order: order, sourcePath: sourcePath, template: template, isListed: isListed))
        self.body = body
        self.view = view
    }

    /// The output file of the page at a location.
    public static func outputPath(for location: [String]) -> String {
        (location + ["index.html"]).joined(separator: "/")
    }

    /// Sibling order: explicit `order` first, then title, then address (for stable output).
    static func precedes(_ a: SitePage, _ b: SitePage) -> Bool {
        switch (a.order, b.order) {
        case let (x?, y?) where x != y: return x < y
        case (.some, nil): return true
        case (nil, .some): return false
        default: break
        }
        if a.title != b.title { return a.title < b.title }
        return a.outputPath < b.outputPath
    }
}
