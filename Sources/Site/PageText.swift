import CommonMark
import Content

/// One Markdown text taken through the steps a page body takes in a build — wiki links against the
/// site's names, CommonMark, relative `.md` links and the first-mention links of sections — without
/// building the site around it.
///
/// The fuzz suite feeds thousands of mutated pages through here: assembling the site once and
/// reusing its names keeps each input to the work one page costs, while the names it resolves
/// against are the real ones (ambiguous and missing names included).
public struct PageText: Sendable {
    private let model: SiteModel
    private let wiki: WikiTargets
    private let mentions: MentionLinks

    /// Assembles the site of `content` once.
    /// - Throws: `ContentError` when the content itself does not assemble.
    public init(content: SiteContent) throws {
        let model = try SiteModel(content: content, pages: try PageKinds.all.flatMap { try $0.pages(content) })
        self.model = model
        wiki = WikiTargets(pages: model.pages, content: content)
        mentions = MentionLinks(content: content)
    }

    /// The HTML a page at `pages/<location>.md` would show for `markdown`.
    /// - Parameters:
    ///   - markdown: the page body, after its front matter.
    ///   - sourcePath: the page's file under content/ (`pages/fuzz.md`), named in errors.
    ///   - firstLine: the line of the file where the body starts.
    /// - Throws: `ContentError` for a wiki link that names no page or two, or a broken `.md` link.
    public func html(_ markdown: String, sourcePath: String, firstLine: Int) throws -> String {
        let page = SitePage(
            location: ["fuzz"], title: "fuzz", sourcePath: sourcePath, body: .markdown(markdown, line: firstLine))
        let source = try wiki.expand(markdown, page: page, firstLine: firstLine)
        var resolver = MarkdownLinks(model: model, page: page, source: source, firstLine: firstLine)
        let rendered = MarkdownRenderer().render(source) { resolver.resolve($0) }
        if let error = resolver.errors.first { throw error }
        return mentions.link(rendered, outputPath: page.outputPath).html
    }
}
