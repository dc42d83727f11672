import Escaping
import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Reads text files strictly as UTF-8, turning failures into `ContentError`s.
public enum TextFile {
    /// Reads a file that must be UTF-8 text.
    /// - Parameters:
    ///   - url: the file.
    ///   - displayPath: the path shown in errors (relative to the content directory).
    public static func read(_ url: URL, displayPath: String) throws -> String {
        try text(try bytes(url, displayPath: displayPath), displayPath: displayPath)
    }

    /// Reads a file that must be UTF-8 text, named by its path: a loader that reads thousands of
    /// files builds their paths as strings, since taking the path of a `URL` costs more than reading
    /// the file. `folders` holds the folders already found to be no links during one load.
    static func read(path: String, displayPath: String, folders: CheckedFolders? = nil) throws -> String {
        let data = try readWithoutLinks(path, displayPath: displayPath, folders: folders)
            ?? bytes(URL(fileURLWithPath: path), displayPath: displayPath)
        return try text(data, displayPath: displayPath)
    }

    /// Whether `text` gives a file's bytes `raw` as they are, decoded: there is no byte-order mark to
    /// drop and no carriage return to fold. A reader taking part of a file on bytes asks this first.
    static func keepsBytes(_ raw: UnsafeRawBufferPointer) -> Bool {
        !opensWithByteOrderMark(raw) && ByteSearch.firstOffset(of: 13, in: raw) == nil
    }

    private static func opensWithByteOrderMark(_ raw: UnsafeRawBufferPointer) -> Bool {
        raw.count >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF
    }

    /// A file's bytes as text, as `read` returns it.
    static func text(_ data: Data, displayPath: String) throws -> String {
        // Validated on bytes, without Foundation's decoding, which drops one leading byte-order mark
        // (so this does too).
        let decoded = data.withUnsafeBytes { raw -> String? in
            var bytes = raw.bindMemory(to: UInt8.self)
            if opensWithByteOrderMark(raw) { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
            return String(validating: bytes, as: UTF8.self)
        }
        guard let text = decoded else {
            throw ContentError(
                file: displayPath, line: firstInvalidLine(data), problem: "is not valid UTF-8 text",
                fix: "save the file as UTF-8 (Shift_JIS and other encodings are not read)")
        }
        // A byte-order mark would otherwise hide the opening `---` of front matter.
        let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        return ByteSearch.contains(byte: 13, in: withoutBOM) ? withoutBOM.replacingOccurrences(of: "\r\n", with: "\n") : withoutBOM
    }

    /// Reads a file's bytes, refusing one that is a symbolic link (or lies behind one) leading out of
    /// the project: a link in content/ or templates/ to the system's password file or the build's
    /// environment would otherwise be published byte for byte.
    ///
    /// The project is the parent of the folder the file is read from: `displayPath` is the file's
    /// path relative to that folder (`pages/a.md` under content/, `partials/x.mustache` under
    /// templates/).
    public static func bytes(_ url: URL, displayPath: String) throws -> Data {
        if let data = readWithoutLinks(url.path, displayPath: displayPath) { return data }
        let (real, project) = realPaths(url, displayPath: displayPath) ?? urlPaths(url, displayPath: displayPath)
        guard real.hasPrefix(project == "/" ? "/" : project + "/") else {
            throw ContentError(
                file: displayPath, problem: "is a symbolic link to \(real), outside the project, so it is not read",
                fix: "copy the file into the project instead of linking to it")
        }
        do {
            return try Data(contentsOf: url)
        } catch {
            throw ContentError(file: displayPath, problem: "cannot be read", fix: "check that the file exists and is readable")
        }
    }

    /// The file's bytes when neither it nor a folder between the one it is read from and it is a
    /// symbolic link (nearly always): then it lies inside that folder, which lies inside the
    /// project, whatever the folder resolves to. That costs a `lstat` per folder below, where
    /// resolving both paths costs a `readlink` per component of each (13 system calls for a page of
    /// the 10,000-page corpus). Nil for a link anywhere below, a file that is not regular or cannot
    /// be read, or a path that does not end in `displayPath`: `bytes` then decides the slow way,
    /// and words the error.
    private static func readWithoutLinks(_ path: String, displayPath: String, folders: CheckedFolders? = nil) -> Data? {
        // On bytes: a suffix of `Character`s could end inside a combining sequence of the path.
        let suffix = Array(("/" + displayPath).utf8)
        guard path.utf8.count > suffix.count, path.utf8.suffix(suffix.count).elementsEqual(suffix) else { return nil }
        let components = displayPath.split(separator: "/", omittingEmptySubsequences: false)
        guard components.allSatisfy({ !$0.isEmpty && $0 != "." && $0 != ".." }) else { return nil }
        var folder = String(decoding: path.utf8.dropLast(suffix.count - 1), as: UTF8.self)
        for component in components.dropLast() {
            folder += component
            if folders?.contains(folder) != true {
                var info = stat()
                guard lstat(folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return nil }
                folders?.insert(folder)
            }
            folder += "/"
        }
        // No `O_NOFOLLOW` failure means the name is no link; a FIFO does not block the open.
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        return readAll(descriptor, size: Int(info.st_size))
    }

    /// The bytes of the file at `path`, links followed, as `FileManager.contents(atPath:)` reads
    /// them but without its cost; nil when it cannot be opened or read.
    static func contents(atPath path: String) -> Data? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return nil }
        return readAll(descriptor, size: Int(info.st_size))
    }

    /// Reads an open file into a buffer of the size it had when opened (to its end if it shrank
    /// since); nil on a read error. A file edited meanwhile fails the digest of its body or is
    /// read whole by the next build.
    private static func readAll(_ descriptor: Int32, size: Int) -> Data? {
        var data = Data(count: size)
        var filled = 0
        let complete = data.withUnsafeMutableBytes { buffer -> Bool in
            while filled < buffer.count {
                let count = readBytes(descriptor, buffer.baseAddress?.advanced(by: filled), buffer.count - filled)
                if count == 0 { break }
                if count < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                filled += count
            }
            return true
        }
        guard complete else { return nil }
        if filled < data.count { data.removeSubrange(filled...) }
        return data
    }

    /// The file's real path and the project's, by `realpath(3)`, which costs a few system calls where
    /// `URL.resolvingSymlinksInPath` costs more than reading the file; nil when either cannot be
    /// resolved (a missing file) or the path does not end in `displayPath`.
    private static func realPaths(_ url: URL, displayPath: String) -> (real: String, project: String)? {
        let path = url.path
        guard path.hasSuffix("/" + displayPath), let real = realPath(path),
            let root = realPath(String(path.dropLast(displayPath.count + 1)))
        else { return nil }
        guard let slash = root.utf8.lastIndex(of: UInt8(ascii: "/")), slash != root.utf8.startIndex else { return (real, "/") }
        return (real, String(root[..<slash]))
    }

    private static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// The same paths through `URL`, for the cases `realPaths` leaves.
    private static func urlPaths(_ url: URL, displayPath: String) -> (real: String, project: String) {
        let path = url.standardizedFileURL.path
        let root = path.hasSuffix("/" + displayPath) ? String(path.dropLast(displayPath.count + 1)) : url.deletingLastPathComponent().path
        let project = URL(fileURLWithPath: root).resolvingSymlinksInPath().deletingLastPathComponent().path
        return (url.resolvingSymlinksInPath().path, project)
    }

    /// The 1-based line holding the first byte sequence that is not UTF-8.
    static func firstInvalidLine(_ data: Data) -> Int? {
        var line = 1
        var start = data.startIndex
        for index in data.indices where data[index] == 0x0A {
            if String(data: data[start..<index], encoding: .utf8) == nil { return line }
            line += 1
            start = index + 1
        }
        return String(data: data[start...], encoding: .utf8) == nil ? line : nil
    }
}

/// The folders one load has found to be folders and no links, so that the pages of a folder pay
/// its `lstat` once: kept for one load only, since a long-running `shiryo serve` must see a folder
/// that is later swapped for a link.
final class CheckedFolders: Sendable {
    private let folders = Mutex<Set<String>>([])

    func contains(_ folder: String) -> Bool {
        folders.withLock { $0.contains(folder) }
    }

    func insert(_ folder: String) {
        _ = folders.withLock { $0.insert(folder) }
    }
}

/// `read(2)`, by a name that `TextFile.read` does not hide.
private func readBytes(_ descriptor: Int32, _ buffer: UnsafeMutableRawPointer?, _ count: Int) -> Int {
    read(descriptor, buffer, count)
}
