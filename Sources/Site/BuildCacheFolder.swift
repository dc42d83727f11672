import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BuildCache {
    /// How many caches the folder keeps. There is one per output folder a site was built into, and
    /// builds into passing folders (a preview, a test's temporary output) would otherwise each
    /// leave one for good, about 150 bytes a page.
    static let kept = 8

    /// Removes the caches in the folder of `current` beyond the `kept` most recently written;
    /// `current` itself always stays. Only regular files named as this type names them
    /// (`build-<hex>.txt`) are touched: anything else in the folder, a link included, is not
    /// Shiryo's to delete.
    static func prune(keeping current: URL) {
        let folder = current.deletingLastPathComponent().path
        guard let handle = opendir(folder) else { return }
        var caches: [(name: String, written: Int64)] = []
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            var status = stat()
            guard isCacheName(name), name != current.lastPathComponent, lstat(folder + "/" + name, &status) == 0,
                status.st_mode & S_IFMT == S_IFREG
            else { continue }
            caches.append((name, Int64(status.st_mtim.tv_sec) * 1_000_000_000 + Int64(status.st_mtim.tv_nsec)))
        }
        closedir(handle)
        // The current cache is one of the kept; the others are the newest, ties by name.
        let stale = caches.sorted { ($0.written, $0.name) > ($1.written, $1.name) }.dropFirst(kept - 1)
        for cache in stale { unlink(folder + "/" + cache.name) }
    }

    /// Whether `name` is one `location(content:output:)` gives: `build-`, hexadecimal digits, `.txt`.
    static func isCacheName(_ name: String) -> Bool {
        let bytes = Array(name.utf8)
        let prefix = Array("build-".utf8), suffix = Array(".txt".utf8)
        guard bytes.count > prefix.count + suffix.count, bytes.starts(with: prefix), bytes.suffix(suffix.count).elementsEqual(suffix) else {
            return false
        }
        return bytes[prefix.count..<(bytes.count - suffix.count)].allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
