import Content
import Foundation

/// The dataset importer's reader for 社会・援護局関係主管課長会議資料.
public struct Shakai2010Reader: TableReader {
    /// The document id.
    public static let document = Shakai2010.document

    /// Creates the reader.
    public init() {}

    /// The irregular tables, without the declared ones.
    public func read(_ source: SourceText) throws -> [Dataset] {
        try read(source, declared: [])
    }

    /// Every dataset of the document: the declared tables with the irregular ones, checked
    /// against each other.
    public func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] {
        try Shakai2010.datasets(from: source, declared: declared)
    }
}

extension DatasetImporter {
    /// The readers of 社会・援護局関係主管課長会議資料 (`shakai-engo-2010`).
    public static let shakaiReaders: [any TableReader] = [Shakai2010Reader()]
}
