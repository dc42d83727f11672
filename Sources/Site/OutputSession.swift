import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// One sync of the output folder whose files arrive in batches, so a large site never holds all of
/// its bytes at once; `OutputSync.begin(paths:)` starts it, holding the folder's lock throughout.
///
/// The guarantees are the whole sync's: every changed file of every batch is written under its
/// temporary name as it arrives (files already holding the right bytes are left alone), and only
/// `finish()` renames them into place, each atomically, then deletes what is no longer produced. A
/// failure before that (`abandon()`) removes every temporary file and every folder the session
/// created, so the folder is left as it was; a build killed at any moment leaves every file old or
/// new, never truncated, and the next build clears the temporary files as stale.
final class OutputSession: @unchecked Sendable {
    private let sync: OutputSync
    private let root: String
    private var lock: OutputMarker.Lock?
    private let existing: DirectoryListing
    /// Every path staged so far, and the folders they need.
    private var wanted: Set<String> = []
    private var wantedDirectories: Set<String> = []
    /// Folders this session made, in the order made (undone in reverse).
    private var created: [String] = []
    /// Paths whose temporary file may exist (every staged path, written or not), relative to the
    /// root: they share the staged files' strings, where absolute ones were 100,000 new strings.
    private var attempted: [String] = []
    /// Paths (relative to the root) written under their temporary names, renamed by `finish()`.
    private var changed: [String] = []
    private var stagedCount = 0

    init(sync: OutputSync, lock: OutputMarker.Lock, existing: DirectoryListing) {
        self.sync = sync
        self.root = sync.directory.path
        self.lock = lock
        self.existing = existing
    }

    /// Clears the way and makes the folders of the paths known at the start. Links are never part
    /// of a build; removing them first means no write can follow one out of the output directory. A
    /// stale file where a folder is now wanted must go before the folder.
    func prepare(wanted: Set<String>, directories: Set<String>) throws {
        for path in existing.others.sorted() { try sync.remove(path) }
        self.wanted = wanted
        try makeFolders(directories)
    }

    /// The deletions `prepare` made count as the sync's own.
    private var deletedBeforeWriting: Int {
        existing.others.filter { !wanted.contains($0) }.count
            + existing.stats.keys.filter { wantedDirectories.contains($0) }.count
    }

    /// Creates the folders not yet made, shallowest first, after removing a stale file in the way.
    private func makeFolders(_ directories: Set<String>) throws {
        let new = directories.subtracting(wantedDirectories)
        if let clash = new.intersection(wanted).min() {
            throw ContentError(
                file: clash, problem: "would be both a file and a folder of the output",
                fix: "rename the page, dataset or asset that produces one of them")
        }
        wantedDirectories.formUnion(new)
        // Filtered before sorted: an edit build keeps all of a large output's files.
        for path in existing.stats.keys.filter({ new.contains($0) }).sorted() { try sync.remove(path) }
        // Level by level, shallowest first, so a folder's parent is always there; the folders of one
        // level (a page's own, 10,000 for as many pages) are made on every core.
        let levels = Dictionary(grouping: new.subtracting(existing.directories)) { $0.utf8.count { $0 == UInt8(ascii: "/") } }
        let (root, fault) = (root, sync.fault)
        for depth in levels.keys.sorted() {
            // Every folder made is recorded, a failure or not, so that `abandon` removes them all.
            let made = try ParallelMap.map(levels[depth] ?? []) { path -> Result<String?, any Error> in
                let full = root + "/" + path
                if fault?.strikes(.folder, full) == true { return .failure(AtomicFileWriter.failure(full)) }
                if mkdir(full, 0o755) == 0 { return .success(full) }
                return errno == EEXIST ? .success(nil) : .failure(AtomicFileWriter.failure(full))
            }
            created += made.compactMap { try? $0.get() }.compactMap { $0 }
            for result in made { _ = try result.get() }
        }
    }

    /// Writes the files of one batch that differ from the folder under their temporary names, on
    /// every core.
    func stage(_ files: [OutputFile]) throws {
        let late = files.map(\.path).filter { !wanted.contains($0) }
        for path in late { try OutputSync.checkPath(path) }
        if let clash = late.first(where: { wantedDirectories.contains($0) }) {
            throw ContentError(
                file: clash, problem: "would be both a file and a folder of the output",
                fix: "rename the page, dataset or asset that produces one of them")
        }
        wanted.formUnion(late)
        try makeFolders(Set(late.flatMap { OutputSync.parents(of: $0) }))
        let root = root
        let stats = existing.stats
        let fault = sync.fault
        attempted += files.map(\.path)
        stagedCount += files.count
        changed += try ParallelMap.map(files) { file -> String? in
            let path = root + "/" + file.path
            if stats[file.path]?.size == file.contents.count, let current = FileManager.default.contents(atPath: path),
                current == file.contents
            {
                return nil
            }
            try AtomicFileWriter.writeTemporary(file.contents, for: path, fault: fault)
            return file.path
        }.compactMap { $0 }
    }

    /// Renames every staged file into place, deletes what is no longer produced and releases the
    /// folder, recording `record` (with the folder's manifest) for the next build. With `previous`,
    /// the folder's listing before the sync, a sync that only rewrote files takes the manifest from
    /// it and the written files' new stats instead of listing the whole folder again.
    func finish(record: BuildRecord?, previous: DirectoryListing? = nil) throws -> SyncReport {
        var report = SyncReport()
        report.deleted = deletedBeforeWriting
        do {
            for path in existing.directories.intersection(wanted) { try sync.remove(path) }
            // Each file's rename is its own; they run on every core, the first failure (in order) thrown.
            let (root, fault) = (root, sync.fault)
            _ = try ParallelMap.map(changed) { path in try AtomicFileWriter.commit(root + "/" + path, fault: fault) }
        } catch {
            for path in changed { AtomicFileWriter.discard(root + "/" + path) }
            release(record: nil)
            throw error
        }
        report.written = changed.count
        report.unchanged = stagedCount - changed.count
        do {
            for path in existing.stats.keys.filter({ !wanted.contains($0) && !wantedDirectories.contains($0) }).sorted() {
                try sync.remove(path)
                report.deleted += 1
            }
        } catch {
            release(record: nil)
            throw error
        }
        // Deepest first, so a folder emptied of its only sub-folder goes too; rmdir leaves any
        // folder that still holds something.
        for path in existing.directories.subtracting(wantedDirectories).sorted(by: { $0.count > $1.count }) {
            rmdir(root + "/" + path)
        }
        var finished: BuildRecord?
        if var record {
            if let (manifest, changes) = previous.flatMap({ report.deleted == 0 && created.isEmpty ? updated($0) : nil }) {
                // The record's probe stays the last build's: the folders this sync changed have
                // later times, so the next build reads them, and the others are as proved then.
                record.manifest = manifest
                record.outputSource?.changed = changes
            } else {
                record.outputSource = nil
                record.probe = lock?.probe() ?? .min
                record.manifest = OutputMarker.siteListing(sync.directory, statFolders: true)
            }
            finished = record
        }
        release(record: finished)
        return report
    }

    /// `listing` with the stats of the files this session wrote and of their folders, and those
    /// stats alone, or nil when one cannot be read.
    private func updated(_ listing: DirectoryListing) -> (DirectoryListing, [String: FileStat])? {
        var listing = listing
        var changes: [String: FileStat] = [:]
        var folders: Set<String> = []
        for path in changed {
            var info = stat()
            guard lstat(root + "/" + path, &info) == 0, info.st_mode & S_IFMT == S_IFREG, listing.stats[path] != nil else { return nil }
            listing.stats[path] = FileStat(info)
            changes[path] = FileStat(info)
            folders.insert(OutputSync.parents(of: path).last ?? "")
        }
        for folder in folders {
            var info = stat()
            guard lstat(folder.isEmpty ? root : root + "/" + folder, &info) == 0, info.st_mode & S_IFMT == S_IFDIR,
                listing.folderStats[folder] != nil
            else { return nil }
            listing.folderStats[folder] = FileStat(info)
            changes[folder] = FileStat(info)
        }
        return (listing, changes)
    }

    /// Undoes a session that will not finish: every temporary file and every folder it made.
    func abandon() {
        for path in attempted { AtomicFileWriter.discard(root + "/" + path) }
        for folder in created.reversed() { rmdir(folder) }
        release(record: nil)
    }

    /// Only a sync that finished leaves a record: after a failure the next build must redo it all.
    private func release(record: BuildRecord?) {
        if let record {
            lock?.release(contentFolders: sync.contentFolders, record: record)
        } else {
            lock?.release(writing: OutputMarker.text(contentFolders: sync.contentFolders))
        }
        lock = nil
    }
}
