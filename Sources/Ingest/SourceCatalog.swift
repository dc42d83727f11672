import Content
import Foundation

/// The formats a source can be read as; each has one reader.
public enum SourceFormat: String, Sendable, CaseIterable {
    /// Tab-separated roster with titled blocks (seed 000).
    case tsvRoster = "tsv-roster"
    /// Plain text flattened from a PDF, with page-start markers (seed 001).
    case pdfText = "pdf-text"
    /// Markdown converted from a PDF (seed 003).
    case pdfMarkdown = "pdf-markdown"
}

/// One entry of `content/sources/sources.yaml`.
public struct SourceEntry: Sendable, Equatable {
    /// Short stable id, also the directory under `content/documents/`.
    public var id: String
    /// File name inside `content/sources/`.
    public var file: String
    /// Title of the document.
    public var title: String
    /// Issuing body (局/課/室), when the document names one.
    public var issuer: String?
    /// ISO 8601 date, as precise as the document allows (`2020-03`, `2010-03-02`).
    public var dateISO: String?
    /// The date as the document writes it (和暦 or 西暦).
    public var dateWareki: String?
    /// Which reader imports it.
    public var format: SourceFormat
    /// Where the document was originally published, where known.
    public var publication: String?
    /// Line of the entry in sources.yaml, for error messages.
    public var catalogLine: Int?

    /// Creates an entry.
    public init(
        id: String, file: String, title: String, issuer: String? = nil, dateISO: String? = nil,
        dateWareki: String? = nil, format: SourceFormat, publication: String? = nil, catalogLine: Int? = nil
    ) {
        self.id = id
        self.file = file
        self.title = title
        self.issuer = issuer
        self.dateISO = dateISO
        self.dateWareki = dateWareki
        self.format = format
        self.publication = publication
        self.catalogLine = catalogLine
    }
}

/// The parsed `sources.yaml`.
public struct SourceCatalog: Sendable, Equatable {
    /// Sources in file order.
    public var entries: [SourceEntry]

    /// Creates a catalog from entries.
    public init(entries: [SourceEntry]) {
        self.entries = entries
    }

    /// Reads `sources.yaml`; `name` is used in error messages.
    public init(yaml: String, name: String = "sources.yaml") throws(IngestError) {
        let parsed: [SourceCatalogEntry]
        do {
            parsed = try SourceCatalogFile.entries(yaml: yaml, file: name)
        } catch let error as ContentError {
            throw .catalogInvalid(path: name, line: error.line, message: "\(error.problem) — \(error.fix)")
        } catch {
            throw .catalogInvalid(path: name, line: nil, message: "\(error)")
        }
        var entries: [SourceEntry] = []
        var seen: Set<String> = []
        for entry in parsed {
            let info = entry.info
            guard let format = SourceFormat(rawValue: info.format) else {
                throw .unknownFormat(
                    path: name, line: entry.formatLine ?? entry.line, format: info.format,
                    known: SourceFormat.allCases.map(\.rawValue))
            }
            guard seen.insert(info.id).inserted else { throw .duplicateID(path: name, line: entry.line, id: info.id) }
            entries.append(
                SourceEntry(
                    id: info.id, file: info.file, title: info.title, issuer: info.issuer, dateISO: info.dateISO,
                    dateWareki: info.dateWareki, format: format, publication: info.publication, catalogLine: entry.line))
        }
        self.init(entries: entries)
    }

    /// Reads `sources.yaml` from disk.
    public init(contentsOf url: URL) throws(IngestError) {
        let source = try SourceText(contentsOf: url)
        try self.init(yaml: source.lines.joined(separator: "\n"), name: "content/sources/\(url.lastPathComponent)")
    }
}
