import Content

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Proves that a folder tree still holds what a record says, without listing it.
///
/// Adding, removing or renaming an entry gives its folder new times, and writing a file gives the
/// file new times, so a folder whose stat is as recorded holds the recorded entries, and a file
/// whose stat is as recorded holds the recorded bytes. Each recorded folder and file is stat'ed by
/// its path (a link where a folder or file was recorded fails the proof); only a folder whose stat
/// differs, or whose recorded times are too close to when they were recorded for a later change
/// to show (`settledBefore`), is read, and its names compared with the recorded ones. Reading
/// every one of 10,000 page folders was the largest part of a build with nothing to do.
///
/// Folders are given first (`folder`), then every entry (`entry`, for the names of the folders
/// that must be read), then `foldersHold()` reads those folders.
struct TreeProof {
    private let root: Int32
    private let settledBefore: Int64
    /// Names not part of any record in the root folder (the marker); below it they are strays.
    private let skipping: Set<[UInt8]>
    /// Folders to read, with the names the record gives them, as bytes: Swift's strings compare
    /// canonically equivalent spellings as equal, and a file system holds both as two names.
    private var unsettled: [[UInt8]: Set<[UInt8]>] = [:]
    private var path: [CChar] = []

    /// Nil when `root` cannot be opened as a folder.
    init?(root: String, settledBefore: Int64, skipping: Set<String>) {
        let descriptor = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        self.root = descriptor
        self.settledBefore = settledBefore
        self.skipping = Set(skipping.map { Array($0.utf8) })
        path.reserveCapacity(256)
    }

    /// The device of the file system holding `path`, nil when it cannot be stat'ed.
    static func device(_ path: String) -> UInt64? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return UInt64(info.st_dev)
    }

    /// Closes the root; the proof is not used after.
    func release() {
        close(root)
    }

    /// What stat says of the entry at `relative` ("" for the root), a link not followed; nil when
    /// there is none or it is not of the kind `mode`.
    mutating func status<Path: Collection<UInt8>>(_ relative: Path, mode: mode_t) -> FileStat? {
        path.removeAll(keepingCapacity: true)
        if relative.isEmpty {
            path.append(CChar(UInt8(ascii: ".")))
        } else {
            for byte in relative { path.append(CChar(bitPattern: byte)) }
        }
        path.append(0)
        var info = stat()
        guard fstatat(root, path, &info, AT_SYMLINK_NOFOLLOW) == 0, info.st_mode & S_IFMT == mode else { return nil }
        return FileStat(info)
    }

    /// Checks a recorded folder: false when it is gone or not a folder; one whose stat differs or
    /// is not settled is read by `foldersHold()`.
    mutating func folder<Path: Collection<UInt8>>(_ relative: Path, recorded: FileStat) -> Bool {
        guard let now = status(relative, mode: S_IFDIR) else { return false }
        if now != recorded || max(recorded.modified, recorded.changed) >= settledBefore {
            unsettled[Array(relative)] = []
        }
        return true
    }

    /// Checks a recorded file: whether it is a file with the recorded stat.
    mutating func file<Path: Collection<UInt8>>(_ relative: Path, recorded: FileStat) -> Bool {
        status(relative, mode: S_IFREG) == recorded
    }

    /// Whether any folder must be read.
    var isSettled: Bool { unsettled.isEmpty }

    /// Notes a recorded entry (file or folder) among the names of its folder, when that folder is
    /// read.
    mutating func entry<Path: Collection<UInt8>>(_ relative: Path) {
        guard !unsettled.isEmpty else { return }
        var slash: Path.Index?
        var index = relative.startIndex
        while index != relative.endIndex {
            if relative[index] == UInt8(ascii: "/") { slash = index }
            index = relative.index(after: index)
        }
        let parent = slash.map { Array(relative[..<$0]) } ?? []
        guard unsettled[parent] != nil else { return }
        let name = slash.map { Array(relative[relative.index(after: $0)...]) } ?? Array(relative)
        unsettled[parent]?.insert(name)
    }

    /// Whether every folder to read holds exactly the recorded names.
    func foldersHold() -> Bool {
        for (folder, names) in unsettled {
            let path = (folder.isEmpty ? [UInt8(ascii: ".")] : folder).map { CChar(bitPattern: $0) } + [0]
            let descriptor = openat(root, path, O_RDONLY | O_DIRECTORY | O_NOFOLLOW | O_CLOEXEC)
            guard descriptor >= 0, let handle = fdopendir(descriptor) else {
                if descriptor >= 0 { close(descriptor) }
                return false
            }
            defer { closedir(handle) }
            var found: Set<[UInt8]> = []
            while let entry = readdir(handle) {
                let name = DirectoryEntry.nameBytes(entry)
                if name == [UInt8(ascii: ".")] || name == [UInt8(ascii: "."), UInt8(ascii: ".")] || (folder.isEmpty && skipping.contains(name)) { continue }
                found.insert(name)
            }
            guard found == names else { return false }
        }
        return true
    }
}
