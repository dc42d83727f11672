import Content
import Escaping
import Foundation
import Japanese

/// A source document decoded and split into lines once per import, as every reader sees it.
///
/// One split rule: LF only, empty lines kept, a last line without a newline kept (seed 000 ends on
/// a data row), so line numbers equal `grep -n`. The match key of every line is computed once:
/// readers look for captions dozens of times per document, and normalising all lines on each
/// search dominated the import.
public struct SourceText: Sendable {
    /// The document id (`ninchisho-2020`), or "" for a file that is not a catalogued document.
    public let document: String
    /// The path shown in errors and provenance (`content/sources/001_….txt`).
    public let path: String
    /// Line 1 is `lines[0]`.
    public let lines: [String]
    private let keys: [String]
    /// Every pipe table of the document, located when it is split, in order: readers look a table
    /// up here (``LocatedTable/first(in:from:layout:)``) instead of scanning the text again for its shape.
    public let pipeTables: [LocatedTable]
    /// Every block of tab-separated lines, located likewise.
    public let tsvTables: [LocatedTable]

    public init(document: String = "", path: String, lines: [String]) {
        self.document = document
        self.path = path
        self.lines = lines
        keys = lines.map(JapaneseText.matchKey)
        pipeTables = LocatedTable.locateAll(in: lines, layout: .pipe)
        tsvTables = LocatedTable.locateAll(in: lines, layout: .tsv)
    }

    /// Splits `text` by the one rule (a byte-order mark and CR before LF are encoding details).
    public init(document: String = "", path: String, text: String) {
        var text = text
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        // "\r\n" is a single Character in Swift, so it is normalised before splitting on "\n".
        let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = unix.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        self.init(document: document, path: path, lines: lines)
    }

    /// Decodes `data` as UTF-8, refusing invalid or empty input with an error naming `path`.
    public init(document: String = "", path: String, data: Data) throws(ContentError) {
        guard !data.isEmpty else { throw .empty(path: path) }
        guard let text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path: path, byteOffset: UTF8Check.firstInvalidByte(in: data))
        }
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: path) }
        self.init(document: document, path: path, text: text)
    }

    /// Reads and decodes a file; `path` defaults to its name.
    public init(contentsOf url: URL, document: String = "", path: String? = nil) throws(ContentError) {
        let data: Data
        do { data = try TextFile.bytes(url, displayPath: path ?? url.lastPathComponent) } catch {
            throw error as? ContentError ?? .unreadable(path: path ?? url.lastPathComponent, reason: error.localizedDescription)
        }
        try self.init(document: document, path: path ?? url.lastPathComponent, data: data)
    }

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
        return (max(1, start)..<stop).first { Self.contains(key($0), needle) }
    }

    /// Whether a match key holds another. Both are normalised already (``JapaneseText/matchKey(_:)``),
    /// so comparing their UTF-8 bytes finds what Foundation's cluster-folding search finds, many
    /// times faster; every caption of every table is looked up this way.
    static func contains(_ key: String, _ needle: String) -> Bool {
        !needle.isEmpty && ByteSearch.contains(needle, in: key)
    }

    /// Like ``firstLine(containing:from:before:)`` but passing over pipe-table rows: a caption is a
    /// line of its own, and the same words inside a table (the 目次) do not count. A line that is
    /// the caption and nothing more wins over an earlier one that adds words to it: a figure's
    /// title (`都道府県別キャラバン・メイト数、認知症サポーター数、開催回数`) often quotes the
    /// caption of the table printed after it.
    public func captionLine(containing caption: String, from start: Int = 1) -> Int? {
        let needle = JapaneseText.matchKey(caption)
        guard start <= lines.count else { return nil }
        let holding = (max(1, start)...lines.count).filter { Self.contains(key($0), needle) && !LocatedTable.isTableLine(self[$0]) }
        return holding.first { key($0) == needle } ?? holding.first
    }

    /// Like ``captionLine(containing:from:)`` but an error naming the caption when it is absent.
    public func requireCaption(containing caption: String, from start: Int = 1) throws -> Int {
        guard let number = captionLine(containing: caption, from: start) else {
            throw error(at: max(start, 1), "caption 「\(caption)」 not found; the table cannot be located")
        }
        return number
    }

    /// Lines in `range` that hold any text.
    public func nonBlankLines(_ range: ClosedRange<Int>) -> [Int] {
        range.clamped(to: 1...max(1, lines.count)).filter { !self[$0].allSatisfy(\.isWhitespace) }
    }

    /// The first line after `line` that holds any text; one past the last line when none does.
    public func nextNonBlankLine(after line: Int) -> Int {
        var next = line + 1
        while next <= lines.count, self[next].allSatisfy(\.isWhitespace) { next += 1 }
        return next
    }

    /// An error at `line` of this document.
    public func error(line: Int?, _ problem: String, fix: String) -> ContentError {
        ContentError(file: path, line: line, problem: problem, fix: fix)
    }

    /// An error at `line` in a table, with the fix every table error shares.
    public func error(at line: Int, _ problem: String) -> ContentError {
        error(
            line: line, problem,
            fix: "compare the table at this line with the original document; the reader needs its caption, every prefecture once and a number (or －) in every numeric cell")
    }

    /// A numeric cell (a number, a dash or a blank) on `line`; throws naming the cell otherwise.
    public func number(_ text: String, at line: Int) throws -> NumberCell {
        guard let cell = NumberCell.parse(text) else { throw error(at: line, "cell 「\(text)」 is not a number") }
        return cell
    }

    /// The text inside round brackets (`(1,234)`, `（H30.4.1）` folded), or nil when `text` is not bracketed.
    public static func bracketed(_ text: String) -> String? {
        let folded = JapaneseText.foldWidth(text).trimmingSpaces()
        guard folded.hasPrefix("("), folded.hasSuffix(")") else { return nil }
        return String(folded.dropFirst().dropLast())
    }

    /// The first date written on a line (`令和2年2月末現在`), as a dataset's as-of date.
    public func date(on line: Int?) -> DatasetDate? {
        guard let line, let match = EraDate.matches(in: JapaneseText.foldWidth(self[line])).first else { return nil }
        return DatasetDate(iso: match.date.iso, wareki: match.date.wareki)
    }

    /// A source reference for `first…last`.
    public func source(_ first: Int, _ last: Int) -> DatasetSource {
        DatasetSource(document: document, lines: SourceLines(first: first, last: last))
    }
}

/// Where UTF-8 decoding fails, for the error message: the offset of the first byte the standard
/// library's decoder refuses.
enum UTF8Check {
    static func firstInvalidByte(in data: Data) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var bytes = data.makeIterator()
        var offset = 0
        while case .valid(let scalar) = parser.parseScalar(from: &bytes) { offset += scalar.count }
        return offset
    }
}
