import Foundation

/// `sources.yaml` and every document it lists, read, decoded and split once per import and
/// shared by the document importer and the dataset importer.
public struct ImportSources: Sendable {
    /// The catalog.
    public let catalog: SourceCatalog
    /// `content/sources/`.
    public let directory: URL
    /// Each document's text by id; its `path` is `content/sources/<file>`.
    public let texts: [String: SourceText]

    /// Reads the catalog and every source in it.
    public static func load(contentDirectory: URL) throws(IngestError) -> ImportSources {
        let directory = contentDirectory.appendingPathComponent("sources")
        let catalog = try SourceCatalog(contentsOf: directory.appendingPathComponent("sources.yaml"))
        var texts: [String: SourceText] = [:]
        for entry in catalog.entries {
            let path = "content/sources/\(entry.file)"
            do throws(IngestError) {
                texts[entry.id] = try SourceText(
                    contentsOf: directory.appendingPathComponent(entry.file), document: entry.id, path: path)
            } catch {
                throw relocate(error, entry: entry)
            }
        }
        return ImportSources(catalog: catalog, directory: directory, texts: texts)
    }

    /// The text of a catalogued document.
    public func text(_ entry: SourceEntry) -> SourceText {
        texts[entry.id] ?? SourceText(document: entry.id, path: "content/sources/\(entry.file)", lines: [])
    }

    /// A read error with the catalog entry that names the file.
    private static func relocate(_ error: IngestError, entry: SourceEntry) -> IngestError {
        let path = "content/sources/\(entry.file)"
        let listedAt = "content/sources/sources.yaml" + (entry.catalogLine.map { ":\($0)" } ?? "")
        return switch error {
        case .unreadable(_, let reason): .unreadable(path: path, reason: "\(reason); listed at \(listedAt)")
        case .notUTF8(_, let offset, _): .notUTF8(path: path, byteOffset: offset, listedAt: listedAt)
        case .empty: .empty(path: path, listedAt: listedAt)
        default: error
        }
    }
}
