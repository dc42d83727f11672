import Content
import Foundation

/// Guards against output directories whose sync would delete the project's own files.
///
/// Sync deletes every file it did not produce, so pointing `--output` at the project, at content/ or
/// templates/, at the code (Sources, Tests), at a version-control folder, or at a folder that contains
/// one of them would erase sources. Those are refused. Paths are compared after symbolic links are
/// resolved, also where the output's last folders do not exist yet.
public enum OutputLocation {
    /// Folders of the project (beside content/) that an output must never be, hold or sit inside.
    static let projectFolders = ["Sources", "Tests", ".git", ".hg", ".svn"]
    /// Version-control folders: an output inside one, or holding one, is refused.
    static let versionControl: Set<String> = [".git", ".hg", ".svn"]

    /// Throws when `output` is the project root, the file system root or home directory, or overlaps
    /// one of the `protected` directories (is it, is inside it, or contains it), the project's code
    /// folders beside the first of them, or a version-control folder.
    public static func validate(_ output: URL, protecting protected: [URL]) throws {
        let target = canonical(output)
        let home = canonical(FileManager.default.homeDirectoryForCurrentUser)
        if target == "/" || target == home {
            throw refusal(output, "it is \(target == "/" ? "the file system root" : "the home directory")")
        }
        if FileManager.default.fileExists(atPath: target + "/Package.swift") {
            throw refusal(output, "it holds Package.swift, so it is a project folder")
        }
        if let part = target.split(separator: "/").first(where: { versionControl.contains(String($0)) }) {
            throw refusal(output, "it is inside a version-control folder (\(part))")
        }
        if let held = versionControl.first(where: { FileManager.default.fileExists(atPath: target + "/" + $0) }) {
            throw refusal(output, "it holds \(held), so it is a repository")
        }
        let project = protected.first.map { canonical($0.deletingLastPathComponent()) }
        if let project, target == project {
            throw refusal(output, "it is the project folder")
        }
        let code = project.map { root in projectFolders.map { URL(fileURLWithPath: root + "/" + $0) } } ?? []
        for directory in protected + code {
            let path = canonical(directory)
            if target == path || target.hasPrefix(path + "/") || path.hasPrefix(target + "/") {
                throw refusal(output, "it overlaps \(directory.path), whose files a build would delete")
            }
        }
    }

    private static func refusal(_ output: URL, _ reason: String) -> ContentError {
        ContentError(
            file: output.path, problem: "cannot be the output directory: \(reason)",
            fix: "use a dedicated folder such as public/")
    }

    /// An absolute path with every symbolic link resolved and no trailing slash. Where the last
    /// folders do not exist yet, the longest existing part is resolved and the rest appended, so
    /// `link/new` under a link to content/ is seen as inside content/.
    static func canonical(_ url: URL) -> String {
        var existing = url.standardizedFileURL
        var tail: [String] = []
        while !FileManager.default.fileExists(atPath: existing.path), existing.path != "/" {
            tail.insert(existing.lastPathComponent, at: 0)
            existing = existing.deletingLastPathComponent()
        }
        let resolved = existing.resolvingSymlinksInPath().path
        let path = ([resolved == "/" ? "" : resolved] + tail).joined(separator: "/")
        return path.isEmpty ? "/" : (path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path)
    }
}
