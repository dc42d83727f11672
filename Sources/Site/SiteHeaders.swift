import Content
import Templates

/// What the header partial sees: the site title and the top-level navigation.
struct HeaderView {
    let siteTitle: String
    let homeHref = SiteLink("index.html")
    let navigation: [PageView.Link]
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
            PageView.Link(title: $0.title, href: SiteLink($0.outputPath), current: section != nil && $0.location.first == section)
        }
        return HeaderView(siteTitle: model.settings.title, navigation: navigation)
    }
}
