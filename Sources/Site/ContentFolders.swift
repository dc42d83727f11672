import Content
import Foundation

/// The folders of content/ a build reads, checked before anything is read or written.
///
/// A build makes the output hold exactly what the content produces, so a content folder that is
/// missing by accident (a typo in `--content`, a half-finished checkout, a folder that became a
/// file) would silently delete all its pages. The content folder must look like one, each known
/// folder must be a folder, and one that the last build read must still be there.
enum ContentFolders {
    static let known = ["data", "documents", "pages", "programs"]

    /// The known folders present in `content`; throws when `content` is not a Shiryo content folder
    /// or a known name is not a folder.
    static func present(in content: URL) throws -> Set<String> {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: content.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw ContentError(
                file: content.path, problem: "is not a folder",
                fix: "pass the content folder with --content (the folder holding site.yaml and pages/)")
        }
        var present: Set<String> = []
        for name in known {
            let path = content.appendingPathComponent(name).path
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            guard isFolder.boolValue else {
                throw ContentError(
                    file: path, problem: "is a file, but the build reads it as a folder",
                    fix: "move the file away and make \(name)/ a folder")
            }
            guard FileManager.default.isReadableFile(atPath: path) else {
                throw ContentError(file: path, problem: "cannot be read", fix: "make the folder readable")
            }
            present.insert(name)
        }
        let hasSettings = FileManager.default.fileExists(atPath: content.appendingPathComponent("site.yaml").path)
        guard hasSettings || !present.isEmpty else {
            throw ContentError(
                file: content.path,
                problem: "is not a Shiryo content folder: it holds none of site.yaml, \(known.map { $0 + "/" }.joined(separator: ", "))",
                fix: "pass the content folder with --content, or create site.yaml in it")
        }
        return present
    }

    /// Throws when a folder of `last`, those the last build into the output read (the marker's
    /// `OutputMarker.lastContentFolders`), is missing now.
    static func checkNoneVanished(_ present: Set<String>, content: URL, last: Set<String>?) throws {
        guard let last, let gone = last.subtracting(present).min() else {
            return
        }
        throw ContentError(
            file: content.appendingPathComponent(gone).path,
            problem: "is missing, but the last build read it; building now would delete all its pages",
            fix: "restore it, or pass --force to build without it")
    }
}
