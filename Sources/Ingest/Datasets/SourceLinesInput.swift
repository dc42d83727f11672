import Foundation
import Content
import Japanese

/// The text of one source document as a table reader sees it: 1-based lines plus the helpers
/// readers share for locating captions and reporting errors.
public struct SourceLinesInput: Sendable {
    /// The document id (`ninchisho-2020`).
    public let document: String
    /// The path shown in errors (`content/sources/001_….txt`).
    public let path: String
    /// Line 1 is `lines[0]`.
    public let lines: [String]
    /// The match key of every line, computed once: readers look for captions dozens of times per
    /// document, and normalising all lines on each search dominated the import.
    private let keys: [String]

    /// Creates an input.
    public init(document: String, path: String, lines: [String]) {
        self.document = document
        self.path = path
        self.lines = lines
        keys = lines.map(JapaneseText.matchKey)
    }

    /// All line numbers, 1-based.
    public var lineNumbers: ClosedRange<Int> { 1...max(1, lines.count) }

    /// The text of a 1-based line, or "" outside the document.
    public subscript(line: Int) -> String {
        lines.indices.contains(line - 1) ? lines[line - 1] : ""
    }

    /// The line with page-start spaces and width differences removed, for caption matching.
    public func key(_ line: Int) -> String {
        keys.indices.contains(line - 1) ? keys[line - 1] : ""
    }

    /// The first line at or after `start` (and before `end`, exclusive) whose match key contains `text`.
    public func firstLine(containing text: String, from start: Int = 1, before end: Int? = nil) -> Int? {
        let needle = JapaneseText.matchKey(text)
        let stop = min(end ?? lines.count + 1, lines.count + 1)
        guard start < stop else { return nil }
        return (max(1, start)..<stop).first { key($0).contains(needle) }
    }

    /// Lines in `range` that hold any text.
    public func nonBlankLines(_ range: ClosedRange<Int>) -> [Int] {
        range.clamped(to: lineNumbers).filter { !self[$0].allSatisfy(\.isWhitespace) }
    }

    /// An error at `line` of this document.
    public func error(line: Int?, _ problem: String, fix: String) -> ContentError {
        ContentError(file: path, line: line, problem: problem, fix: fix)
    }

    /// A source reference for `first…last`.
    public func source(_ first: Int, _ last: Int) -> DatasetSource {
        DatasetSource(document: document, lines: SourceLines(first: first, last: last))
    }
}
