import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

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
/// live reload. Everything that can be refused is refused before the first change: paths outside
/// the folder, a file and a folder at one path, a folder Shiryo does not own (see `OutputMarker`),
/// a folder another build is writing. Every changed file is first written under a temporary name;
/// only when all were written are they renamed into place, so a write that fails (a full disk, a
/// read-only file system) leaves the folder as it was, and a build killed at any moment leaves
/// every file old or new, never truncated, and the next build repairs the rest. Symbolic links
/// inside the folder are removed, never written through.
public struct OutputSync: Sendable {
    /// The directory being synced.
    public let directory: URL
    /// Whether a non-empty folder without Shiryo's marker may be taken over (`--force`).
    public var adopt: Bool
    /// The content folders the build read, recorded in the marker for the next build.
    public var contentFolders: Set<String>
    /// What the build read and reported, recorded in the marker with the folder's manifest once the
    /// sync has finished, so that the next build can tell it has nothing to do.
    var record: BuildRecord?
    /// A failure to meet on purpose, for tests (see `WriteFault`); nil in every real build.
    var fault: WriteFault?

    /// Creates a sync for a directory; `OutputLocation.validate` should have approved it.
    public init(directory: URL, adopt: Bool = false, contentFolders: Set<String> = []) {
        self.directory = directory.standardizedFileURL
        self.adopt = adopt
        self.contentFolders = contentFolders
    }

    /// Brings the directory in line with `files`.
    public func sync(_ files: [OutputFile]) throws -> SyncReport {
        for file in files { try Self.checkPath(file.path) }
        let wanted = Set(files.map(\.path))
        let wantedDirectories = Set(files.flatMap { Self.parents(of: $0.path) })
        if let clash = wanted.intersection(wantedDirectories).min() {
            let inside = files.first { $0.path.hasPrefix(clash + "/") }?.path ?? clash + "/…"
            throw ContentError(
                file: clash, problem: "would be both a file and the folder holding \(inside)",
                fix: "rename the page, dataset or asset that produces one of them")
        }
        let manager = FileManager.default
        do {
            try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ContentError(
                file: directory.path, problem: "cannot be created as the output folder",
                fix: "check that its parent exists, is a folder and is writable")
        }
        let lock = try OutputMarker.claim(directory, adopt: adopt)
        // Only a sync that finished leaves a record: after a failure the next build must redo it all.
        var finished: BuildRecord?
        defer { lock.release(writing: OutputMarker.text(contentFolders: contentFolders, record: finished)) }

        let root = directory.path
        let existing = OutputMarker.siteListing(directory)
        var report = SyncReport()

        // Links are never part of a build; removing them first means no write can follow one out of
        // the output directory. A stale file where a folder is now wanted must go before the folder.
        for path in existing.others.sorted() {
            try remove(path)
            if !wanted.contains(path) { report.deleted += 1 }
        }
        for path in existing.files.keys.sorted() where wantedDirectories.contains(path) {
            try remove(path)
            report.deleted += 1
        }

        // First every new folder (shallowest first) and every changed file under its temporary
        // name, on every core. A failure here (a full disk, a read-only file system, a refused
        // permission) undoes all of it, so the output folder is left as it was.
        let sizes = existing.files
        var created: [String] = []
        let changed: [String]
        do {
            for path in wantedDirectories.subtracting(existing.directories).sorted(by: { $0.count < $1.count }) {
                let full = root + "/" + path
                if fault?.strikes(.folder, full) == true { throw AtomicFileWriter.failure(full) }
                if mkdir(full, 0o755) == 0 {
                    created.append(full)
                } else if errno != EEXIST {
                    throw AtomicFileWriter.failure(full)
                }
            }
            changed = try ParallelMap.map(files) { [fault] file -> String? in
                let path = root + "/" + file.path
                if sizes[file.path] == file.contents.count, let current = manager.contents(atPath: path), current == file.contents {
                    return nil
                }
                try AtomicFileWriter.writeTemporary(file.contents, for: path, fault: fault)
                return path
            }.compactMap { $0 }
        } catch {
            for file in files { AtomicFileWriter.discard(root + "/" + file.path) }
            for folder in created.reversed() { rmdir(folder) }
            throw error
        }

        // Then the renames, each atomic, and only then the deletions of what is no longer produced.
        do {
            for path in existing.directories.intersection(wanted) { try remove(path) }
            for path in changed { try AtomicFileWriter.commit(path, fault: fault) }
        } catch {
            for path in changed { AtomicFileWriter.discard(path) }
            throw error
        }
        report.written = changed.count
        report.unchanged = files.count - changed.count
        for path in existing.files.keys.sorted() where !wanted.contains(path) && !wantedDirectories.contains(path) {
            try remove(path)
            report.deleted += 1
        }
        // Deepest first, so a folder emptied of its only sub-folder goes too; rmdir leaves any
        // folder that still holds something.
        for path in existing.directories.subtracting(wantedDirectories).sorted(by: { $0.count > $1.count }) {
            rmdir(root + "/" + path)
        }
        if var record {
            record.manifest = OutputMarker.siteListing(directory)
            finished = record
        }
        return report
    }

    /// Deletes a stale entry; one already gone (inside a folder this sync replaced with a file, or a
    /// leftover temporary file this build renamed) is fine.
    private func remove(_ path: String) throws {
        do {
            try FileManager.default.removeItem(atPath: directory.path + "/" + path)
        } catch {
            var status = stat()
            if lstat(directory.path + "/" + path, &status) != 0, errno == ENOENT || errno == ENOTDIR { return }
            throw ContentError(
                file: directory.path + "/" + path, problem: "is no longer produced but cannot be deleted",
                fix: "make the output folder writable (or remove the file's immutable flag), then build again")
        }
    }

    /// Output paths are produced by the site itself, but a slug or data id could still smuggle in a
    /// `..`; refusing here keeps every write inside the output directory.
    static func checkPath(_ path: String) throws {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard !path.isEmpty, !path.hasPrefix("/"), !parts.contains(where: { $0.isEmpty || $0 == ".." || $0 == "." }),
            path != OutputMarker.name
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
