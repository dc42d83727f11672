import Escaping
import Foundation

/// A page's Markdown body: in memory, or left in its file and read again when the page is rendered,
/// so that a site of 100,000 pages never holds every body at once (the bodies are most of its
/// content).
///
/// A body left in its file is known by its length and a digest of its bytes; reading it again
/// checks both, so a file edited while the site is being built is reported, never half-used.
public struct MarkdownBody: Sendable, Equatable {
    private enum Storage: Sendable, Equatable {
        case text(String)
        /// The last `length` UTF-8 bytes of the text (as `TextFile.read` returns it) of the file at
        /// `displayPath` in `directory`; the folder is one value shared by every page.
        case file(directory: URL, displayPath: String, length: Int, digest: Int)
        /// The same, for a file the build's fingerprint vouches for unread (the last build loaded
        /// it and its digest has not changed since): it is read only if its body is needed.
        case known(directory: URL, displayPath: String, length: Int)
    }

    private let storage: Storage
    /// Whether the body has a `!` at all: most have no image, and need not be read to know it.
    public let mayHoldImages: Bool

    /// A body held in memory.
    public init(_ text: String) {
        storage = .text(text)
        mayHoldImages = ByteSearch.contains(byte: UInt8(ascii: "!"), in: text)
    }

    /// The body `text` that ends the file at `displayPath` in `directory`, left there to be read again.
    init(leavingInFile text: String, directory: URL, displayPath: String) {
        storage = .file(directory: directory, displayPath: displayPath, length: text.utf8.count, digest: Self.digest(text))
        mayHoldImages = ByteSearch.contains(byte: UInt8(ascii: "!"), in: text)
    }

    /// The body of a page the last build loaded from `displayPath` in `directory`, whose file has not
    /// changed since: its last `length` bytes, left unread.
    public static func known(directory: URL, displayPath: String, length: Int, mayHoldImages: Bool) -> MarkdownBody {
        MarkdownBody(storage: .known(directory: directory, displayPath: displayPath, length: length), mayHoldImages: mayHoldImages)
    }

    private init(storage: Storage, mayHoldImages: Bool) {
        self.storage = storage
        self.mayHoldImages = mayHoldImages
    }

    /// The body's length in UTF-8 bytes when it is left in its file, so a later build can take it
    /// up unread (`known`); nil for a body in memory.
    public var lengthInFile: Int? {
        switch storage {
        case .text: nil
        case .file(_, _, let length, _), .known(_, _, let length): length
        }
    }

    /// The body's text.
    /// - Throws: `ContentError` when its file can no longer be read or changed since it was loaded.
    public func text() throws -> String {
        switch storage {
        case .text(let text):
            return text
        case .file(let directory, let displayPath, let length, let digest):
            // The file passed `TextFile.read`'s check of where it leads when it was loaded; read
            // again, any other bytes behind its name fail the digest.
            return try Self.ending(length, of: directory.appendingPathComponent(displayPath, isDirectory: false), displayPath: displayPath, digest: digest)
        case .known(let directory, let displayPath, let length):
            return try Self.ending(length, of: directory.appendingPathComponent(displayPath, isDirectory: false), displayPath: displayPath, digest: nil)
        }
    }

    /// The last `length` bytes of the text of the file at `url`; a file shorter than that, or whose
    /// ending differs from `digest`, changed. Without a digest (a `known` body, vouched for by the
    /// fingerprint taken before the build) the file is read as `TextFile.read` reads it, so a file
    /// swapped for a link out of the project since then is refused rather than published.
    private static func ending(_ length: Int, of url: URL, displayPath: String, digest: Int?) throws -> String {
        let path = url.path
        guard let data = digest == nil
            ? (FileManager.default.fileExists(atPath: path) ? try TextFile.bytes(url, displayPath: displayPath) : nil)
            : FileManager.default.contents(atPath: path)
        else {
            throw ContentError(
                file: displayPath, problem: "can no longer be read (it was moved or deleted while the site was being built)",
                fix: "build again once the file is back in place")
        }
        let whole = try TextFile.text(data, displayPath: displayPath)
        guard length >= 0, whole.utf8.count >= length,
            case let body = String(decoding: whole.utf8.suffix(length), as: UTF8.self),
            body.utf8.count == length, digest.map({ $0 == Self.digest(body) }) ?? true
        else {
            throw ContentError(file: displayPath, problem: "changed while the site was being built", fix: "build again once the file is saved")
        }
        return body
    }

    /// A digest of the body's bytes, valid within one process (which is all a build needs).
    private static func digest(_ text: String) -> Int {
        var hasher = Hasher()
        var copy = text
        copy.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        hasher.combine(text.utf8.count)
        return hasher.finalize()
    }
}
