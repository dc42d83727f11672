import Foundation

/// Why a source could not be imported; every case names the file and says what would fix it.
public enum IngestError: Error, Equatable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    /// `listedAt` is the entry in sources.yaml that names the file, when known.
    case notUTF8(path: String, byteOffset: Int, listedAt: String? = nil)
    case empty(path: String, listedAt: String? = nil)
    case catalogInvalid(path: String, line: Int?, message: String)
    case unknownFormat(path: String, line: Int?, format: String, known: [String])
    case duplicateID(path: String, line: Int?, id: String)
    case structure(path: String, message: String)
    case writeFailed(path: String, reason: String)

    /// The message shown to the user: the file (and line), the problem and what to do.
    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot be read (\(reason)). Check that the file exists and is readable."
        case .notUTF8(let path, let offset, let listedAt):
            "\(path)\(Self.listing(listedAt)): not valid UTF-8 (first bad byte at offset \(offset)). Convert the file to UTF-8, e.g. `iconv -f SHIFT_JIS -t UTF-8`."
        case .empty(let path, let listedAt):
            "\(path)\(Self.listing(listedAt)): the file is empty. Restore the original document or remove its entry from sources.yaml."
        case .catalogInvalid(let path, let line, let message):
            "\(Self.locate(path, line)): \(message)"
        case .unknownFormat(let path, let line, let format, let known):
            "\(Self.locate(path, line)): unknown format '\(format)'. Use one of: \(known.joined(separator: ", "))."
        case .duplicateID(let path, let line, let id):
            "\(Self.locate(path, line)): the id '\(id)' is used twice. Give each source its own id."
        case .structure(let path, let message):
            "\(path): \(message)"
        case .writeFailed(let path, let reason):
            "\(path): cannot be written (\(reason)). Check permissions and free space."
        }
    }

    private static func listing(_ entry: String?) -> String {
        entry.map { " (listed at \($0))" } ?? ""
    }

    private static func locate(_ path: String, _ line: Int?) -> String {
        line.map { "\(path):\($0)" } ?? path
    }
}
