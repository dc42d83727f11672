import Content
import Templates

/// What the header partial sees: the site title and the top-level navigation.
struct HeaderView: Sendable {
    /// A link of the top navigation: a title longer than `NavigationTitle.limit` characters is
    /// shortened with “…” and given whole in the link's `title` attribute.
    struct Link: Sendable {
        let title: String
        let fullTitle: String?
        let href: SiteLink
        let current: Bool
    }

    let siteTitle: String
    let homeHref = SiteLink("index.html")
    let navigation: [Link]
}

/// Navigation repeats on every page: a very long title (a megabyte, in one probe) would be copied
/// into every page of the site and push the header off the screen.
enum NavigationTitle {
    static let limit = 30

    /// The title as the navigation shows it, and the whole title when that was shortened.
    static func shortened(_ title: String) -> (shown: String, full: String?) {
        guard title.count > limit else { return (title, nil) }
        return (title.prefix(limit - 1) + "…", title)
    }
}

/// The site header of every page, rendered once per distinct form rather than once per page.
///
/// A header's links depend only on how deep the page is and which top-level section it is in
/// (navigation targets are one folder deep), so a site of 10,000 pages has a few dozen distinct
/// headers; rendering the navigation list for every page was the largest cost of a build.
struct SiteHeaders: Sendable {
    struct Key: Hashable, Sendable {
        let depth: Int
        let section: String?

        init(outputPath: String) {
            let directories = outputPath.split(separator: "/").dropLast()
            depth = directories.count
            section = directories.first.map(String.init)
        }
    }

    private let rendered: [Key: String]

    /// Renders the header for every output path's form.
    init(model: SiteModel, templates: TemplateSet, outputPaths: [String]) throws {
        var rendered: [Key: String] = [:]
        for path in outputPaths {
            let key = Key(outputPath: path)
            if rendered[key] == nil {
                // The layout puts its own line break after the header, as it did around a partial.
                let linker = RelativePath.Linker(from: path)
                let html = try templates.render(
                    Self.view(model: model, outputPath: path), template: "partials/header", link: { linker.link(to: $0) })
                rendered[key] = html.hasSuffix("\n") ? String(html.dropLast()) : html
            }
        }
        self.rendered = rendered
    }

    /// The header HTML for a page.
    func html(outputPath: String) -> String {
        rendered[Key(outputPath: outputPath)] ?? ""
    }

    private static func view(model: SiteModel, outputPath: String) -> HeaderView {
        let section = Key(outputPath: outputPath).section
        let navigation = model.navigation.map {
            let title = NavigationTitle.shortened($0.title)
            return HeaderView.Link(
                title: title.shown, fullTitle: title.full, href: SiteLink($0.outputPath),
                current: section != nil && $0.location.first == section)
        }
        return HeaderView(siteTitle: model.settings.title, navigation: navigation)
    }
}
