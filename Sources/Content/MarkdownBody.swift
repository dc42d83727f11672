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
        /// `displayPath` in the folder at `directory`; the folder's path is one string shared by
        /// every page.
        case file(directory: String, displayPath: String, length: Int, digest: Int)
        /// The same, for a file the build's fingerprint vouches for unread (the last build loaded
        /// it and its digest has not changed since): it is read only if its body is needed.
        case known(directory: String, displayPath: String, length: Int)
    }

    private let storage: Storage
    /// Whether the body has a `!` at all: most have no image, and need not be read to know it.
    public let mayHoldImages: Bool

    /// A body held in memory.
    public init(_ text: String) {
        storage = .text(text)
        mayHoldImages = ByteSearch.contains(byte: UInt8(ascii: "!"), in: text)
    }

    /// The body `text` that ends the file at `displayPath` in the folder at `directory`, left there
    /// to be read again.
    init(leavingInFile text: String, directory: String, displayPath: String) {
        var text = text
        let digest = text.withUTF8 { Self.digest(UnsafeRawBufferPointer($0)) }
        storage = .file(directory: directory, displayPath: displayPath, length: text.utf8.count, digest: digest)
        mayHoldImages = ByteSearch.contains(byte: UInt8(ascii: "!"), in: text)
    }

    /// The body of a page the last build loaded from `displayPath` in the folder at `directoryPath`,
    /// whose file has not changed since: its last `length` bytes, left unread. The folder is a path,
    /// not a `URL`, for a caller making thousands of bodies in one folder: a `URL`'s path is worked
    /// out anew on each ask.
    public static func known(directoryPath: String, displayPath: String, length: Int, mayHoldImages: Bool) -> MarkdownBody {
        MarkdownBody(storage: .known(directory: directoryPath, displayPath: displayPath, length: length), mayHoldImages: mayHoldImages)
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
            let path = Self.path(directory, displayPath)
            guard let data = TextFile.contents(atPath: path) else { throw Self.gone(displayPath) }
            return try Self.tail(length, of: data, displayPath: displayPath, digest: digest)
                ?? Self.ending(length, of: data, displayPath: displayPath, digest: digest)
        case .known(let directory, let displayPath, let length):
            // Without a digest (vouched for by the fingerprint taken before the build) the file is
            // read as `TextFile.read` reads it, so a file swapped for a link out of the project
            // since then is refused rather than published.
            let url = URL(fileURLWithPath: Self.path(directory, displayPath), isDirectory: false)
            guard FileManager.default.fileExists(atPath: url.path) else { throw Self.gone(displayPath) }
            return try Self.ending(length, of: try TextFile.bytes(url, displayPath: displayPath), displayPath: displayPath, digest: nil)
        }
    }

    private static func path(_ directory: String, _ displayPath: String) -> String {
        directory.hasSuffix("/") ? directory + displayPath : directory + "/" + displayPath
    }

    private static func gone(_ displayPath: String) -> ContentError {
        ContentError(
            file: displayPath, problem: "can no longer be read (it was moved or deleted while the site was being built)",
            fix: "build again once the file is back in place")
    }

    private static func changed(_ displayPath: String) -> ContentError {
        ContentError(file: displayPath, problem: "changed while the site was being built", fix: "build again once the file is saved")
    }

    /// The body as `ending` finds it, taken from the file's last `length` bytes without decoding the
    /// rest into text, for the file nearly every page has, whose text is its bytes
    /// (`TextFile.keepsBytes`). Nil when the file is not such a file, or either part is
    /// not UTF-8 on its own (a cut inside a character): `ending` then decides, and words the error.
    private static func tail(_ length: Int, of data: Data, displayPath: String, digest: Int) throws -> String? {
        try data.withUnsafeBytes { raw -> String? in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard length >= 0, length <= bytes.count, TextFile.keepsBytes(raw),
                String(validating: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - length)]), as: UTF8.self) != nil,
                let body = String(validating: UnsafeBufferPointer(rebasing: bytes[(bytes.count - length)...]), as: UTF8.self)
            else { return nil }
            guard Self.digest(UnsafeRawBufferPointer(rebasing: raw[(bytes.count - length)...])) == digest else { throw changed(displayPath) }
            return body
        }
    }

    /// The last `length` bytes of the text of a file's bytes `data`; a file shorter than that, or
    /// whose ending differs from `digest`, changed.
    private static func ending(_ length: Int, of data: Data, displayPath: String, digest: Int?) throws -> String {
        let whole = try TextFile.text(data, displayPath: displayPath)
        guard length >= 0, whole.utf8.count >= length,
            case var body = String(decoding: whole.utf8.suffix(length), as: UTF8.self),
            body.utf8.count == length, digest.map({ digest in body.withUTF8 { Self.digest(UnsafeRawBufferPointer($0)) } == digest }) ?? true
        else { throw changed(displayPath) }
        return body
    }

    /// A digest of the body's bytes, valid within one process (which is all a build needs).
    private static func digest(_ bytes: UnsafeRawBufferPointer) -> Int {
        var hasher = Hasher()
        hasher.combine(bytes: bytes)
        hasher.combine(bytes.count)
        return hasher.finalize()
    }
}
