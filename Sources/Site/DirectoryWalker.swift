import Content

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a directory walk found.
struct DirectoryListing {
    /// Regular files by relative path, with what stat says of them (their size among it: one map
    /// rather than two, since a 100,000-page output lists 100,000 files).
    var stats: [String: FileStat] = [:]
    /// Symbolic links and other non-regular entries, by relative path (never followed).
    var others: Set<String> = []
    /// Directories by relative path.
    var directories: Set<String> = []
    /// What stat says of each directory, the root as "", when the walk was asked for them: a
    /// folder whose entries change gets new times, so a later build proves a folder's entries
    /// unchanged by one stat instead of reading it (`TreeProof`).
    var folderStats: [String: FileStat] = [:]
}

/// Lists a directory tree with readdir, without following symbolic links.
///
/// Foundation's enumerator stats every entry through several layers; on a 10,000-page output the
/// walk alone took seconds, so sync uses this instead.
enum DirectoryWalker {
    /// - Parameter skipping: names of entries left out wherever they are, with all they hold.
    /// - Parameter statFolders: whether to fill `folderStats`, each taken before its folder is read.
    static func list(_ root: String, skipping: Set<String> = [], statFolders: Bool = false) -> DirectoryListing {
        var listing = DirectoryListing()
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 { walk(descriptor, relative: "", skipping: skipping, statFolders: statFolders, into: &listing) }
        return listing
    }

    /// Walks the folder open at `descriptor` (and closes it). Entries are looked at relative to
    /// their folder (`fstatat`, `openat`) rather than by full path, and a folder that readdir says
    /// is one is not stat'ed at all: a no-op build lists two trees of 10,000 entries, and walking
    /// each full path from the root was most of its time.
    private static func walk(
        _ descriptor: Int32, relative: String, skipping: Set<String>, statFolders: Bool, into listing: inout DirectoryListing
    ) {
        if statFolders {
            var info = stat()
            if fstat(descriptor, &info) == 0 { listing.folderStats[relative] = FileStat(info) }
        }
        guard let handle = fdopendir(descriptor) else {
            close(descriptor)
            return
        }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            if name == "." || name == ".." || skipping.contains(name) { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            var mode = Int(entry.pointee.d_type) == Int(DT_DIR) ? S_IFDIR : 0
            var info = stat()
            if mode == 0 {
                guard fstatat(dirfd(handle), name, &info, AT_SYMLINK_NOFOLLOW) == 0 else { continue }
                mode = info.st_mode & S_IFMT
            }
            switch mode {
            case S_IFDIR:
                listing.directories.insert(path)
                let child = openat(dirfd(handle), name, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
                if child >= 0 { walk(child, relative: path, skipping: skipping, statFolders: statFolders, into: &listing) }
            case S_IFREG:
                listing.stats[path] = FileStat(info)
            default:
                listing.others.insert(path)
            }
        }
    }
}

/// What a build compares of a file to tell whether it may have changed: any write changes the
/// modification time, and the change time and inode catch a file swapped in with an old time.
struct FileStat: Equatable {
    var size: Int
    /// Nanoseconds since 1970.
    var modified: Int64
    var changed: Int64
    var inode: UInt64

    init(size: Int, modified: Int64, changed: Int64, inode: UInt64) {
        self.size = size
        self.modified = modified
        self.changed = changed
        self.inode = inode
    }

    init(_ info: stat) {
        #if canImport(Darwin)
            let modified = info.st_mtimespec, changed = info.st_ctimespec
        #else
            let modified = info.st_mtim, changed = info.st_ctim
        #endif
        self.init(
            size: Int(info.st_size), modified: Int64(modified.tv_sec) * 1_000_000_000 + Int64(modified.tv_nsec),
            changed: Int64(changed.tv_sec) * 1_000_000_000 + Int64(changed.tv_nsec), inode: UInt64(info.st_ino))
    }

    /// Whether the file changed so close to `taken` (or after it) that a later edit could leave
    /// the same stat behind.
    func isRacy(before taken: Int64) -> Bool {
        max(modified, changed) >= taken - BuildFingerprint.racyWindow
    }
}
