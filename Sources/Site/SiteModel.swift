import CommonMark
import Escaping
import Content
import Foundation
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
    /// Places in `pages` by location, for breadcrumbs and child listings (places, not copies: a page
    /// is a few hundred bytes, and a large site has 100,000 of them).
    private let indexByLocation: [[String]: Int]
    /// Output paths by source file, for links written to `.md` files.
    private let bySource: [String: String]
    /// Places in `pages` of the children by parent location, in sibling order.
    private let childrenByParent: [[String]: [Int]]
    /// The pages linked from the header of every page: the top-level sections.
    public let navigation: [SitePage]
    /// Markdown bodies other pages asked for, by source file (a document section's headings for its
    /// cover page): rendered once, on first request, and kept; every other body is rendered with its
    /// page's batch and dropped with it.
    private let requested = RequestedMarkdown()
    /// The page whose rendered Markdown `rendered(sourcePath:)` answers with, by source file.
    private let markdownBySource: [String: Int]
    /// Wiki link targets and first-mention names, taken once for every body.
    private let wiki: OnFirstUse<WikiTargets>
    private let mentions: MentionLinks
    /// The files beside editors' pages by source path and by output path, for the links and images
    /// that name them.
    let resourcesBySource: [String: PageResource]
    let resourcesByOutput: [String: PageResource]

    /// Places pages, adds an index page for every folder that lacks one (so breadcrumbs never point
    /// at a missing file) and a home page when the content has none. Bodies and views are made page
    /// by page later (`finished(_:)`), so the whole site's HTML is never in memory at once.
    /// - Throws: `ContentError` when an editor's page lands on the address of another page (for
    ///   example `pages/data.md` on the generated data index), which would otherwise vanish.
    init(content: SiteContent, pages allPages: [SitePage]) throws {
        let settings = content.settings
        // The listed pages, then a page for each folder that lacks one, placed by location as
        // numbers into this list: a page is copied once, into its place, not at every step.
        var entries: [SitePage] = []
        entries.reserveCapacity(allPages.count + 1)
        var byLocation: [[String]: Int] = [:]
        byLocation.reserveCapacity(allPages.count + 1)
        for page in allPages where page.isListed {
            if let other = byLocation[page.location].map({ entries[$0] }) {
                let file = page.sourcePath ?? other.sourcePath ?? page.outputPath
                throw ContentError(
                    file: file, problem: "lands on \(page.outputPath), where the site also puts “\(page.sourcePath == file ? other.title : page.title)”",
                    fix: "rename the file or give it a different `slug`")
            }
            byLocation[page.location] = entries.count
            entries.append(page)
        }
        let listed = entries.count
        // From the parent up, to the first place taken: a listed page there has its own places
        // above filled in turn, and one made here had them filled when it was made.
        for index in 0..<listed {
            let location = entries[index].location
            for depth in (0..<location.count).reversed() {
                let ancestor = Array(location.prefix(depth))
                guard byLocation[ancestor] == nil else { break }
                byLocation[ancestor] = entries.count
                entries.append(
                    SitePage(location: ancestor, title: ancestor.last ?? settings.title, description: ancestor.isEmpty ? settings.description : nil))
            }
        }
        if byLocation[[]] == nil {
            byLocation[[]] = entries.count
            entries.append(SitePage(location: [], title: settings.title, description: settings.description))
        }
        self.content = content
        self.resourcesBySource = Dictionary(content.resources.map { ($0.sourcePath, $0) }, uniquingKeysWith: { first, _ in first })
        self.resourcesByOutput = Dictionary(content.resources.map { ($0.outputPath, $0) }, uniquingKeysWith: { first, _ in first })
        self.bySource = Dictionary(
            entries[..<listed].compactMap { page in page.sourcePath.map { ($0, page.outputPath) } }, uniquingKeysWith: { first, _ in first })
        // The paths are taken out once: read through each page at every comparison, they cost
        // more than comparing them.
        let outputPaths = entries.map(\.outputPath)
        let order = byLocation.values.sorted { outputPaths[$0] < outputPaths[$1] }
        let placed = order.map { entries[$0] }
        var position = [Int](repeating: 0, count: entries.count)
        for (place, entry) in order.enumerated() { position[entry] = place }
        entries = []
        self.pages = placed
        self.unlisted = allPages.filter { !$0.isListed }
        self.indexByLocation = byLocation.mapValues { position[$0] }
        var children: [[String]: [Int]] = [:]
        for index in placed.indices where !placed[index].location.isEmpty {
            children[Array(placed[index].location.dropLast()), default: []].append(index)
        }
        self.childrenByParent = children.mapValues { $0.sorted { SitePage.precedes(placed[$0], placed[$1]) } }
        self.navigation = (children[[]] ?? []).sorted { SitePage.precedes(placed[$0], placed[$1]) }.map { placed[$0] }
        var markdownBySource: [String: Int] = [:]
        for index in placed.indices {
            if let source = placed[index].sourcePath, placed[index].body.isMarkdown { markdownBySource[source] = index }
        }
        self.markdownBySource = markdownBySource
        self.wiki = OnFirstUse { [pages = self.pages] in WikiTargets(pages: pages, content: content) }
        self.mentions = MentionLinks(content: content)
    }

    /// The page ready for its template: its Markdown rendered through the link resolver and its view
    /// made, with the link pass run over it (its `SiteLink`s become relative to the page and its
    /// tables and charts are drawn), so rendering is templates only.
    /// - Throws: `ContentError` when a Markdown link leads nowhere, or when the view cannot be made.
    func finished(_ page: SitePage) throws -> SitePage {
        var page = page
        // The view is made first: a view that asks for its own page's body (a section's parts and
        // text) renders it once and keeps it, and the page's body is then that one rather than a
        // second rendering. A problem in the body is still reported before one in the view.
        let made: Result<(any Sendable)?, any Error>
        switch page.view {
        case .none: made = .success(nil)
        case .value(let value): made = .success(value)
        case .assembled(let make): made = Result { try make(self) }
        }
        if let rendered = try renderedMarkdown(of: page) { page.body = .rendered(rendered) }
        guard let view = try made.get() else { return page }
        let linker = RelativePath.Linker(from: page.outputPath)
        page.view = .value(TemplateSet.prepare(view, link: { linker.link(to: $0) }))
        return page
    }

    /// A page's Markdown body rendered, its links to `.md` files resolved (nil when it has none).
    private func renderedMarkdown(of page: SitePage) throws -> RenderedMarkdown? {
        let written: String, line: Int
        switch page.body {
        case .markdown(let text, let first): (written, line) = (text, first)
        case .stored(let body, let first): (written, line) = (try body.text(), first)
        case .none, .rendered: return nil
        }
        // A body another page asked for is rendered already (the same page: its links are relative to it).
        if let source = page.sourcePath, let index = markdownBySource[source], pages[index].outputPath == page.outputPath,
            let known = requested.value(source)
        {
            return known
        }
        let source = ByteSearch.contains("[[", in: written) ? try wiki.value.expand(written, page: page, firstLine: line) : written
        var resolver = MarkdownLinks(model: self, page: page, source: source, firstLine: line)
        var rendered = MarkdownRenderer().render(source) { resolver.resolve($0) }
        if let error = resolver.errors.first { throw error }
        if page.linksMentions { rendered = mentions.link(rendered, outputPath: page.outputPath) }
        if page.sourcePath?.hasPrefix("pages/") == true {
            rendered = PageImages.sized(rendered, page: page, resources: resourcesByOutput)
        }
        return rendered
    }

    /// The output path of the page made from a source file (`pages/guide/setup.md`), if any.
    func outputPath(sourcePath: String) -> String? {
        bySource[sourcePath]
    }

    /// The rendered Markdown of the page made from a source file.
    /// A body with a broken link gives nil here; the build fails on it when its own page is made.
    func rendered(sourcePath: String) -> RenderedMarkdown? {
        if let known = requested.value(sourcePath) { return known }
        guard let index = markdownBySource[sourcePath], let rendered = try? renderedMarkdown(of: pages[index]) else { return nil }
        requested.store(rendered, for: sourcePath)
        return rendered
    }

    /// Pages directly below a location, in sibling order.
    public func children(of location: [String]) -> [SitePage] {
        (childrenByParent[location] ?? []).map { pages[$0] }
    }

    /// The pages above a page, from the home page down to its parent.
    public func ancestors(of page: SitePage) -> [SitePage] {
        (0..<page.location.count).compactMap { indexByLocation[Array(page.location.prefix($0))].map { pages[$0] } }
    }
}

/// The Markdown bodies other pages asked for, shared by the pages of a batch rendered at once.
private final class RequestedMarkdown: @unchecked Sendable {
    private var bySource: [String: RenderedMarkdown] = [:]
    private let lock = NSLock()

    func value(_ source: String) -> RenderedMarkdown? {
        lock.withLock { bySource[source] }
    }

    func store(_ rendered: RenderedMarkdown, for source: String) {
        lock.withLock { bySource[source] = rendered }
    }
}
