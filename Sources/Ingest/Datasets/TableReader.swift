import Foundation
import Content

/// Reads the tables of one source document into datasets.
///
/// A reader finds its table by caption and shape, never by absolute line numbers, so that a line
/// inserted above the table changes only the `source.lines` it reports. Register a reader in
/// ``DatasetImporter/standardReaders``.
public protocol TableReader: Sendable {
    /// The id of the document it reads, as in `content/sources/sources.yaml`.
    static var document: String { get }

    /// The datasets recovered from the document (recoverable or recorded as unrecoverable).
    ///
    /// Throw a ``DatasetError`` naming the line when the table is malformed (a missing row, a cell
    /// that is not a number, a name that is not a prefecture); never drop a row silently.
    func read(_ source: SourceLinesInput) throws -> [Dataset]
}

/// A check that compares datasets with each other once every reader has run.
public protocol CrossDatasetCheck: Sendable {
    /// Adds its results to the `checks` of the datasets it compares. Datasets it needs but that
    /// are absent leave a not-checkable record rather than an error.
    func apply(to datasets: inout [Dataset])
}

extension Array where Element == Dataset {
    /// The index of the dataset with `id`.
    public func index(ofDataset id: String) -> Int? {
        firstIndex { $0.id == id }
    }
}
