import Foundation
import Yams

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
        let root: Node?
        do { root = try Yams.compose(yaml: yaml) } catch {
            throw .catalogInvalid(path: name, line: nil, message: "not valid YAML (\(error)). Fix the syntax.")
        }
        guard let list = root?.mapping?["sources"]?.sequence else {
            throw .catalogInvalid(
                path: name, line: root?.mark?.line,
                message: "expected a top-level `sources:` list of documents.")
        }
        var entries: [SourceEntry] = []
        var seen: Set<String> = []
        for item in list {
            let line = item.mark?.line
            guard let map = item.mapping else {
                throw .catalogInvalid(path: name, line: line, message: "each source must be a mapping with id, file, title, format.")
            }
            func text(_ key: String) -> String? {
                map[key]?.string.flatMap { ["", "null", "~"].contains($0) ? nil : $0 }
            }
            func required(_ key: String) throws(IngestError) -> String {
                guard let value = text(key) else {
                    throw .catalogInvalid(path: name, line: line, message: "missing `\(key)`. Add it to this source.")
                }
                return value
            }
            let id = try required("id")
            let formatName = try required("format")
            guard let format = SourceFormat(rawValue: formatName) else {
                throw .unknownFormat(
                    path: name, line: map["format"]?.mark?.line ?? line, format: formatName,
                    known: SourceFormat.allCases.map(\.rawValue))
            }
            guard seen.insert(id).inserted else { throw .duplicateID(path: name, line: line, id: id) }
            let date = map["date"]?.mapping
            entries.append(
                SourceEntry(
                    id: id, file: try required("file"), title: try required("title"), issuer: text("issuer"),
                    dateISO: date?["iso"]?.string, dateWareki: date?["wareki"]?.string, format: format,
                    publication: text("publication"), catalogLine: line))
        }
        self.init(entries: entries)
    }

    /// Reads `sources.yaml` from disk.
    public init(contentsOf url: URL) throws(IngestError) {
        let source = try SourceText(contentsOf: url)
        try self.init(yaml: source.lines.joined(separator: "\n"), name: "content/sources/\(url.lastPathComponent)")
    }
}
