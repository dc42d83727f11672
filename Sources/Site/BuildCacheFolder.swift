import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BuildCache {
    /// How long a cache no build has written is kept.
    static let unusedFor: Int64 = 30 * 24 * 3_600 * 1_000_000_000

    /// Removes the other caches in the folder of `current` that no build has written for
    /// `unusedFor`. There is one cache per output folder a site was built into, and builds into
    /// passing folders (a preview, a test's temporary output) would otherwise each leave one for
    /// good, about 150 bytes a page. A cache removed too soon costs one full build, never a wrong
    /// one. The age is the only test: the output folder a cache names is never looked at, since it
    /// may be on a network share that hangs, a disk that is not plugged in, or a path another
    /// system (a container) sees differently.
    ///
    /// A cache's temporary file (`.shiryo-tmp-<process>-build-<hex>.txt`) that a killed build left
    /// goes once it is an hour old: a cache is written in well under a second, so an older one
    /// belongs to no build still running. Only regular files named as this type names them are
    /// touched: anything else in the folder, a link included, is not this build's to delete.
    static func prune(keeping current: URL, now: Int64 = RealTime.nanoseconds()) {
        let folder = current.deletingLastPathComponent().path
        guard let handle = opendir(folder) else { return }
        var stale: [(name: String, age: Int64)] = []
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            if isCacheName(name), name != current.lastPathComponent {
                stale.append((name, unusedFor))
            } else if let cache = AtomicFileWriter.original(ofTemporary: name), isCacheName(cache) {
                stale.append((name, 3_600_000_000_000))
            }
        }
        closedir(handle)
        for (name, age) in stale {
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, now - FileStat(status).modified > age else { continue }
            unlink(path)
        }
    }

    /// Whether `name` is one `location(content:output:)` gives: the prefix, hexadecimal digits, the suffix.
    static func isCacheName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let prefix = Array(namePrefix.utf8), suffix = Array(nameSuffix.utf8)
        guard bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix) else {
            return false
        }
        return bytes[prefix.count..<(bytes.count - suffix.count)].allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
