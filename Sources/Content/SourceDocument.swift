/// A source document as described in `content/sources/sources.yaml`.
public struct SourceDocumentInfo: Sendable, Equatable {
    /// Short stable id used in addresses (`ninchisho-2020`).
    public let id: String
    /// File name of the original under content/sources/.
    public let file: String
    /// The document's title.
    public let title: String
    /// The issuing body (局/課/室), when known.
    public let issuer: String?
    /// ISO date (`2020-03`, `2010-03-02`), when known.
    public let dateISO: String?
    /// The same date in 和暦 (`令和2年3月`), when known.
    public let dateWareki: String?
    /// Reader used by the importer (`pdf-text`, …).
    public let format: String
    /// Where the document was originally published, when known.
    public let publication: String?
    /// What the date or publication was inferred from, when the source does not print them (the
    /// cover says 推定 only with its grounds).
    public let inferred: String?

    /// Creates a description.
    public init(
        id: String, file: String, title: String, issuer: String? = nil, dateISO: String? = nil,
        dateWareki: String? = nil, format: String, publication: String? = nil, inferred: String? = nil
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.issuer = issuer
        self.dateISO = dateISO
        self.dateWareki = dateWareki
        self.format = format
        self.publication = publication
        self.inferred = inferred
    }

    /// The short name used in provenance notes: the numeric prefix of the file name (`001` for
    /// `001_71f2….txt`), or the id when the file has none.
    public var shortName: String {
        let prefix = file.prefix { $0.isNumber }
        return prefix.isEmpty ? id : String(prefix)
    }
}

/// One generated section file of a document (`content/documents/<id>/NN-slug.md`).
public struct DocumentSection: Sendable, Equatable {
    /// A heading inside the section, with its own provenance.
    public struct Part: Sendable, Equatable {
        /// Its number as printed (`（１）`, `ア`), possibly empty.
        public let number: String
        /// Its title.
        public let title: String
        /// Its depth below the section (2 for a direct sub-section).
        public let level: Int
        /// Where it stands in the source.
        public let lines: SourceLines?
    }

    /// Path of the file relative to the content directory.
    public let sourcePath: String
    /// Address part: the file name without `.md` (`01-taiko`).
    public let slug: String
    /// Document id from front matter.
    public let document: String
    /// Section number as printed (`１`).
    public let number: String
    /// Section title.
    public let title: String
    /// Where the section stands in the source.
    public let lines: SourceLines
    /// Position in the document.
    public let order: Int
    /// Its sub-sections, in order.
    public let parts: [Part]
    /// The Markdown body.
    public let body: String
    /// The line of the file where the body starts.
    public var bodyLine = 1
}

/// A document with its sections, ready for the site.
public struct LoadedDocument: Sendable, Equatable {
    /// The description from sources.yaml.
    public let info: SourceDocumentInfo
    /// Its sections in document order.
    public let sections: [DocumentSection]
}
