import Foundation

/// A source file decoded and split into lines exactly as `grep -n` numbers them.
public struct SourceText: Sendable, Equatable {
    /// The file name used in error messages and provenance.
    public var name: String
    /// Line 1 is `lines[0]`. A missing final newline does not lose the last line.
    public var lines: [String]

    /// Creates a source from lines already split.
    public init(name: String, lines: [String]) {
        self.name = name
        self.lines = lines
    }

    /// Decodes `data` as UTF-8, refusing invalid or empty input with an error naming `name`.
    public init(name: String, data: Data) throws(IngestError) {
        guard !data.isEmpty else { throw .empty(path: name) }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .notUTF8(path: name, byteOffset: Self.firstInvalidByte(in: data))
        }
        // A byte-order mark is an encoding detail, not text of line 1.
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        guard !text.allSatisfy(\.isWhitespace) else { throw .empty(path: name) }
        // "\r\n" is a single Character in Swift, so it is normalised before splitting on "\n".
        let unix = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = unix.components(separatedBy: "\n")
        if unix.hasSuffix("\n") { lines.removeLast() }
        self.init(name: name, lines: lines)
    }

    /// Reads and decodes a file.
    public init(contentsOf url: URL) throws(IngestError) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.lastPathComponent, reason: error.localizedDescription)
        }
        try self.init(name: url.lastPathComponent, data: data)
    }

    /// Number of lines.
    public var count: Int { lines.count }

    /// The text of a 1-based line.
    public subscript(line: Int) -> String { lines[line - 1] }

    private static func firstInvalidByte(in data: Data) -> Int {
        let bytes = [UInt8](data)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            let length: Int
            switch byte {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return index
            }
            guard index + length <= bytes.count else { return index }
            for offset in 1..<length where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return index
    }
}
