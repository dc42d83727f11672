import Content
import Foundation

/// `sources.yaml` and every document it lists, read, decoded and split once per import and
/// shared by the document importer and the dataset importer.
public struct ImportSources: Sendable {
    public let catalog: SourceCatalog
    /// `content/sources/`.
    public let directory: URL
    /// Each document's text by id; its `path` is `content/sources/<file>`.
    public let texts: [String: SourceText]

    /// Reads the catalog and every source in it.
    public static func load(contentDirectory: URL) throws(ContentError) -> ImportSources {
        let directory = contentDirectory.appendingPathComponent("sources")
        let catalog = try SourceCatalog(contentsOf: directory.appendingPathComponent("sources.yaml"))
        var texts: [String: SourceText] = [:]
        for entry in catalog.entries {
            let path = "content/sources/\(entry.file)"
            do throws(ContentError) {
                texts[entry.id] = try SourceText(
                    contentsOf: directory.appendingPathComponent(entry.file), document: entry.id, path: path)
            } catch {
                throw error.listed(at: "content/sources/sources.yaml" + (entry.catalogLine.map { ":\($0)" } ?? ""))
            }
        }
        return ImportSources(catalog: catalog, directory: directory, texts: texts)
    }

    /// The text of a catalogued document.
    public func text(_ entry: SourceEntry) -> SourceText {
        texts[entry.id] ?? SourceText(document: entry.id, path: "content/sources/\(entry.file)", lines: [])
    }
}
