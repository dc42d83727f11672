import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

#if canImport(Glibc)
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    private let systemWrite = Darwin.write
#endif

/// Writes a file the way a build tool should: the bytes go to a temporary name beside it, which is
/// then renamed over the old file, so a reader (or a build killed half-way) sees the old file or
/// the new one, never a truncated one. There is no fsync: a build's output is reproducible, so
/// paying a disk flush per file (seconds on a 10,000-page site) buys nothing.
enum AtomicFileWriter {
    /// Prefix of temporary names; a leftover from a killed build is not part of the site, so the
    /// next sync deletes it like any stale file.
    static let temporaryPrefix = ".shiryo-tmp-"

    static func write(_ data: Data, to path: String) throws {
        let slash = path.lastIndex(of: "/").map { path.index(after: $0) } ?? path.startIndex
        let temporary = String(path[..<slash]) + temporaryPrefix + "\(getpid())-" + String(path[slash...])
        let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw failure(path) }
        var written = 0
        let ok = data.withUnsafeBytes { buffer -> Bool in
            while written < buffer.count {
                let result = systemWrite(descriptor, buffer.baseAddress?.advanced(by: written), buffer.count - written)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                written += result
            }
            return true
        }
        let error = failure(path)
        guard close(descriptor) == 0, ok else {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, path) == 0 else {
            let error = failure(path)
            unlink(temporary)
            throw error
        }
    }

    /// The error for the current `errno`, in words, with what to do.
    static func failure(_ path: String) -> ContentError {
        let reason = String(cString: strerror(errno))
        let fix =
            switch errno {
            case ENOSPC, EDQUOT: "free some disk space, then build again"
            case EACCES, EPERM, EROFS: "make the output folder writable (or remove the file's immutable flag), then build again"
            default: "check the output folder, then build again"
            }
        return ContentError(file: path, problem: "cannot be written (\(reason))", fix: fix)
    }
}
