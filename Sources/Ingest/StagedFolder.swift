import Foundation

/// The one way the importer replaces its generated folders (`content/documents/`, `content/data/`):
/// every new folder is written beside its old one, then all are swapped in with renames, so a
/// failure at any point leaves every old folder whole: an import changes all of them or none.
enum StagedFolder {
    /// One folder to replace: `files` (path relative to `target` → text), carrying over the old
    /// folder's top-level files that `keep` accepts (a README the importer does not own).
    struct Replacement {
        let target: URL
        let files: [String: String]
        var keep: (String) -> Bool = { _ in false }
    }

    /// Writes every replacement's staging folder, then swaps them all in; on any failure the
    /// folders already swapped are put back and the staging folders removed.
    static func replace(_ replacements: [Replacement]) throws {
        let fileManager = FileManager.default
        let token = UUID().uuidString.prefix(8)
        let staged = replacements.map { replacement in
            let parent = replacement.target.deletingLastPathComponent()
            let name = replacement.target.lastPathComponent
            return (replacement, parent.appendingPathComponent(".\(name)-import-\(token)"), parent.appendingPathComponent(".\(name)-old-\(token)"))
        }
        var swapped: [(target: URL, retired: URL?)] = []
        do {
            for (replacement, staging, _) in staged { try write(replacement, into: staging) }
            for (replacement, staging, retired) in staged {
                var old: URL?
                if fileManager.fileExists(atPath: replacement.target.path) {
                    try fileManager.moveItem(at: replacement.target, to: retired)
                    old = retired
                }
                swapped.append((replacement.target, old))
                try fileManager.moveItem(at: staging, to: replacement.target)
            }
        } catch {
            for (target, old) in swapped.reversed() {
                try? fileManager.removeItem(at: target)
                if let old { try? fileManager.moveItem(at: old, to: target) }
            }
            for (_, staging, _) in staged { try? fileManager.removeItem(at: staging) }
            throw error
        }
        for (_, _, retired) in staged { try? fileManager.removeItem(at: retired) }
    }

    private static func write(_ replacement: Replacement, into staging: URL) throws {
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
        if fileManager.fileExists(atPath: replacement.target.path) {
            for name in try fileManager.contentsOfDirectory(atPath: replacement.target.path).sorted() where replacement.keep(name) {
                try fileManager.copyItem(at: replacement.target.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
        }
        for (path, text) in replacement.files {
            let url = staging.appendingPathComponent(path)
            try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
        }
    }

    /// The paths (prefixed with `displayPrefix`) where `target` differs from `files`: stale,
    /// missing, or present but no longer produced among the files `owned` accepts.
    static func differences(_ target: URL, from files: [String: String], owned: (String) -> Bool, displayPrefix: String) -> [String] {
        var present: Set<String> = []
        let root = target.standardizedFileURL.path + "/"
        if let walker = FileManager.default.enumerator(at: target, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                let relative = String(url.standardizedFileURL.path.dropFirst(root.count))
                if owned(relative) { present.insert(relative) }
            }
        }
        var differing = files.keys.filter { path in
            FileManager.default.contents(atPath: target.appendingPathComponent(path).path) != Data((files[path] ?? "").utf8)
        }
        differing += present.subtracting(files.keys)
        return differing.sorted().map { displayPrefix + $0 }
    }
}
