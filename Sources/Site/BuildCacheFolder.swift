import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension BuildCache {
    /// Removes the other caches in the folder of `current` whose output folder no longer exists.
    /// There is one cache per output folder a site was built into, and builds into passing folders
    /// (a preview, a test's temporary output) would otherwise each leave one for good, about 150
    /// bytes a page; a cache of a folder that is gone can never be used again, as it is used only
    /// with that folder's own record. Only regular files named as this type names them
    /// (`build-<hex>.txt`) whose first line this version wrote are touched: anything else in the
    /// folder, a link or a newer version's cache included, is not this build's to delete.
    ///
    /// A cache's temporary file (`.shiryo-tmp-<process>-build-<hex>.txt`) that a killed build left
    /// goes too once it is an hour old: a cache is written in well under a second, so an older one
    /// belongs to no build still running.
    static func prune(keeping current: URL, now: Int64 = RealTime.nanoseconds()) {
        let folder = current.deletingLastPathComponent().path
        guard let handle = opendir(folder) else { return }
        var names: [String] = [], leftovers: [String] = []
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            if isCacheName(name), name != current.lastPathComponent { names.append(name) }
            if let cache = temporaryCacheName(name), isCacheName(cache) { leftovers.append(name) }
        }
        closedir(handle)
        for name in names {
            let path = folder + "/" + name
            guard let output = outputFolder(ofCacheAt: path) else { continue }
            var status = stat()
            if lstat(output, &status) != 0, errno == ENOENT { unlink(path) }
        }
        for name in leftovers {
            let path = folder + "/" + name
            var status = stat()
            guard lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFREG, now - FileStat(status).modified > 3_600_000_000_000 else {
                continue
            }
            unlink(path)
        }
    }

    /// The cache name inside a temporary name `AtomicFileWriter` gives (`.shiryo-tmp-<digits>-<name>`).
    static func temporaryCacheName(_ name: String) -> String? {
        guard name.hasPrefix(AtomicFileWriter.temporaryPrefix) else { return nil }
        let rest = name.utf8.dropFirst(AtomicFileWriter.temporaryPrefix.utf8.count)
        guard let dash = rest.firstIndex(of: UInt8(ascii: "-")), dash > rest.startIndex,
            rest[..<dash].allSatisfy({ (48...57).contains($0) })
        else { return nil }
        return String(decoding: rest[rest.index(after: dash)...], as: UTF8.self)
    }

    /// The output folder a cache file names on its second line; nil for a link, a file that is not
    /// a cache of this version, or one that cannot be read.
    static func outputFolder(ofCacheAt path: String) -> String? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
        guard descriptor >= 0 else { return nil }
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        guard let head = try? handle.read(upToCount: 4096) else { return nil }
        let opening = Array((Self.opening + "\noutput ").utf8)
        let bytes = [UInt8](head)[...]
        guard bytes.starts(with: opening), let end = bytes[opening.count...].firstIndex(of: UInt8(ascii: "\n")), end > opening.count else {
            return nil
        }
        return String(decoding: bytes[opening.count..<end], as: UTF8.self)
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
