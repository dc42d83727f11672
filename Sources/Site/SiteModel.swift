import CommonMark
import Content
import Templates

/// The assembled site: every page at its address with its Markdown rendered and its view made, plus
/// the navigation derived from them.
public struct SiteModel: Sendable {
    /// Everything read from content/.
    let content: SiteContent
    /// Site-wide settings.
    public var settings: SiteSettings { content.settings }
    /// Every page with an address of its own, sorted by output path.
    public private(set) var pages: [SitePage]
    /// Pages rendered at an address outside the tree (the 404 page).
    public private(set) var unlisted: [SitePage]
    /// Pages by location, for breadcrumbs and child listings.
    private let byLocation: [[String]: SitePage]
    /// Output paths by source file, for links written to `.md` files.
    private let bySource: [String: String]
    /// Child pages by parent location, in sibling order.
    private let childrenByParent: [[String]: [SitePage]]
    /// The pages linked from the header of every page: the top-level sections.
    public let navigation: [SitePage]
    /// Rendered Markdown by source file, for pages that show another page's headings.
    private var renderedBySource: [String: RenderedMarkdown] = [:]
    /// The files beside editors' pages by source path and by output path, for the links and images
    /// that name them.
    let resourcesBySource: [String: PageResource]
    let resourcesByOutput: [String: PageResource]

    /// Places pages, adds an index page for every folder that lacks one (so breadcrumbs never point
    /// at a missing file) and a home page when the content has none, renders every Markdown body once
    /// through the link resolver, then makes every page's view.
    /// - Throws: `ContentError` when an editor's page lands on the address of another page (for
    ///   example `pages/data.md` on the generated data index), which would otherwise vanish, or when
    ///   a Markdown link leads nowhere.
    init(content: SiteContent, pages allPages: [SitePage]) throws {
        let settings = content.settings
        let pages = allPages.filter(\.isListed)
        var byLocation: [[String]: SitePage] = [:]
        for page in pages {
            if let other = byLocation[page.location] {
                let file = page.sourcePath ?? other.sourcePath ?? page.outputPath
                throw ContentError(
                    file: file, problem: "lands on \(page.outputPath), where the site also puts “\(page.sourcePath == file ? other.title : page.title)”",
                    fix: "rename the file or give it a different `slug`")
            }
            byLocation[page.location] = page
        }
        for page in pages {
            for depth in 0..<page.location.count {
                let ancestor = Array(page.location.prefix(depth))
                if byLocation[ancestor] == nil {
                    byLocation[ancestor] = SitePage(
                        location: ancestor, title: ancestor.last ?? settings.title,
                        description: ancestor.isEmpty ? settings.description : nil)
                }
            }
        }
        if byLocation[[]] == nil {
            byLocation[[]] = SitePage(location: [], title: settings.title, description: settings.description)
        }
        self.content = content
        self.resourcesBySource = Dictionary(content.resources.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.resourcesByOutput = Dictionary(content.resources.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.byLocation = byLocation
        self.bySource = Dictionary(
            pages.compactMap { page in page.sourcePath.map { ($0, page.outputPath) } }, uniquingKeysWith: { first, _ in first })
        self.pages = byLocation.values.sorted { $0.outputPath < $1.outputPath }
        self.unlisted = allPages.filter { !$0.isListed }
        var children: [[String]: [SitePage]] = [:]
        for page in self.pages where !page.location.isEmpty {
            children[Array(page.location.dropLast()), default: []].append(page)
        }
        self.childrenByParent = children.mapValues { $0.sorted(by: SitePage.precedes) }
        self.navigation = childrenByParent[[]] ?? []
        try renderMarkdown()
        try makeViews()
    }

    /// Renders every Markdown body exactly once, resolving its links to `.md` files.
    private mutating func renderMarkdown() throws {
        let renderer = MarkdownRenderer()
        let model = self
        let wiki = WikiTargets(pages: pages, content: content)
        let mentions = MentionLinks(content: content)
        let render: @Sendable (SitePage) throws -> SitePage = { page in
            guard case .markdown(let written, let line) = page.body else { return page }
            let source = try wiki.expand(written, page: page, firstLine: line)
            var resolver = MarkdownLinks(model: model, page: page, source: source, firstLine: line)
            var rendered = renderer.render(source) { resolver.resolve($0) }
            if let error = resolver.errors.first { throw error }
            if page.linksMentions { rendered = mentions.link(rendered, outputPath: page.outputPath) }
            if page.sourcePath?.hasPrefix("pages/") == true {
                rendered = PageImages.sized(rendered, page: page, resources: model.resourcesByOutput)
            }
            var page = page
            page.body = .rendered(rendered)
            return page
        }
        pages = try ParallelMap.map(pages, render)
        unlisted = try unlisted.map(render)
        for page in pages {
            if let source = page.sourcePath, case .rendered(let rendered) = page.body { renderedBySource[source] = rendered }
        }
    }

    /// Makes the views that need the assembled site, then runs the link pass over every view: its
    /// `SiteLink`s become relative to the page and its tables and charts are drawn, so rendering is
    /// templates only.
    private mutating func makeViews() throws {
        let model = self
        let make: @Sendable (SitePage) throws -> SitePage = { page in
            let view: any Sendable
            switch page.view {
            case .none: return page
            case .value(let value): view = value
            case .assembled(let make): view = try make(model)
            }
            var page = page
            let linker = RelativePath.Linker(from: page.outputPath)
            page.view = .value(TemplateSet.prepare(view, link: { linker.link(to: $0) }))
            return page
        }
        pages = try ParallelMap.map(pages, make)
        unlisted = try unlisted.map(make)
    }

    /// The output path of the page made from a source file (`pages/guide/setup.md`), if any.
    func outputPath(sourcePath: String) -> String? {
        bySource[sourcePath]
    }

    /// The rendered Markdown of the page made from a source file.
    func rendered(sourcePath: String) -> RenderedMarkdown? {
        renderedBySource[sourcePath]
    }

    /// Pages directly below a location, in sibling order.
    public func children(of location: [String]) -> [SitePage] {
        childrenByParent[location] ?? []
    }

    /// The pages above a page, from the home page down to its parent.
    public func ancestors(of page: SitePage) -> [SitePage] {
        (0..<page.location.count).compactMap { byLocation[Array(page.location.prefix($0))] }
    }
}
