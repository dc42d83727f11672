import Content
import Foundation

/// One import of `content/sources/` into `content/documents/` and `content/data/`, all or
/// nothing: each source is read once, the datasets are read first (their lines are shown as
/// their tables in the sections, see ``TableClaim``), every section file and every dataset is made in memory,
/// and only then are both folders staged and swapped in together (``StagedFolder``). A failure
/// anywhere (a truncated source whose table is gone, a full disk) leaves `content/` byte for
/// byte as it was.
public struct ContentImporter: Sendable {
    public let documents: DocumentImporter
    public let datasets: DatasetImporter

    /// Creates an importer; by default with every reader the project ships.
    public init(documents: DocumentImporter = DocumentImporter(), datasets: DatasetImporter = DatasetImporter()) {
        self.documents = documents
        self.datasets = datasets
    }

    /// Reads, renders and checks everything, then replaces both folders in one step.
    public func run(contentDirectory: URL) throws -> (documents: ImportReport, datasets: DatasetReport) {
        let sources = try ImportSources.load(contentDirectory: contentDirectory)
        let (datasetReport, datasetFiles, claims) = try datasets.prepare(contentDirectory: contentDirectory, sources: sources)
        let (documentReport, documentFiles) = try documents.prepare(contentDirectory: contentDirectory, sources: sources, claims: claims)
        do {
            try StagedFolder.replace([
                StagedFolder.Replacement(target: contentDirectory.appendingPathComponent("documents"), files: documentFiles),
                datasets.directory(contentDirectory).replacement(with: datasetFiles),
            ])
        } catch {
            throw ContentError.writeFailed(path: "content/documents, content/data", reason: error.localizedDescription)
        }
        return (documentReport, datasetReport)
    }

    /// The files under `content/` that differ from what ``run(contentDirectory:)`` would write.
    public func check(contentDirectory: URL) throws -> [String] {
        let sources = try ImportSources.load(contentDirectory: contentDirectory)
        let (_, datasetFiles, claims) = try datasets.prepare(contentDirectory: contentDirectory, sources: sources)
        return try documents.check(contentDirectory: contentDirectory, sources: sources, claims: claims)
            + datasets.differences(datasetFiles, contentDirectory: contentDirectory)
    }
}
