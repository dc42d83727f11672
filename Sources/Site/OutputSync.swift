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
/// live reload. Paths are checked so that nothing is written outside the output directory.
public struct OutputSync: Sendable {
    /// The directory being synced.
    public let directory: URL

    /// Creates a sync for a directory; `OutputLocation.validate` should have approved it.
    public init(directory: URL) {
        self.directory = directory.standardizedFileURL
    }

    /// Brings the directory in line with `files`.
    public func sync(_ files: [OutputFile]) throws -> SyncReport {
        let manager = FileManager.default
        for file in files { try Self.checkPath(file.path) }
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let root = directory.resolvingSymlinksInPath().path
        var report = SyncReport()
        let wanted = Set(files.map(\.path))
        let existing = existingFiles()

        // Stale files go first so that a file may be replaced by a directory of the same name.
        for path in existing.subtracting(wanted).sorted().reversed() {
            try manager.removeItem(at: directory.appendingPathComponent(path))
            report.deleted += 1
        }
        for file in files {
            let url = directory.appendingPathComponent(file.path)
            if existing.contains(file.path), let current = try? Data(contentsOf: url), current == file.contents {
                report.unchanged += 1
                continue
            }
            let parent = url.deletingLastPathComponent()
            try Self.removeFileBlocking(parent, below: directory)
            try manager.createDirectory(at: parent, withIntermediateDirectories: true)
            guard (parent.resolvingSymlinksInPath().path + "/").hasPrefix(root + "/") else {
                throw BuildError("\(file.path): would be written outside \(directory.path) through a symbolic link — remove the link from the output directory")
            }
            if let attributes = try? manager.attributesOfItem(atPath: url.path),
                attributes[.type] as? FileAttributeType == .typeDirectory
            {
                try manager.removeItem(at: url)
            }
            try file.contents.write(to: url, options: .atomic)
            report.written += 1
        }
        removeEmptyDirectories()
        return report
    }

    /// Output paths are produced by the site itself, but a slug or data id could still smuggle in a
    /// `..`; refusing here keeps every write inside the output directory.
    static func checkPath(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." })
        else {
            throw BuildError("refusing to write “\(path)”: output paths must stay inside the output directory")
        }
    }

    /// Every regular file (and symbolic link) below the directory, as relative paths.
    private func existingFiles() -> Set<String> {
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isDirectoryKey], options: [])
        else { return [] }
        var paths: Set<String> = []
        let prefix = directory.path + "/"
        for case let url as URL in enumerator {
            let isDirectory = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) ?? false
            let path = url.standardizedFileURL.path
            if !isDirectory, path.hasPrefix(prefix) { paths.insert(String(path.dropFirst(prefix.count))) }
        }
        return paths
    }

    /// A stale file where a directory is now needed (e.g. `a` becoming `a/index.html`) is removed.
    private static func removeFileBlocking(_ directoryURL: URL, below root: URL) throws {
        var current = directoryURL
        var isDirectory: ObjCBool = false
        while current.path.count > root.path.count {
            if FileManager.default.fileExists(atPath: current.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                try FileManager.default.removeItem(at: current)
            }
            current = current.deletingLastPathComponent()
        }
    }

    private func removeEmptyDirectories() {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(at: directory, includingPropertiesForKeys: [.isDirectoryKey])
        else { return }
        var directories: [URL] = []
        for case let url as URL in enumerator
        where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            directories.append(url)
        }
        for url in directories.sorted(by: { $0.path.count > $1.path.count }) {
            if (try? manager.contentsOfDirectory(atPath: url.path))?.isEmpty == true {
                try? manager.removeItem(at: url)
            }
        }
    }
}
