import Content
import Foundation

/// `content/data/`: the importer owns every `.csv` and `.yaml` file in it and leaves anything
/// else (a README) alone.
struct DatasetDirectory {
    let url: URL

    static func isOwned(_ name: String) -> Bool { !name.hasPrefix(".") && (name.hasSuffix(".csv") || name.hasSuffix(".yaml")) }

    /// Replaces the folder's owned files with `files` in one swap (``StagedFolder``).
    func replace(with files: [String: String]) throws {
        do {
            try StagedFolder.replace([replacement(with: files)])
        } catch {
            throw ContentError(
                file: "content/data", problem: "cannot be written (\(error.localizedDescription))",
                fix: "check permissions and free space; the previous files were kept")
        }
    }

    /// What differs between the folder and `files` (``StagedFolder/differences(_:from:owned:displayPrefix:)``).
    func differences(from files: [String: String], displayPrefix: String) -> [String] {
        StagedFolder.differences(url, from: files, owned: { !$0.contains("/") && Self.isOwned($0) }, displayPrefix: displayPrefix)
    }

    /// The staged replacement of the folder's owned files, for swapping in with others.
    func replacement(with files: [String: String]) -> StagedFolder.Replacement {
        StagedFolder.Replacement(target: url, files: files, keep: { !Self.isOwned($0) })
    }
}
