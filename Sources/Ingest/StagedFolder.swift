import Foundation

/// The one way the importer replaces a generated folder (`content/documents/`, `content/data/`):
/// the new folder is written beside the old one and swapped in with renames, so a failure at any
/// point leaves the old folder whole.
enum StagedFolder {
    /// Replaces `target` with `files` (path relative to `target` → text), carrying over the old
    /// folder's top-level files that `keep` accepts (a README the importer does not own).
    static func replace(_ target: URL, with files: [String: String], keeping keep: (String) -> Bool = { _ in false }) throws {
        let fileManager = FileManager.default
        let parent = target.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".\(target.lastPathComponent)-import-\(token)")
        let retired = parent.appendingPathComponent(".\(target.lastPathComponent)-old-\(token)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            if fileManager.fileExists(atPath: target.path) {
                for name in try fileManager.contentsOfDirectory(atPath: target.path).sorted() where keep(name) {
                    try fileManager.copyItem(at: target.appendingPathComponent(name), to: staging.appendingPathComponent(name))
                }
            }
            for (path, text) in files {
                let url = staging.appendingPathComponent(path)
                try fileManager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(text.utf8).write(to: url, options: .atomic)
            }
            if fileManager.fileExists(atPath: target.path) {
                try fileManager.moveItem(at: target, to: retired)
            }
            try fileManager.moveItem(at: staging, to: target)
            try? fileManager.removeItem(at: retired)
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: target)
            }
            throw error
        }
    }
}
