import Content

/// Finds where a table stands in the imported documents: the section page that holds its first
/// line, and the provenance note shown beside it.
struct SourceLocator: Sendable {
    private let documents: [String: LoadedDocument]

    init(documents: [LoadedDocument]) {
        self.documents = Dictionary(documents.map { ($0.info.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The document with an id, if it was imported.
    func document(_ id: String) -> LoadedDocument? {
        documents[id]
    }

    /// The document's title, or its id when it is unknown.
    func title(of id: String) -> String {
        documents[id]?.info.title ?? id
    }

    /// The section page holding the source's first line, or the document's cover page.
    func page(for source: DatasetSource) -> String? {
        guard let document = documents[source.document] else { return nil }
        let section = document.sections.first { $0.lines.first <= source.lines.first && source.lines.first <= $0.lines.last }
        return SitePage.outputPath(for: DocumentRoutes.root + [document.info.id] + (section.map { [$0.slug] } ?? []))
    }

    /// `原資料 001 行 3173–5598`.
    func provenance(_ source: DatasetSource) -> String {
        SiteText.provenance(documents[source.document]?.info.shortName ?? source.document, source.lines)
    }
}
