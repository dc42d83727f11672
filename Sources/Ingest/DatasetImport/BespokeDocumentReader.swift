import Content
import Foundation

/// A document whose irregular tables are read by Swift into their declared shells (`bespoke:`
/// in `content/sources/<doc-id>.tables.yaml`) and checked against its declared tables.
public protocol BespokeDocument {
    static var document: String { get }

    /// Every dataset of the document: the `declared` ones with the shells filled; a missing
    /// declaration or a table that cannot be read stops the import with its file and line.
    static func datasets(from source: SourceText, declared: [Dataset]) throws -> [Dataset]
}

/// The dataset importer's reader for a ``BespokeDocument``.
public struct BespokeDocumentReader<Document: BespokeDocument>: TableReader {
    public static var document: String { Document.document }

    public init() {}

    /// What the document makes of no declarations: with nothing to fill, it stops at the first
    /// missing declaration.
    public func read(_ source: SourceText) throws -> [Dataset] {
        try Document.datasets(from: source, declared: [])
    }

    /// The declared datasets with the document's shells filled.
    public func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] {
        try Document.datasets(from: source, declared: declared)
    }
}
