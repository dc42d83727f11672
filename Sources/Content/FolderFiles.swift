import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The files below a folder that a build reads: regular files, by path relative to the folder,
/// sorted, with hidden files and folders (editor backups, `.git`) skipped at any depth.
public enum FolderFiles {
    public static func list(under directory: URL) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue else { return [] }
        // Every build lists pages/ (an edit build too), so the folders are read with readdir: the
        // enumerator's stat per entry was a sixth of a one-page edit build on 10,000 pages. A
        // symbolic link is left to the enumerator, which says whether it leads to a file.
        var files: [String] = []
        if plainTree(directory.path, relative: "", into: &files) { return files.sorted() }
        guard let enumerator = manager.enumerator(atPath: directory.path) else { return [] }
        files = []
        // Paths are joined as text: a URL per file cost more than the walk itself on 10,000 pages.
        let base = directory.path.hasSuffix("/") ? directory.path : directory.path + "/"
        while let relative = enumerator.nextObject() as? String {
            if isHidden(relative) {
                enumerator.skipDescendants()
                continue
            }
            if manager.fileExists(atPath: base + relative, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(relative) }
        }
        return files.sorted()
    }

    /// Collects the regular files below `directory` (hidden entries skipped); false when it meets
    /// anything but regular files and folders, which the enumerator then judges.
    private static func plainTree(_ directory: String, relative: String, into files: inout [String]) -> Bool {
        guard let handle = opendir(directory) else { return false }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            if name.hasPrefix(".") { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            let full = directory + "/" + name
            var kind = Int32(entry.pointee.d_type)
            if kind == Int32(DT_UNKNOWN) {
                var info = stat()
                guard lstat(full, &info) == 0 else { return false }
                kind = info.st_mode & S_IFMT == S_IFDIR ? Int32(DT_DIR) : info.st_mode & S_IFMT == S_IFREG ? Int32(DT_REG) : Int32(DT_LNK)
            }
            switch kind {
            case Int32(DT_REG): files.append(path)
            case Int32(DT_DIR): guard plainTree(full, relative: path, into: &files) else { return false }
            default: return false
            }
        }
        return true
    }

    /// Whether the last component of a relative path names a hidden file (begins with `.`).
    static func isHidden(_ relative: String) -> Bool {
        let name = relative.utf8.lastIndex(of: UInt8(ascii: "/")).map { relative.utf8[relative.utf8.index(after: $0)...] }
        return (name ?? relative.utf8[...]).first == UInt8(ascii: ".")
    }
}

/// The hidden files and folders below content/ and templates/: the build reads none of them, and
/// says which it left out, so a page saved as `.draft.md` by mistake is not silently missing.
public enum HiddenFiles {
    /// Hidden entries (names beginning with `.`) below `directory`, by path relative to it, sorted;
    /// a hidden folder is listed once, without what it holds.
    ///
    /// Every build asks, an unchanged one too, so the folders are read with readdir: Foundation's
    /// enumerator took a sixth of the time of a build with nothing to do on a 10,000-page site.
    /// Symbolic links to folders are not followed.
    public static func list(under directory: URL) -> [String] {
        var hidden: [String] = []
        collect(directory.path, relative: "", into: &hidden)
        return hidden.sorted()
    }

    private static func collect(_ directory: String, relative: String, into hidden: inout [String]) {
        guard let handle = opendir(directory) else { return }
        defer { closedir(handle) }
        while let entry = readdir(handle) {
            let name = DirectoryEntry.name(entry)
            if name == "." || name == ".." { continue }
            let path = relative.isEmpty ? name : relative + "/" + name
            if name.hasPrefix(".") {
                hidden.append(path)
                continue
            }
            let full = directory + "/" + name
            var isDirectory = Int32(entry.pointee.d_type) == Int32(DT_DIR)
            if Int32(entry.pointee.d_type) == Int32(DT_UNKNOWN) {
                var info = stat()
                isDirectory = lstat(full, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
            }
            if isDirectory { collect(full, relative: path, into: &hidden) }
        }
    }

    /// The build's notice naming them (the first five, then a count), nil when there are none.
    /// `folders` pairs each folder with the name the notice gives it (`content`, `templates`).
    public static func notice(_ folders: [(name: String, url: URL)]) -> String? {
        let hidden = folders.flatMap { folder in list(under: folder.url).map { folder.name + "/" + $0 } }
        guard !hidden.isEmpty else { return nil }
        let shown = hidden.prefix(5).joined(separator: ", ") + (hidden.count > 5 ? " ほか\(hidden.count - 5)件" : "")
        return "隠しファイル\(hidden.count)件を読み飛ばしました（名前が「.」で始まるものは読みません）: \(shown)。"
            + "使うには先頭の「.」を外してください (skipped \(hidden.count) hidden; rename without the leading dot to build)"
    }
}

/// The name of an entry `readdir` returned, for the folder walks that read directories themselves.
public enum DirectoryEntry {
    public static func name(_ entry: UnsafeMutablePointer<dirent>) -> String {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
        }
    }

    /// The name as bytes, for comparisons that never need it as text.
    public static func nameBytes(_ entry: UnsafeMutablePointer<dirent>) -> [UInt8] {
        withUnsafePointer(to: entry.pointee.d_name) {
            $0.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { [UInt8](UnsafeRawBufferPointer(start: $0, count: strlen($0))) }
        }
    }
}

/// Relative references between files of one tree, written with `/`.
public enum RelativeReference {
    /// The path `reference` names from the file at `file` (`../index.md` from `pages/guide/setup.md`
    /// is `pages/index.md`); nil when it climbs out of the tree. Percent escapes are left as they are.
    ///
    /// The link check resolves every link of every page through here, so it works on UTF-8 bytes,
    /// building the result in one buffer, rather than splitting into strings of characters.
    public static func resolve(_ reference: String, from file: String) -> String? {
        var file = file
        var reference = reference
        return file.withUTF8 { file in
            reference.withUTF8 { reference in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: file.count + reference.count + 1) { result in
                    resolve(reference, from: file, into: result).map { String(decoding: UnsafeBufferPointer(rebasing: result[..<$0]), as: UTF8.self) }
                }
            }
        }
    }

    /// The resolved path's length in `result`, where it is built component by component, each after
    /// a `/` but the first; nil when the reference climbs out. Plain loops on buffers: closures
    /// capturing the result made every byte appended pay a runtime exclusivity check.
    private static func resolve(
        _ reference: UnsafeBufferPointer<UInt8>, from file: UnsafeBufferPointer<UInt8>, into result: UnsafeMutableBufferPointer<UInt8>
    ) -> Int? {
        let slash = UInt8(ascii: "/"), dot = UInt8(ascii: ".")
        var length = 0
        // The file's folder: every non-empty component of its path but the last.
        var previous: Range<Int>?
        var start = 0
        for index in 0...file.count where index == file.count || file[index] == slash {
            if index > start {
                if let folder = previous { push(file[folder], into: result, length: &length) }
                previous = start..<index
            }
            start = index + 1
        }
        start = 0
        for index in 0...reference.count where index == reference.count || reference[index] == slash {
            defer { start = index + 1 }
            let count = index - start
            if count == 0 || (count == 1 && reference[start] == dot) { continue }
            if count == 2, reference[start] == dot, reference[start + 1] == dot {
                // Up one: back to the `/` before the last component, or to nothing.
                guard length > 0 else { return nil }
                var cut = length - 1
                while cut > 0, result[cut] != slash { cut -= 1 }
                length = cut
                continue
            }
            push(reference[start..<index], into: result, length: &length)
        }
        return length
    }

    /// Appends a component to the path in `result`, after a `/` unless it is the first.
    private static func push(_ component: Slice<UnsafeBufferPointer<UInt8>>, into result: UnsafeMutableBufferPointer<UInt8>, length: inout Int) {
        if length > 0 {
            result[length] = UInt8(ascii: "/")
            length += 1
        }
        for byte in component {
            result[length] = byte
            length += 1
        }
    }
}
