import CommonMark
import Content
import Templates

/// Turns assembled pages into HTML files through the Mustache templates.
struct PageRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    let headers: SiteHeaders
    /// `assets/site.css`, inlined into the 404 page.
    var stylesheet: String? = nil

    /// Renders a page at its output path; every `SiteLink` in its view becomes relative to it.
    func render(_ page: SitePage) throws -> OutputFile {
        let outputPath = page.outputPath
        let rendered: RenderedMarkdown? = if case .rendered(let rendered) = page.body { rendered } else { nil }
        let settings = model.settings
        let isHome = page.location.isEmpty && page.isListed
        let tocEntries = (rendered?.headings ?? []).filter { $0.level <= 3 }
        var view = PageView(
            lang: settings.language,
            title: page.title,
            documentTitle: isHome ? settings.title : "\(page.title) | \(settings.title)",
            description: page.description.flatMap { $0.isEmpty ? nil : $0 },
            header: headers.html(outputPath: outputPath),
            canonicalURL: settings.baseURL.map { SiteURL.absolute(base: $0, outputPath: outputPath) },
            breadcrumbs: isHome
                ? []
                : model.ancestors(of: page).map { PageView.Link(title: $0.title, href: SiteLink($0.outputPath), current: false) }
                    + [PageView.Link(title: page.title, href: SiteLink(outputPath), current: true)],
            toc: tocEntries.count >= 2
                ? tocEntries.map { PageView.TocEntry(text: $0.text, href: "#" + $0.id, nested: $0.level > 2) } : [],
            content: rendered?.html ?? "",
            // Only a page at its own address lists what lies below it (not the 404 page, which
            // borrows the home location).
            children: (page.isListed ? model.children(of: page.location) : []).map {
                PageView.Child(title: $0.title, href: SiteLink($0.outputPath), description: $0.description)
            },
            // Generated sections are rewritten by `shiryo import`; they link their source lines instead.
            editHref: settings.editURL.flatMap { prefix in
                page.sourcePath.flatMap { $0.hasPrefix("documents/") ? nil : prefix + $0 }
            },
            footer: settings.footer.isEmpty ? nil : settings.footer,
            updated: page.sourcePath.flatMap { model.content.lastCommitDates[$0] }.map(DateText.display(iso:)),
            view: page.view.value
        )
        if outputPath == NotFoundPage.outputPath {
            view.inlineStyle = stylesheet
            view.baseHref = settings.baseURL.map { SiteURL.absolute(base: $0, outputPath: "") }
        }
        let linker = RelativePath.Linker(from: outputPath)
        return OutputFile(
            path: outputPath, text: try templates.render(view, template: page.template, link: { linker.link(to: $0) }))
    }
}

/// Absolute addresses, used only where a standard demands them (sitemap, canonical link).
enum SiteURL {
    /// `https://example.org/portal/` + `a/b/index.html` → `https://example.org/portal/a/b/`.
    static func absolute(base: String, outputPath: String) -> String {
        let root = base.hasSuffix("/") ? base : base + "/"
        let path = outputPath.hasSuffix("index.html") ? String(outputPath.dropLast("index.html".count)) : outputPath
        return root + path
    }
}
