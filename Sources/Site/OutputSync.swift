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
        let session = try begin(paths: files.map(\.path))
        do {
            try session.stage(files)
            return try session.finish(record: record)
        } catch {
            session.abandon()
            throw error
        }
    }

    /// Starts a sync whose files arrive in batches (see `OutputSession`): refuses what the whole
    /// sync would refuse, takes the output folder and creates the folders `paths` need. Files whose
    /// paths are not known yet (the search index's) may still be staged later.
    func begin(paths: [String]) throws -> OutputSession {
        for path in paths { try Self.checkPath(path) }
        let wanted = Set(paths)
        let wantedDirectories = Set(paths.flatMap { Self.parents(of: $0) })
        if let clash = wanted.intersection(wantedDirectories).min() {
            let inside = paths.first { $0.hasPrefix(clash + "/") } ?? clash + "/…"
            throw ContentError(
                file: clash, problem: "would be both a file and the folder holding \(inside)",
                fix: "rename the page, dataset or asset that produces one of them")
        }
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw ContentError(
                file: directory.path, problem: "cannot be created as the output folder",
                fix: "check that its parent exists, is a folder and is writable")
        }
        let lock = try OutputMarker.claim(directory, adopt: adopt)
        let session = OutputSession(sync: self, lock: lock, existing: OutputMarker.siteListing(directory))
        do {
            try session.prepare(wanted: wanted, directories: wantedDirectories)
        } catch {
            session.abandon()
            throw error
        }
        return session
    }

    /// Starts a sync that keeps every file of `listing`, the folder as the last build left it and as
    /// it still is (`UnchangedBuild.outputHolds`), and may rewrite some of them: the paths need no
    /// checks (they are the folder's own), and the folder is not listed again.
    func begin(keeping listing: DirectoryListing) throws -> OutputSession {
        let lock = try OutputMarker.claim(directory, adopt: adopt)
        let session = OutputSession(sync: self, lock: lock, existing: listing)
        do {
            try session.prepare(wanted: Set(listing.stats.keys), directories: listing.directories)
        } catch {
            session.abandon()
            throw error
        }
        return session
    }

    /// Deletes a stale entry; one already gone (inside a folder this sync replaced with a file, or a
    /// leftover temporary file this build renamed) is fine.
    func remove(_ path: String) throws {
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
