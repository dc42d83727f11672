import CCmark

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Renders CommonMark to HTML with cmark, returning Swift values only.
///
/// Raw HTML in the source is never passed through (cmark's safe default): it renders as an HTML
/// comment. Headings get stable ids, and their levels are shifted so that the page template owns the
/// only `<h1>` and levels never skip (a `####` straight after a `##` becomes `<h4>`→`<h3>`).
/// Pipe tables (with several header rows and merged cells, see `PipeTables`) become HTML tables.
public struct MarkdownRenderer: Sendable {
    /// The HTML level given to the shallowest heading in a document.
    public let topHeadingLevel: Int

    /// Creates a renderer.
    /// - Parameter topHeadingLevel: level for the document's shallowest headings (2 leaves `<h1>` to
    ///   the page title).
    public init(topHeadingLevel: Int = 2) {
        self.topHeadingLevel = max(1, min(6, topHeadingLevel))
    }

    /// Renders a Markdown document.
    /// - Parameters:
    ///   - markdown: the CommonMark source.
    ///   - rewriteLink: called with the destination of every link and image; a non-nil result
    ///     replaces it (the site uses this to turn links to `.md` files into links to their pages).
    public func render(_ markdown: String, rewriteLink: (String) -> String? = { _ in nil }) -> RenderedMarkdown {
        let options = CMARK_OPT_VALIDATE_UTF8
        let (markdown, tables) = PipeTables.extract(markdown)
        guard let document = cmark_parse_document(markdown, markdown.utf8.count, options) else {
            return RenderedMarkdown(html: "", headings: [])
        }
        defer { cmark_node_free(document) }

        let nodes = NodeCollection(document)
        removeSoftBreaksBetweenJapanese(nodes.softBreaks)
        for link in nodes.links {
            guard let url = cmark_node_get_url(link), let replacement = rewriteLink(String(cString: url)) else {
                continue
            }
            cmark_node_set_url(link, replacement)
        }
        let headings = decorate(nodes.headings)
        placeTables(tables, in: nodes.paragraphs)

        guard let cString = cmark_render_html(document, options) else {
            return RenderedMarkdown(html: "", headings: headings)
        }
        defer { free(cString) }
        return RenderedMarkdown(html: String(cString: cString), headings: headings)
    }

    /// Sets levels and ids on headings; the id travels as a custom inline node so that user raw HTML
    /// can stay disabled.
    private func decorate(_ nodes: [OpaquePointer]) -> [Heading] {
        let sourceLevels = nodes.map { Int(cmark_node_get_heading_level($0)) }
        let shallowest = sourceLevels.min() ?? 1
        var ids = HeadingIDAllocator()
        var previous = topHeadingLevel - 1
        var headings: [Heading] = []
        for (node, sourceLevel) in zip(nodes, sourceLevels) {
            let wanted = sourceLevel - shallowest + topHeadingLevel
            let level = min(6, min(wanted, previous + 1))
            previous = level
            cmark_node_set_heading_level(node, Int32(level))
            let text = plainText(of: node)
            let id = ids.allocate(for: text)
            attachID(id, to: node)
            headings.append(Heading(level: level, text: text, id: id))
        }
        return headings
    }

    /// Puts each pipe table where its placeholder paragraph stands, as a block of HTML made here
    /// (the cell text escaped), so raw HTML can stay disabled.
    private func placeTables(_ tables: [String], in paragraphs: [OpaquePointer]) {
        guard !tables.isEmpty else { return }
        for paragraph in paragraphs {
            guard let text = cmark_node_first_child(paragraph), cmark_node_next(text) == nil,
                let literal = literal(of: text), let index = PipeTables.index(ofPlaceholder: literal), tables.indices.contains(index),
                let block = cmark_node_new(CMARK_NODE_CUSTOM_BLOCK)
            else { continue }
            cmark_node_set_on_enter(block, tables[index])
            cmark_node_set_on_exit(block, "")
            cmark_node_replace(paragraph, block)
            cmark_node_free(paragraph)
        }
    }

    private func attachID(_ id: String, to heading: OpaquePointer) {
        guard let anchor = cmark_node_new(CMARK_NODE_CUSTOM_INLINE) else { return }
        // The id is ASCII letters, digits and hyphens only, so it is safe inside an attribute.
        cmark_node_set_on_enter(anchor, "<span class=\"anchor\" id=\"\(id)\"></span>")
        cmark_node_set_on_exit(anchor, "")
        cmark_node_prepend_child(heading, anchor)
    }

    /// A soft line break between two Japanese characters is an artefact of wrapping the source, and a
    /// browser would show it as a space; between Latin words it is a real space and stays.
    private func removeSoftBreaksBetweenJapanese(_ breaks: [OpaquePointer]) {
        for node in breaks {
            guard let before = cmark_node_previous(node), let after = cmark_node_next(node),
                let left = literal(of: before)?.unicodeScalars.last,
                let right = literal(of: after)?.unicodeScalars.first,
                JapaneseScalar.isWide(left), JapaneseScalar.isWide(right)
            else { continue }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    private func literal(of node: OpaquePointer) -> String? {
        guard cmark_node_get_type(node) == CMARK_NODE_TEXT, let text = cmark_node_get_literal(node) else {
            return nil
        }
        return String(cString: text)
    }

    private func plainText(of node: OpaquePointer) -> String {
        var text = ""
        var child = cmark_node_first_child(node)
        while let current = child {
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                if let literal = cmark_node_get_literal(current) { text += String(cString: literal) }
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                text += " "
            default:
                text += plainText(of: current)
            }
            child = cmark_node_next(current)
        }
        return text
    }
}

/// The nodes of a parsed document that rendering adjusts, gathered before any of them is changed
/// (cmark iterators must not see the tree change under them).
private struct NodeCollection {
    var headings: [OpaquePointer] = []
    var softBreaks: [OpaquePointer] = []
    var links: [OpaquePointer] = []
    var paragraphs: [OpaquePointer] = []

    init(_ document: OpaquePointer) {
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        var event = cmark_iter_next(iterator)
        while event != CMARK_EVENT_DONE {
            if event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) {
                switch cmark_node_get_type(node) {
                case CMARK_NODE_HEADING: headings.append(node)
                case CMARK_NODE_SOFTBREAK: softBreaks.append(node)
                case CMARK_NODE_LINK, CMARK_NODE_IMAGE: links.append(node)
                case CMARK_NODE_PARAGRAPH: paragraphs.append(node)
                default: break
                }
            }
            event = cmark_iter_next(iterator)
        }
    }
}
