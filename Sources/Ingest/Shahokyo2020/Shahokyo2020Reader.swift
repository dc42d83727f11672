import Content
import Foundation

/// The dataset importer's reader for the 地域社保協 roster.
public struct Shahokyo2020Reader: TableReader {
    /// The document id.
    public static let document = Shahokyo2020.document

    /// Creates the reader.
    public init() {}

    /// The summary and the organisation list; their text is declared, so without declarations
    /// the reader has nothing to fill and stops at the missing declaration.
    public func read(_ source: SourceText) throws -> [Dataset] {
        try Shahokyo2020.datasets(from: source, declared: [])
    }

    /// The summary and the organisation list in their declared shells.
    public func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] {
        try Shahokyo2020.datasets(from: source, declared: declared)
    }
}

extension DatasetImporter {
    /// The readers of the 地域社保協 roster (`shahokyo-2020`).
    public static let shahokyoReaders: [any TableReader] = [Shahokyo2020Reader()]
}
