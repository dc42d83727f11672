import Foundation

/// One file of the finished site, held in memory until the output is synced.
public struct OutputFile: Sendable, Equatable {
    /// Path inside the output directory, with `/` separators (`data/x.csv`).
    public let path: String
    /// The file's bytes.
    public let contents: Data

    /// Creates a file from bytes.
    public init(path: String, contents: Data) {
        self.path = path
        self.contents = contents
    }

    /// Creates a file from UTF-8 text.
    public init(path: String, text: String) {
        self.init(path: path, contents: Data(text.utf8))
    }
}
