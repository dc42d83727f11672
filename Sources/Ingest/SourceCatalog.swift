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

/// One entry of `content/sources/sources.yaml`: the description the site also reads, plus the
/// reader that imports it.
public struct SourceEntry: Sendable, Equatable {
    public var info: SourceDocumentInfo
    public var format: SourceFormat
    /// Line of the entry in sources.yaml, for error messages.
    public var catalogLine: Int?

    /// Short stable id, also the directory under `content/documents/`.
    public var id: String { info.id }
    /// File name inside `content/sources/`.
    public var file: String { info.file }
    public var title: String { info.title }
}

/// The parsed `sources.yaml`.
public struct SourceCatalog: Sendable, Equatable {
    public var entries: [SourceEntry]

    /// Reads `sources.yaml`; `name` is used in error messages.
    public init(yaml: String, name: String = "sources.yaml") throws(ContentError) {
        let parsed: [SourceCatalogEntry]
        do {
            parsed = try SourceCatalogFile.entries(yaml: yaml, file: name)
        } catch {
            throw error as? ContentError ?? ContentError(file: name, problem: "cannot be read as a list of sources (\(error))", fix: "check its YAML")
        }
        var entries: [SourceEntry] = []
        var seen: Set<String> = []
        for entry in parsed {
            let info = entry.info
            guard let format = SourceFormat(rawValue: info.format) else {
                throw ContentError(
                    file: name, line: entry.formatLine ?? entry.line, problem: "unknown format '\(info.format)'",
                    fix: "use one of: \(SourceFormat.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            guard seen.insert(info.id).inserted else { throw .duplicateID(path: name, line: entry.line, id: info.id) }
            entries.append(SourceEntry(info: info, format: format, catalogLine: entry.line))
        }
        self.entries = entries
    }

    /// Reads `sources.yaml` from disk.
    public init(contentsOf url: URL) throws(ContentError) {
        let source = try SourceText(contentsOf: url)
        try self.init(yaml: source.lines.joined(separator: "\n"), name: "content/sources/\(url.lastPathComponent)")
    }
}
