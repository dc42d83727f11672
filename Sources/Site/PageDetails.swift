/// Page-type specific data that the generic page view does not hold.
///
/// Each case carries ready-to-show view values; the renderer resolves their output paths into
/// relative links for the page being rendered.
public enum PageDetails: Sendable, Equatable {
    /// An ordinary page.
    case none
    /// The list of documents (`documents/index.html`).
    case documentList([DocumentSummary])
    /// A document's cover page with its table of contents.
    case document(DocumentCover)
    /// One section of a document.
    case section(SectionDetails)
    /// The list of datasets (`data/index.html`).
    case datasetIndex(DatasetIndex)
    /// One dataset.
    case dataset(DatasetPageDetails)
    /// The data-quality report.
    case quality(QualityDetails)
    /// The prefecture index.
    case prefectureIndex(PrefectureIndexDetails)
    /// One prefecture.
    case prefecture(PrefecturePageDetails)
}

/// A document as listed on the documents index.
public struct DocumentSummary: Sendable, Equatable {
    let title: String
    let outputPath: String
    let issuer: String?
    let date: String?
    let sectionCount: Int
}

/// A section or sub-section entry in a table of contents, with its provenance.
public struct OutlineEntry: Sendable, Equatable {
    let number: String
    let title: String
    /// Output path of the page, plus `#id` for a sub-section.
    let target: String
    let lines: String?
    let depth: Int
}

/// What a document's cover page shows beyond its title.
public struct DocumentCover: Sendable, Equatable {
    let issuer: String?
    let date: String?
    let publication: String?
    let sourceFile: String
    let sourceOutputPath: String
    let outline: [OutlineEntry]
}

/// What a section page shows beyond its body.
public struct SectionDetails: Sendable, Equatable {
    let documentTitle: String
    let documentOutputPath: String
    let provenance: String
    let sourceOutputPath: String
    let parts: [OutlineEntry]
    let previous: OutlineEntry?
    let next: OutlineEntry?
    /// The section's lines in the original, shown verbatim for checking.
    let excerpt: [NumberedLine]
}
