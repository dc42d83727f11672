import Content
import Foundation

/// What an import did, for the command line.
public struct ImportReport: Sendable, Equatable {
    /// What was imported from one source.
    public struct Document: Sendable, Equatable {
        /// The source id from sources.yaml.
        public var id: String
        /// Number of sections at every level.
        public var sections: Int
        /// Number of tables handed over.
        public var tables: Int
        /// Relative paths (under `content/`) of the files written for it.
        public var files: [String]
        /// Share of content lines that reached the output, 0...1.
        public var coverage: Double
    }

    /// One entry per source, in sources.yaml order.
    public var documents: [Document]
}

/// `content/sources/` → `content/documents/`: reads `sources.yaml`, runs each document's reader and
/// writes one Markdown file per top-level section.
///
/// Everything is rendered in memory first; the files are written to a temporary directory inside
/// `content/` and swapped in with renames, so a failed import leaves `content/documents/` as it was.
/// ``ContentImporter`` does the same for the documents and the datasets together.
public struct DocumentImporter: Sendable {
    public init() {}

    /// Reads every source listed in `content/sources/sources.yaml` (from `sources` when the
    /// import has read them already). `claims` are the recovered datasets' lines, each shown as
    /// its dataset in the section that holds it (see ``TableClaim``); by default those of the
    /// datasets the dataset import reads from the same sources.
    public func documents(contentDirectory: URL, sources: ImportSources? = nil, claims: [TableClaim]? = nil) throws(ContentError) -> [SourceDocument] {
        let sources = if let sources { sources } else { try ImportSources.load(contentDirectory: contentDirectory) }
        let claims = if let claims { claims } else { try Self.claims(contentDirectory: contentDirectory, sources: sources) }
        return try sources.catalog.entries.map { entry throws(ContentError) in try Self.read(sources.text(entry), entry: entry, claims: claims) }
    }

    /// The claims of the datasets read from `sources`; none when the sources lack a document the
    /// dataset readers need (a folder holding other documents than the shipped ones).
    public static func claims(contentDirectory: URL, sources: ImportSources) throws(ContentError) -> [TableClaim] {
        let importer = DatasetImporter()
        let ids = Set(sources.catalog.entries.map(\.id))
        guard importer.readers.allSatisfy({ ids.contains(type(of: $0).document) }) else { return [] }
        do {
            return TableClaim.claims(of: try importer.datasets(contentDirectory: contentDirectory, sources: sources))
        } catch {
            throw error as? ContentError ?? ContentError(
                file: "content/sources", problem: "the datasets could not be read to place them in their sections: \(error)",
                fix: "run `shiryo import` to see the dataset error and correct its source or declaration")
        }
    }

    /// Runs the reader that `entry.format` names, with the claims on this document.
    public static func read(_ text: SourceText, entry: SourceEntry, claims: [TableClaim] = []) throws(ContentError) -> SourceDocument {
        let mine = claims.filter { $0.document == entry.id }
        return switch entry.format {
        case .tsvRoster: try RosterReader.read(text, id: entry.id, title: entry.title)
        case .pdfText: try PdfTextReader.read(text, id: entry.id, title: entry.title, claims: mine)
        case .pdfMarkdown: try MarkdownPdfReader.read(text, id: entry.id, title: entry.title, claims: mine)
        }
    }

    /// Imports every source and replaces `content/documents/` with the result.
    @discardableResult
    public func run(contentDirectory: URL, sources: ImportSources? = nil) throws(ContentError) -> ImportReport {
        let (report, files) = try prepare(contentDirectory: contentDirectory, sources: sources)
        do {
            try StagedFolder.replace([StagedFolder.Replacement(target: contentDirectory.appendingPathComponent("documents"), files: files)])
        } catch {
            throw .writeFailed(path: "content/documents", reason: error.localizedDescription)
        }
        return report
    }

    /// The report and the files of `content/documents/` (path under it → text), nothing written.
    func prepare(contentDirectory: URL, sources: ImportSources? = nil, claims: [TableClaim]? = nil) throws(ContentError) -> (ImportReport, [String: String]) {
        let documents = try documents(contentDirectory: contentDirectory, sources: sources, claims: claims)
        var report = ImportReport(documents: [])
        var files: [String: String] = [:]
        for document in documents {
            let rendered = SectionWriter().render(document)
            for file in rendered { files["\(document.id)/\(file.name)"] = file.contents }
            report.documents.append(
                .init(id: document.id, sections: document.sections.flatMap(\.flattened).count, tables: document.tables.count,
                      files: rendered.map { "documents/\(document.id)/\($0.name)" }, coverage: Coverage(document).ratio))
        }
        return (report, files)
    }

    /// Relative paths (under `content/`) of files that differ from what ``run(contentDirectory:)``
    /// would write: stale, missing, or no longer produced. Empty when the committed output is current.
    public func check(contentDirectory: URL, sources: ImportSources? = nil, claims: [TableClaim]? = nil) throws(ContentError) -> [String] {
        let files = try prepare(contentDirectory: contentDirectory, sources: sources, claims: claims).1
        return StagedFolder.differences(
            contentDirectory.appendingPathComponent("documents"), from: files, owned: { _ in true }, displayPrefix: "documents/")
    }
}
