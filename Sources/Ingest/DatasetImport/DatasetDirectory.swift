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

    /// Replaces the folder's owned files with `files` in one swap (``StagedFolder``).
    func replace(with files: [String: String]) throws {
        do {
            try StagedFolder.replace(url, with: files, keeping: { !Self.isOwned($0) })
        } catch {
            throw ContentError(
                file: "content/data", problem: "cannot be written (\(error.localizedDescription))",
                fix: "check permissions and free space; the previous files were kept")
        }
    }

    /// What differs between the folder and `files`.
    func differences(from files: [String: String], displayPrefix: String) throws -> [String] {
        let present = Set(try existing().filter(Self.isOwned))
        var out: [String] = []
        for name in files.keys.sorted()
        where !present.contains(name) || (try? Data(contentsOf: url.appendingPathComponent(name))) != Data((files[name] ?? "").utf8) {
            out.append("\(displayPrefix)\(name)")
        }
        for name in present.sorted() where files[name] == nil {
            out.append("\(displayPrefix)\(name)")
        }
        return out
    }
}
