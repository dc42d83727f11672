import Foundation
import Content

/// Reads the tables of one source document into datasets.
///
/// A reader finds its table by caption and shape, never by absolute line numbers, so that a line
/// inserted above the table changes only the `source.lines` it reports. Register a reader in
/// ``DatasetImporter/standardReaders``.
public protocol TableReader: Sendable {
    static var document: String { get }

    /// The datasets recovered from the document (recoverable or recorded as unrecoverable).
    ///
    /// Throw a ``ContentError`` naming the line when the table is malformed (a missing row, a cell
    /// that is not a number, a name that is not a prefecture); never drop a row silently.
    func read(_ source: SourceText) throws -> [Dataset]

    /// Every dataset of the document, given those read from its declarations
    /// (`content/sources/<doc-id>.tables.yaml`) and by the readers listed before it. By default
    /// those followed by ``read(_:)``'s; a reader that fills declared shells or computes from
    /// tables already read replaces it.
    func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset]
}

extension TableReader {
    public func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] { declared + (try read(source)) }
}

/// A check that compares datasets with each other once every reader has run.
public protocol CrossDatasetCheck: Sendable {
    /// Adds its results to the `checks` of the datasets it compares. When one of them is absent
    /// the other records the check as not checkable (see ``Array/recordMissing(_:in:id:)``).
    func apply(to datasets: inout [Dataset])
}

extension Array where Element == Dataset {
    /// The index of the dataset with `id`.
    public func index(ofDataset id: String) -> Int? { firstIndex { $0.id == id } }

    /// Records on each dataset of `ids` that exists that a cross-dataset check could not run
    /// because another of `ids` is missing; returns false in that case.
    public mutating func recordMissing(_ ids: [String], in title: String, id: String) -> Bool {
        let missing = ids.filter { index(ofDataset: $0) == nil }
        guard !missing.isEmpty else { return true }
        for present in ids.compactMap({ index(ofDataset: $0) }) {
            self[present].checks.append(DatasetChecks.notCheckable(
                id: id, kind: .crossDataset, title: title, reason: "比較するデータセット（\(missing.joined(separator: "、"))）がない"))
        }
        return false
    }
}
