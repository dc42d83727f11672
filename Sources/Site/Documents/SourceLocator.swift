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

    /// Where a 「原資料 … 行 N–M」 note leads: the original's line-by-line view at line N, with
    /// the lines marked.
    func page(for source: DatasetSource) -> String? {
        documents[source.document].map { DocumentRoutes.sourceLines($0.info, source.lines) }
    }

    /// The section holding the source's first line.
    func section(for source: DatasetSource) -> DocumentSection? {
        documents[source.document]?.sections.first { $0.lines.first <= source.lines.first && source.lines.first <= $0.lines.last }
    }

    /// The dataset's place on the section page holding its first line (「この節のデータ」), or the
    /// document's cover page.
    func place(of dataset: Dataset) -> String? {
        guard let document = documents[dataset.source.document] else { return nil }
        guard let section = section(for: dataset.source) else { return SitePage.outputPath(for: DocumentRoutes.cover(document.info)) }
        return SitePage.outputPath(for: DocumentRoutes.section(section, in: document.info)) + "#" + SectionDatasets.anchor(dataset)
    }

    /// `原資料 001 行 3173–5598`.
    func provenance(_ source: DatasetSource) -> String {
        SiteText.provenance(documents[source.document]?.info.shortName ?? source.document, source.lines)
    }
}
