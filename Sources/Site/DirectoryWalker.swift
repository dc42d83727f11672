#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a directory walk found.
struct DirectoryListing {
    /// Regular files by relative path, with their sizes.
    var files: [String: Int] = [:]
    /// Symbolic links and other non-regular entries, by relative path (never followed).
    var others: Set<String> = []
    /// Directories by relative path.
    var directories: Set<String> = []
}

/// Lists a directory tree with readdir, without following symbolic links.
///
/// Foundation's enumerator stats every entry through several layers; on a 10,000-page output the
/// walk alone took seconds, so sync uses this instead.
enum DirectoryWalker {
    static func list(_ root: String) -> DirectoryListing {
        var listing = DirectoryListing()
        walk(root, relative: "", into: &listing)
        return listing
    }

    private static func walk(_ directory: String, relative: String, into listing: inout DirectoryListing) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = withUnsafePointer(to: entry.pointee.d_name) {
                $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = directory + "/" + name
            var info = stat()
            guard lstat(full, &info) == 0 else { continue }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                listing.directories.insert(path)
                walk(full, relative: path, into: &listing)
            case S_IFREG:
                listing.files[path] = Int(info.st_size)
            default:
                listing.others.insert(path)
            }
        }
    }
}
