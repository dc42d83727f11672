import Content
import Foundation
import Search

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Writes files the way a build tool should: the bytes go to a temporary name beside the file,
/// which is later renamed over the old one, so a reader (or a build killed half-way) sees the old
/// file or the new one, never a truncated one. The sync writes every temporary file first and
/// renames only when all were written, so a full disk or a refused write leaves the output as it
/// was. There is no fsync: a build's output is reproducible, so paying a disk flush per file
/// (seconds on a 10,000-page site) buys nothing.
enum AtomicFileWriter {
    /// Prefix of temporary names; a leftover from a killed build is not part of the site, so the
    /// next sync deletes it like any stale file.
    static let temporaryPrefix = ".shiryo-tmp-"

    /// The temporary name beside `path` that ``writeTemporary(_:for:fault:)`` writes.
    static func temporary(for path: String) -> String {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        return String(path[..<slash]) + processPrefix + String(path[slash...])
    }

    /// The name a temporary name (`temporary(for:)` of a name in the same folder) stands for; nil
    /// for a name that is not one.
    static func original(ofTemporary name: String) -> String? {
        guard name.hasPrefix(temporaryPrefix) else { return nil }
        let rest = name.utf8.dropFirst(temporaryPrefix.utf8.count)
        guard let dash = rest.firstIndex(of: UInt8(ascii: "-")), dash > rest.startIndex, rest[..<dash].allSatisfy({ (48...57).contains($0) })
        else { return nil }
        return String(decoding: rest[rest.index(after: dash)...], as: UTF8.self)
    }

    /// The prefix with this process's id, asked of the system once rather than twice per file.
    private static let processPrefix = temporaryPrefix + "\(getpid())-"

    /// Writes `data` to the temporary name of `path`; on failure nothing is left behind. A link
    /// planted at the temporary name is not followed: the open fails instead.
    static func writeTemporary(_ data: Data, for path: String, fault: WriteFault? = nil) throws {
        let temporary = temporary(for: path)
        let descriptor = fault?.strikes(.open, path) == true ? -1 : open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        let ok = data.withUnsafeBytes { buffer -> Bool in
            if fault?.strikes(.write, path) == true { return false }
            return DescriptorWrite.all(buffer, to: descriptor)
        }
        // The error is worded only on failure: the write's, or else the close's.
        let writeError = ok ? nil : failure(path)
        guard close(descriptor) == 0, ok else {
            let error = writeError ?? failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// Renames the temporary file of `path` over it.
    static func commit(_ path: String, fault: WriteFault? = nil) throws {
        let temporary = temporary(for: path)
        guard fault?.strikes(.rename, path) != true, rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// Removes the temporary file of `path`, if there is one.
    static func discard(_ path: String) {
        unlink(temporary(for: path))
    }

    /// The error for the current `errno`, in words, with what to do; never Foundation's own text.
    static func failure(_ path: String) -> ContentError {
        let reason = String(cString: strerror(errno))
        let fix =
            switch errno {
            case ENOSPC, EDQUOT: "free some disk space, then build again (the output folder was left as it was)"
            case EROFS: "the output folder is on a read-only file system: choose another with --output, or mount it writable"
            case EACCES, EPERM: "make the output folder writable (or remove the file's immutable flag), then build again"
            case EEXIST, ENOTDIR, EISDIR: "a file stands where the build needs a folder (or the reverse): remove it, then build again"
            default: "check the output folder, then build again"
            }
        return ContentError(file: path, problem: "cannot be written (\(reason))", fix: fix)
    }
}

/// A failure the sync meets on purpose, as the system would report it: tests reproduce a full
/// disk, a read-only file system, a refused permission or a file where a folder belongs with it,
/// since root (which runs the tests) is never refused a write.
struct WriteFault: Sendable {
    /// The system call that fails.
    enum Step: Sendable { case folder, open, write, rename }

    var step: Step
    /// The `errno` it fails with (`ENOSPC`, `EROFS`, `EACCES`, `EEXIST` …).
    var code: Int32
    /// The last part of the absolute path it fails on (`about/index.html`); nil fails the first.
    var pathSuffix: String?

    /// Whether `step` on `path` fails; if so `errno` is set as the system would.
    func strikes(_ step: Step, _ path: String) -> Bool {
        guard step == self.step, pathSuffix.map({ path.hasSuffix("/" + $0) }) ?? true else { return false }
        errno = code
        return true
    }
}
