import Content
import Templates

/// A cover page per document: what it is, where its original is, and its table of contents.
struct DocumentCoverPages: PageKind {
    struct View: Sendable {
        let issuer: String?
        let date: String?
        let publication: String?
        let sourceFile: String
        let sourceHref: SiteLink
        let outline: [OutlineView]
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        content.documents.map { document in
            let info = document.info
            return SitePage(
                location: DocumentRoutes.cover(info), title: info.title, description: info.issuer, template: "document",
                view: .assembled { site in
                    View(
                        issuer: info.issuer, date: DateText.display(iso: info.dateISO, wareki: info.dateWareki),
                        publication: info.publication, sourceFile: info.file, sourceHref: SiteLink(DocumentRoutes.original(info)),
                        outline: document.sections.flatMap { section in
                            [DocumentRoutes.entry(section, in: info)] + DocumentRoutes.parts(section, in: info, site: site)
                        })
                })
        }
    }

    /// The originals, published beside each document so every provenance note can be checked.
    func files(_ site: SiteModel) -> [OutputFile] {
        site.content.documents.compactMap { document in
            site.content.originals[document.info.id].map { OutputFile(path: DocumentRoutes.original(document.info), contents: $0.bytes) }
        }
    }
}
