import Content
import Foundation

/// `content/data/`: the importer owns every `.csv` and `.yaml` file in it and leaves anything
/// else (a README) alone.
struct DatasetDirectory {
    let url: URL

    static func isOwned(_ name: String) -> Bool {
        !name.hasPrefix(".") && (name.hasSuffix(".csv") || name.hasSuffix(".yaml"))
    }

    /// Names of the files in the folder (none when it does not exist).
    func existing() throws -> [String] {
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: url.path).sorted()
        } catch {
            throw ContentError(file: "content/data", problem: "cannot be listed (\(error.localizedDescription))", fix: "check permissions")
        }
    }

    /// Builds the new folder beside the old one and swaps it in, so a failure leaves the old one whole.
    func replace(with files: [String: String]) throws {
        let fileManager = FileManager.default
        let parent = url.deletingLastPathComponent()
        let token = UUID().uuidString.prefix(8)
        let staging = parent.appendingPathComponent(".data-import-\(token)")
        let retired = parent.appendingPathComponent(".data-old-\(token)")
        do {
            try fileManager.createDirectory(at: staging, withIntermediateDirectories: true)
            for name in try existing() where !Self.isOwned(name) {
                try fileManager.copyItem(at: url.appendingPathComponent(name), to: staging.appendingPathComponent(name))
            }
            for (name, text) in files {
                try Data(text.utf8).write(to: staging.appendingPathComponent(name), options: .atomic)
            }
            if fileManager.fileExists(atPath: url.path) {
                try fileManager.moveItem(at: url, to: retired)
            }
            try fileManager.moveItem(at: staging, to: url)
            if fileManager.fileExists(atPath: retired.path) {
                try fileManager.removeItem(at: retired)
            }
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: url.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: url)
            }
            throw ContentError(
                file: "content/data", problem: "cannot be written (\(error.localizedDescription))",
                fix: "check permissions and free space; the previous files were kept")
        }
    }

    /// What differs between the folder and `files`.
    func differences(from files: [String: String], displayPrefix: String) throws -> [String] {
        let present = Set(try existing().filter(Self.isOwned))
        var out: [String] = []
        for name in files.keys.sorted() {
            if !present.contains(name) {
                out.append("missing: \(displayPrefix)\(name)")
            } else if (try? Data(contentsOf: url.appendingPathComponent(name))) != Data((files[name] ?? "").utf8) {
                out.append("stale: \(displayPrefix)\(name)")
            }
        }
        for name in present.sorted() where files[name] == nil {
            out.append("extra: \(displayPrefix)\(name)")
        }
        return out
    }
}
