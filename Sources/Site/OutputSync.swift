import Content
import Foundation

/// What a sync did to the output directory.
public struct SyncReport: Sendable, Equatable {
    /// Files created or whose bytes changed.
    public var written = 0
    /// Files already holding the right bytes.
    public var unchanged = 0
    /// Stale files removed.
    public var deleted = 0
}

/// Makes an output directory hold exactly a set of files: writes only files whose bytes differ,
/// deletes files that are no longer produced, and never removes the directory itself.
///
/// Writing only what changed keeps rebuilds fast and file timestamps meaningful for servers and
/// live reload. Paths are checked so that nothing is written outside the output directory, and
/// symbolic links inside it are removed rather than written through.
public struct OutputSync: Sendable {
    /// The directory being synced.
    public let directory: URL

    /// Creates a sync for a directory; `OutputLocation.validate` should have approved it.
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// Brings the directory in line with `files`.
    public func sync(_ files: [OutputFile]) throws -> SyncReport {
        for file in files { try Self.checkPath(file.path) }
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let root = directory.path
        let existing = DirectoryWalker.list(root)
        let wanted = Set(files.map(\.path))
        let wantedDirectories = Set(files.flatMap { Self.parents(of: $0.path) })
        var report = SyncReport()

        // Links are never part of a build; removing them first means no write can follow one out of
        // the output directory. Stale files go before writes so a file may become a folder.
        for path in existing.others.sorted() {
            try manager.removeItem(atPath: root + "/" + path)
            if !wanted.contains(path) { report.deleted += 1 }
        }
        for path in existing.files.keys.sorted() where !wanted.contains(path) || wantedDirectories.contains(path) {
            try manager.removeItem(atPath: root + "/" + path)
            report.deleted += 1
        }
        var readyDirectories = existing.directories.intersection(wantedDirectories)
        for file in files {
            let path = root + "/" + file.path
            if existing.files[file.path] == file.contents.count, !wantedDirectories.contains(file.path),
                let current = manager.contents(atPath: path), current == file.contents
            {
                report.unchanged += 1
                continue
            }
            if existing.directories.contains(file.path) {
                try manager.removeItem(atPath: path)
            }
            if let slash = file.path.lastIndex(of: "/"), case let parent = String(file.path[..<slash]),
                !readyDirectories.contains(parent)
            {
                try manager.createDirectory(atPath: root + "/" + parent, withIntermediateDirectories: true)
                readyDirectories.formUnion(Self.parents(of: file.path))
            }
            try file.contents.write(to: URL(fileURLWithPath: path))
            report.written += 1
        }
        // Deepest first, so a folder emptied of its only sub-folder goes too; rmdir leaves any
        // folder that still holds something.
        for path in existing.directories.subtracting(wantedDirectories).sorted(by: { $0.count > $1.count }) {
            rmdir(root + "/" + path)
        }
        return report
    }

    /// Output paths are produced by the site itself, but a slug or data id could still smuggle in a
    /// `..`; refusing here keeps every write inside the output directory.
    static func checkPath(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." })
        else {
            throw ContentError(
                file: path, problem: "is outside the output directory, so it is not written",
                fix: "give the page or dataset a plain name (letters, digits, - and _)")
        }
    }

    /// `a/b/c.html` → `a`, `a/b`.
    static func parents(of path: String) -> [String] {
        let parts = path.split(separator: "/").dropLast()
        return parts.indices.map { parts[...$0].joined(separator: "/") }
    }
}
