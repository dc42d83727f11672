import Foundation

/// Loads `content/sources/sources.yaml` and the generated sections under `content/documents/`.
///
/// Both are optional: a wiki with only pages has no documents. Every section file must name a
/// document that sources.yaml describes, so a stale folder cannot publish sections without
/// provenance.
public struct DocumentLoader: Sendable {
    /// The content directory.
    public let contentDirectory: URL

    /// Creates a loader.
    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    /// Where the catalogue lives, relative to the content directory.
    public static let catalogPath = "sources/sources.yaml"

    /// Reads every document, in catalogue order.
    public func load() throws -> [LoadedDocument] {
        let infos = try loadCatalog()
        let documentsDirectory = contentDirectory.appendingPathComponent("documents")
        let files = try MarkdownFiles.list(under: documentsDirectory)
        var sections: [String: [DocumentSection]] = [:]
        for relative in files {
            let displayPath = "documents/" + relative
            let parts = relative.split(separator: "/")
            guard parts.count == 2, infos.contains(where: { $0.id == parts[0] }) else {
                throw ContentError(
                    file: displayPath, problem: "is not in a folder named after a document of \(Self.catalogPath)",
                    fix: "run `shiryo import` to regenerate content/documents/, or remove the file")
            }
            let section = try loadSection(displayPath, url: documentsDirectory.appendingPathComponent(relative))
            guard PageLoader.isValidSlug(section.slug) else {
                throw ContentError(
                    file: displayPath, problem: "“\(section.slug)” is not a valid address part",
                    fix: "name section files with lower-case ASCII letters, digits, - and _")
            }
            guard section.document == parts[0] else {
                throw ContentError(
                    file: displayPath, problem: "says `document: \(section.document)` but lies in documents/\(parts[0])/",
                    fix: "run `shiryo import` to regenerate content/documents/")
            }
            sections[section.document, default: []].append(section)
        }
        return infos.map { info in
            LoadedDocument(
                info: info,
                sections: (sections[info.id] ?? []).sorted { ($0.order, $0.slug) < ($1.order, $1.slug) })
        }
    }

    private func loadCatalog() throws -> [SourceDocumentInfo] {
        let url = contentDirectory.appendingPathComponent(Self.catalogPath)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let entries = try SourceCatalogFile.entries(
            yaml: try TextFile.read(url, displayPath: Self.catalogPath), file: Self.catalogPath)
        var seen: Set<String> = []
        for entry in entries where !seen.insert(entry.info.id).inserted {
            throw ContentError(
                file: Self.catalogPath, line: entry.line, problem: "id `\(entry.info.id)` is used twice",
                fix: "give each source its own id")
        }
        return entries.map(\.info)
    }

    private func loadSection(_ displayPath: String, url: URL) throws -> DocumentSection {
        let matter = try FrontMatter(parsing: try TextFile.read(url, displayPath: displayPath), file: displayPath)
        let fix = "run `shiryo import` to regenerate content/documents/"
        let linesText = try matter.required("source_lines", fix: fix)
        guard let lines = SourceLines(parsing: linesText) else {
            throw ContentError(
                file: displayPath, line: matter.line(of: "source_lines"),
                problem: "source_lines “\(linesText)” is not a line range such as 3-211", fix: fix)
        }
        let parts = try matter.mappings("sections").map { part in
            DocumentSection.Part(
                number: try part.string("number") ?? "", title: try part.required("title", fix: fix),
                level: try part.int("level") ?? 2, lines: try part.string("source_lines").flatMap(SourceLines.init(parsing:)))
        }
        return DocumentSection(
            sourcePath: displayPath, slug: url.deletingPathExtension().lastPathComponent,
            document: try matter.required("document", fix: fix), number: try matter.string("number") ?? "",
            title: try matter.required("title", fix: fix), lines: lines, order: try matter.int("order") ?? 0,
            parts: parts, body: matter.body, bodyLine: matter.bodyLine)
    }
}
