import Content
import Foundation

/// Guards against output directories whose sync would delete the project's own files.
///
/// Sync deletes every file it did not produce, so pointing `--output` at the project, at content/ or
/// templates/, or at a folder that contains them would erase the sources. Those are refused.
public enum OutputLocation {
    /// Throws when `output` is the project root, the file system root or home directory, or overlaps
    /// one of the `protected` directories (is it, is inside it, or contains it).
    public static func validate(_ output: URL, protecting protected: [URL]) throws {
        let target = canonical(output)
        let home = canonical(FileManager.default.homeDirectoryForCurrentUser)
        if target == "/" || target == home {
            throw refusal(output, "it is \(target == "/" ? "the file system root" : "the home directory")")
        }
        if FileManager.default.fileExists(atPath: output.appendingPathComponent("Package.swift").path) {
            throw refusal(output, "it holds Package.swift, so it is a project folder")
        }
        for directory in protected {
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

    /// An absolute path with symbolic links resolved (as far as the path exists) and no trailing slash.
    static func canonical(_ url: URL) -> String {
        let path = url.standardizedFileURL.resolvingSymlinksInPath().path
        return path.count > 1 && path.hasSuffix("/") ? String(path.dropLast()) : path
    }
}
