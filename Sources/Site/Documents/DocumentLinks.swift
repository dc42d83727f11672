import Content
import Templates

/// The document a page belongs to, as its section and line-view pages link back to it. Its fields
/// read in templates as the holding view's own (`{{documentTitle}}`, `{{documentHref}}`).
struct DocumentLink: InlineFields {
    let documentTitle: String
    /// The document's cover page.
    let documentHref: SiteLink

    init(_ info: SourceDocumentInfo) {
        documentTitle = info.title
        documentHref = SiteLink(SitePage.outputPath(for: DocumentRoutes.cover(info)))
    }
}

/// A document's original as published beside its pages: the file's name, the file, and the copy
/// that starts with a byte order mark. Its fields read in templates as the holding view's own
/// (`{{sourceFile}}`, `{{sourceHref}}`, `{{bomHref}}`).
struct OriginalLinks: InlineFields {
    let sourceFile: String
    let sourceHref: SiteLink
    let bomHref: SiteLink

    init(_ info: SourceDocumentInfo) {
        sourceFile = info.file
        sourceHref = SiteLink(DocumentRoutes.original(info))
        bomHref = SiteLink(DocumentRoutes.originalWithBOM(info))
    }
}
