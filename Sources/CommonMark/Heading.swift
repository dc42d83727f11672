/// A heading found in a Markdown document, as it appears in the rendered HTML.
public struct Heading: Sendable, Hashable {
    /// The HTML heading level (2 for `<h2>`), after any shifting done while rendering.
    public let level: Int
    /// The heading's plain text, without markup.
    public let text: String
    /// The `id` attribute given to the heading, unique within the document.
    public let id: String

    /// Creates a heading record.
    public init(level: Int, text: String, id: String) {
        self.level = level
        self.text = text
        self.id = id
    }
}

/// The result of rendering one Markdown document.
public struct RenderedMarkdown: Sendable, Hashable {
    /// The HTML fragment.
    public let html: String
    /// Every heading in document order, for tables of contents.
    public let headings: [Heading]

    /// Creates a result, for passes that rewrite the HTML after rendering (links added to names).
    public init(html: String, headings: [Heading]) {
        self.html = html
        self.headings = headings
    }
}
