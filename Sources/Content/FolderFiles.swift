import Foundation

/// The files below a folder that a build reads: regular files, by path relative to the folder,
/// sorted, with hidden files and folders (editor backups, `.git`) skipped at any depth.
public enum FolderFiles {
    public static func list(under directory: URL) -> [String] {
        let manager = FileManager.default
        var isDirectory: ObjCBool = false
        guard manager.fileExists(atPath: directory.path, isDirectory: &isDirectory), isDirectory.boolValue,
            let enumerator = manager.enumerator(atPath: directory.path)
        else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            let path = directory.appendingPathComponent(relative).path
            if manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue { files.append(relative) }
        }
        return files.sorted()
    }
}

/// Relative references between files of one tree, written with `/`.
public enum RelativeReference {
    /// The path `reference` names from the file at `file` (`../index.md` from `pages/guide/setup.md`
    /// is `pages/index.md`); nil when it climbs out of the tree. Percent escapes are left as they are.
    public static func resolve(_ reference: String, from file: String) -> String? {
        var parts = file.split(separator: "/").dropLast().map(String.init)
        for part in reference.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
