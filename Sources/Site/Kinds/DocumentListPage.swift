import Content
import Templates

/// `documents/index.html`: the source documents with their issuer, date and number of sections.
struct DocumentListPage: PageKind {
    struct Item: Sendable {
        let title: String
        let href: SiteLink
        let issuer: String?
        let date: String?
        let sectionCount: String
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.documents.isEmpty else { return [] }
        let items = content.documents.map { document in
            Item(
                title: document.info.title, href: SiteLink(SitePage.outputPath(for: DocumentRoutes.cover(document.info))),
                issuer: document.info.issuer,
                date: DateText.display(iso: document.info.dateISO, wareki: document.info.dateWareki),
                sectionCount: SiteText.sectionCount(document.sections.count))
        }
        return [
            SitePage(
                location: DocumentRoutes.root, title: SiteText.documentsTitle, description: SiteText.documentsDescription,
                order: 30, template: "documents", view: .value(items))
        ]
    }
}
