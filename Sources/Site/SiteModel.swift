import Content

/// The assembled site: every page at its address, plus the navigation derived from them.
public struct SiteModel: Sendable {
    /// Site-wide settings.
    public let settings: SiteSettings
    /// Every page, sorted by output path.
    public let pages: [SitePage]
    /// Pages by location, for breadcrumbs and child listings.
    private let byLocation: [[String]: SitePage]
    /// Pages by source file, for links written to `.md` files.
    private let bySource: [String: SitePage]
    /// Child pages by parent location, in sibling order.
    private let childrenByParent: [[String]: [SitePage]]
    /// The pages linked from the header of every page: the top-level sections.
    public let navigation: [SitePage]

    /// Places pages, adds an index page for every folder that lacks one (so breadcrumbs never point
    /// at a missing file) and a home page when the content has none.
    /// - Throws: `ContentError` when an editor's page lands on the address of another page (for
    ///   example `pages/data.md` on the generated data index), which would otherwise vanish.
    public init(settings: SiteSettings, pages: [SitePage]) throws {
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
                        description: ancestor.isEmpty ? settings.description : nil,
                        body: .html(""), template: "page")
                }
            }
        }
        if byLocation[[]] == nil {
            byLocation[[]] = SitePage(location: [], title: settings.title, description: settings.description, body: .html(""))
        }
        self.settings = settings
        self.byLocation = byLocation
        self.bySource = Dictionary(
            pages.compactMap { page in page.sourcePath.map { ($0, page) } }, uniquingKeysWith: { first, _ in first })
        self.pages = byLocation.values.sorted { $0.outputPath < $1.outputPath }
        var children: [[String]: [SitePage]] = [:]
        for page in self.pages where !page.location.isEmpty {
            children[Array(page.location.dropLast()), default: []].append(page)
        }
        self.childrenByParent = children.mapValues { $0.sorted(by: SitePage.precedes) }
        self.navigation = childrenByParent[[]] ?? []
    }

    /// The page made from a source file (`pages/guide/setup.md`), if any.
    public func page(sourcePath: String) -> SitePage? {
        bySource[sourcePath]
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
