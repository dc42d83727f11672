import Foundation
import Japanese

/// A source document split into 1-based lines, as the table readers see it.
///
/// Lines are split on LF only and empty lines are kept, so line numbers match `grep -n`; the last
/// line is kept even without a final newline (seed 000 ends on a data row).
public struct ConvertedText: Sendable {
    /// The file name errors and provenance refer to.
    public let fileName: String
    /// The lines, without their newline characters.
    public let lines: [String]

    /// Splits `text` into lines.
    public init(fileName: String, text: String) {
        self.fileName = fileName
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.lines = lines
    }

    /// Wraps the lines the dataset importer hands a reader.
    public init(_ input: SourceLinesInput) {
        self.fileName = input.path
        self.lines = input.lines
    }

    /// Reads a UTF-8 file.
    public init(contentsOf url: URL) throws {
        let data = try Data(contentsOf: url)
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConvertedTextError(file: url.lastPathComponent, line: 1, message: "the file is not UTF-8")
        }
        self.init(fileName: url.lastPathComponent, text: text)
    }

    /// The text of a 1-based line.
    public func line(_ number: Int) -> String {
        lines.indices.contains(number - 1) ? lines[number - 1] : ""
    }

    /// The first line at or after `start` whose width-folded, space-free text contains the
    /// width-folded, space-free `caption`. Captions are matched this way because the conversion
    /// spaces and widens characters inconsistently (`(単位:千円)` vs `(単位：千円)`).
    public func firstLine(containing caption: String, from start: Int = 1) -> Int? {
        let key = Self.captionKey(caption)
        guard start <= lines.count else { return nil }
        // A caption is a line of its own; the same words inside a table (the 目次) do not count.
        for number in max(start, 1)...lines.count
        where !PipeTable.isTableLine(lines[number - 1]) && Self.captionKey(lines[number - 1]).contains(key) {
            return number
        }
        return nil
    }

    /// Like ``firstLine(containing:from:)`` but throws an error naming the caption when it is absent.
    public func requireLine(containing caption: String, from start: Int = 1) throws -> Int {
        guard let number = firstLine(containing: caption, from: start) else {
            throw ConvertedTextError(
                file: fileName, line: max(start, 1),
                message: "caption 「\(caption)」 not found; the table cannot be located")
        }
        return number
    }

    /// An error at a line of this file.
    public func error(at line: Int, _ message: String) -> ConvertedTextError {
        ConvertedTextError(file: fileName, line: line, message: message)
    }

    static func captionKey(_ text: String) -> String {
        JapaneseText.matchKey(text)
    }
}

/// A table could not be read: the file, the line and what is wrong.
public struct ConvertedTextError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The source file name.
    public let file: String
    /// The 1-based line the problem was found at.
    public let line: Int
    /// What is wrong, and where useful what would fix it.
    public let message: String

    /// Creates an error.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    public var description: String { "\(file):\(line): \(message)" }
}
