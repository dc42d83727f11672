import Content
import Foundation

/// The dataset importer's reader for 社会・援護局関係主管課長会議資料.
public struct Shakai2010Reader: TableReader {
    /// The document id.
    public static let document = Shakai2010.document

    /// Creates the reader.
    public init() {}

    /// The irregular tables, without the declared ones.
    public func read(_ source: SourceLinesInput) throws -> [Dataset] {
        try read(source, declared: [])
    }

    /// Every dataset of the document: the declared tables with the irregular ones, checked
    /// against each other.
    public func read(_ source: SourceLinesInput, declared: [Dataset]) throws -> [Dataset] {
        try ConvertedTextError.reported(in: source) { try Shakai2010.datasets(from: ConvertedText(source), declared: declared) }
    }
}

extension ConvertedTextError {
    /// Runs `body`, turning a table error into the importer's error with what would fix it.
    public static func reported<T>(in source: SourceLinesInput, _ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as ConvertedTextError {
            throw source.error(
                line: error.line, error.message,
                fix: "compare the table at this line with the original document; the reader needs its caption, every prefecture once and a number (or －) in every numeric cell")
        }
    }
}

extension DatasetImporter {
    /// The readers of 社会・援護局関係主管課長会議資料 (`shakai-engo-2010`).
    public static let shakaiReaders: [any TableReader] = [Shakai2010Reader()]
}
