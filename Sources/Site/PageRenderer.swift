import CommonMark
import Content
import Templates

/// Turns assembled pages into HTML files through the Mustache templates.
struct PageRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    let headers: SiteHeaders
    let markdown = MarkdownRenderer()

    /// Renders one page at its own output path.
    func render(_ page: SitePage) throws -> OutputFile {
        try render(page, at: page.outputPath)
    }

    /// Renders a page at a given output path (the 404 page lives at `404.html`, not in a folder).
    func render(_ page: SitePage, at outputPath: String) throws -> OutputFile {
        let linker = RelativePath.Linker(from: outputPath)
        let link = { (target: String) in linker.link(to: target) }
        let (html, headings): (String, [Heading]) = try {
            switch page.body {
            case .markdown(let source):
                var resolver = MarkdownLinks(model: model, page: page, outputPath: outputPath)
                let rendered = markdown.render(source) { resolver.resolve($0) }
                if let error = resolver.errors.first { throw error }
                return (rendered.html, rendered.headings)
            case .html(let html):
                return (html, [])
            case .rendered(let rendered):
                return (rendered.html, rendered.headings)
            }
        }()
        let settings = model.settings
        let isHome = page.location.isEmpty && outputPath == "index.html"
        let tocEntries = headings.filter { $0.level <= 3 }
        let view = PageView(
            lang: settings.language,
            title: page.title,
            documentTitle: isHome ? settings.title : "\(page.title) | \(settings.title)",
            description: page.description.flatMap { $0.isEmpty ? nil : $0 },
            header: headers.html(outputPath: outputPath),
            stylesheetHref: link("assets/site.css"),
            scriptHref: link("assets/site.js"),
            tableScriptHref: link("assets/table-sort.js"),
            canonicalURL: settings.baseURL.map { SiteURL.absolute(base: $0, outputPath: outputPath) },
            breadcrumbs: isHome
                ? []
                : model.ancestors(of: page).map { PageView.Link(title: $0.title, href: link($0.outputPath), current: false) }
                    + [PageView.Link(title: page.title, href: link(outputPath), current: true)],
            toc: tocEntries.count >= 2
                ? tocEntries.map { PageView.TocEntry(text: $0.text, href: "#" + $0.id, nested: $0.level > 2) } : [],
            content: html,
            // Only a page at its own address lists what lies below it (not the 404 page, which
            // borrows the home location).
            children: (outputPath == page.outputPath ? model.children(of: page.location) : []).map {
                PageView.Child(title: $0.title, href: link($0.outputPath), description: $0.description)
            },
            editHref: settings.editURL.flatMap { prefix in page.sourcePath.map { prefix + $0 } },
            footer: settings.footer.isEmpty ? nil : settings.footer
        ).withFlags()
        return OutputFile(path: outputPath, text: try templates.render(withDetails(view, page.details, link), template: page.template))
    }

    private func withDetails(_ view: PageView, _ details: PageDetails, _ link: @escaping (String) -> String) -> PageView {
        var view = view
        let factory = DocumentViewFactory(link: link)
        switch details {
        case .none: break
        case .documentList(let documents): view.documentList = factory.list(documents)
        case .document(let cover): view.document = factory.cover(cover)
        case .section(let section): view.section = factory.section(section)
        case .datasetIndex(let index): view.datasetGroups = DataViewFactory(link: link).index(index)
        case .dataset(let dataset): view.dataset = DataViewFactory(link: link).dataset(dataset)
        case .quality(let quality): view.quality = DataViewFactory(link: link).quality(quality)
        case .prefectureIndex(let index): view.prefectureIndex = PrefectureViewFactory(link: link).index(index)
        case .prefecture(let prefecture): view.prefecture = PrefectureViewFactory(link: link).page(prefecture)
        }
        return view
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
