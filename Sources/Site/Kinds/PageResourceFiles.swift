import Content

/// The files beside the Markdown pages, published at the same place (page bundles).
struct PageResourceFiles: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] { [] }

    func files(_ site: SiteModel) -> [OutputFile] {
        site.content.resources.map { OutputFile(path: $0.outputPath, contents: $0.contents) }
    }
}
