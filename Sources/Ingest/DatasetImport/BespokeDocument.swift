import Content
import Foundation

/// A document whose irregular tables are read by Swift into their declared shells (`bespoke:`
/// in `content/sources/<doc-id>.tables.yaml`) and checked against its declared tables.
public protocol BespokeDocument: TableReader {
    /// Every dataset of the document: the `declared` ones with the shells filled; a missing
    /// declaration or a table that cannot be read stops the import with its file and line. With
    /// no declarations, it stops at the first missing one.
    static func datasets(from source: SourceText, declared: [Dataset]) throws -> [Dataset]
}

extension BespokeDocument {
    public func read(_ source: SourceText) throws -> [Dataset] { try Self.datasets(from: source, declared: []) }

    public func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] { try Self.datasets(from: source, declared: declared) }
}
