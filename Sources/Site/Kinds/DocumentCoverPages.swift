import Foundation
import Content
import Templates

/// A cover page per document: what it is, where its original is, and its table of contents.
struct DocumentCoverPages: PageKind {
    struct View: Sendable {
        let issuer: String?
        let date: String?
        let publication: String?
        /// What the date or publication was inferred from.
        let inferred: String?
        /// What kind of text the original is.
        let sourceKind: String
        let original: OriginalLinks
        let sourceViewHref: SiteLink
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
                        publication: info.publication, inferred: info.inferred, sourceKind: SiteText.originalKind(format: info.format),
                        original: OriginalLinks(info),
                        sourceViewHref: SiteLink(SitePage.outputPath(for: DocumentRoutes.sourceView(info))),
                        outline: OutlineView.nest(document.sections.flatMap { section in
                            [DocumentRoutes.entry(section, in: info)] + DocumentRoutes.parts(section, in: info, site: site)
                        }))
                })
        }
    }

    /// The originals, published beside each document so every provenance note can be checked, each
    /// with a copy that starts with a UTF-8 byte order mark for reading outside the browser.
    func files(_ site: SiteModel) -> [OutputFile] {
        site.content.documents.flatMap { document -> [OutputFile] in
            guard let original = site.content.originals[document.info.id] else { return [] }
            return [
                OutputFile(path: DocumentRoutes.original(document.info), contents: original.bytes),
                OutputFile(path: DocumentRoutes.originalWithBOM(document.info), contents: Self.withByteOrderMark(original.bytes)),
            ]
        }
    }

    /// The bytes with one UTF-8 byte order mark in front (an original that has one keeps just it).
    static func withByteOrderMark(_ bytes: Data) -> Data {
        let mark = Data([0xEF, 0xBB, 0xBF])
        return bytes.starts(with: mark) ? bytes : mark + bytes
    }
}
