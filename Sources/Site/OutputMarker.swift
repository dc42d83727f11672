import Content
import Foundation
import Search

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The file that says an output folder is Shiryo's: `.shiryo-output` at its root.
///
/// Sync deletes whatever the build does not produce, so it only does that in a folder it owns: an
/// empty or new folder becomes its own with the marker, a folder holding other files without it is
/// refused unless the user adopts it (`--force`). The marker also records which content folders the
/// last build read, so a folder that vanished (a typo in `--content`, a failed checkout) is an error
/// rather than the silent deletion of its pages; and it is the lock that keeps two builds from
/// writing one folder at once.
struct OutputMarker {
    static let name = ".shiryo-output"
    private static let header = "This folder is written by `shiryo build`: files in it that the build does not produce are deleted.\n"

    /// The marker's bytes in `directory`, read once for all a build asks of it.
    static func bytes(in directory: URL) -> [UInt8]? {
        FileManager.default.contents(atPath: directory.appendingPathComponent(name).path).map { [UInt8]($0) }
    }

    /// What the last build recorded in a marker's bytes: the content folders it read.
    static func lastContentFolders(marker: [UInt8]) -> Set<String> {
        // The line is the second: the record after it is not made into text.
        let text = String(decoding: marker.prefix(1 << 16), as: UTF8.self)
        // The line comes before the build record, which can be 100,000 lines long: only the lines
        // up to it are looked at.
        var rest = text[...]
        while !rest.isEmpty {
            let parts = rest.utf8.split(separator: UInt8(ascii: "\n"), maxSplits: 1, omittingEmptySubsequences: false).map(Substring.init)
            let line = parts[0]
            if line == BuildRecord.opening { break }
            if line.hasPrefix("content: ") {
                return Set(line.dropFirst("content: ".count).split(separator: " ").map(String.init))
            }
            rest = parts.count > 1 ? parts[1] : ""
        }
        return []
    }

    /// The marker's text for a build that read `folders`, before any record: stable, so a rebuild
    /// does not rewrite it (`release(contentFolders:record:)` appends a finished build's record).
    static func text(contentFolders folders: Set<String>) -> String {
        header + "content: " + folders.sorted().joined(separator: " ") + "\n"
    }

    /// What the output folder holds, the marker left out; with `statFolders`, the folders' stats
    /// for the record too.
    static func siteListing(_ directory: URL, statFolders: Bool = false) -> DirectoryListing {
        var listing = DirectoryWalker.list(directory.standardizedFileURL.path, statFolders: statFolders)
        listing.stats[name] = nil
        return listing
    }

    /// Takes the output folder for one build: refuses a folder Shiryo does not own (unless
    /// `adopt`), and holds an exclusive lock until `release()`, failing at once when another build
    /// holds it.
    static func claim(_ directory: URL, adopt: Bool) throws -> Lock {
        let path = directory.appendingPathComponent(name).path
        let owned = FileManager.default.fileExists(atPath: path)
        if !owned, !adopt, let entries = try? FileManager.default.contentsOfDirectory(atPath: directory.path),
            !entries.isEmpty
        {
            throw ContentError(
                file: directory.path,
                problem: "holds files that Shiryo did not write (\(entries.sorted().prefix(3).joined(separator: ", "))…) and no \(name) marker, so a build would delete them",
                fix: "choose an empty or new folder, empty this one, or pass --force to let Shiryo own it and delete what it does not produce")
        }
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw AtomicFileWriter.failure(path) }
        guard lockSoon(descriptor) else {
            close(descriptor)
            throw ContentError(
                file: directory.path, problem: "another build is writing this folder right now",
                fix: "wait for it to finish, then build again")
        }
        return Lock(descriptor: descriptor)
    }

    /// Takes the lock, trying again for up to a second: a process started by this one at the
    /// moment a lock is released holds a copy of the descriptor until it runs its program, so
    /// a build right after another can find the lock briefly taken. A real concurrent build holds
    /// it far longer and is still refused.
    private static func lockSoon(_ descriptor: Int32) -> Bool {
        for attempt in 0..<20 {
            if flock(descriptor, LOCK_EX | LOCK_NB) == 0 { return true }
            if attempt < 19 { usleep(50_000) }
        }
        return false
    }

    /// An exclusive hold on an output folder.
    struct Lock {
        let descriptor: Int32

        /// The output file system's time now, as it stamps a change (the marker is touched for it):
        /// a folder changed later than this gets a later time (`BuildRecord.probe`). The smallest
        /// time, which settles no folder, when it cannot be told.
        func probe() -> Int64 {
            var info = stat()
            guard futimens(descriptor, nil) == 0, fstat(descriptor, &info) == 0 else { return .min }
            return FileStat(info).changed
        }

        /// Writes the marker of a finished build, its record streamed into the file as it is made
        /// (it differs from the last one's at least in when it was taken), and lets other builds in.
        func release(contentFolders folders: Set<String>, record: BuildRecord) {
            _ = ftruncate(descriptor, 0)
            var offset = 0
            var failed = false
            func append(_ bytes: UnsafeRawBufferPointer) {
                guard !failed else { return }
                failed = !DescriptorWrite.all(bytes, to: descriptor, at: offset)
                offset += bytes.count
            }
            var opening = OutputMarker.text(contentFolders: folders)
            opening.withUTF8 { append(UnsafeRawBufferPointer($0)) }
            record.write(append)
            close(descriptor)
        }

        /// Writes the marker's text (only when it changed) and lets other builds in.
        /// The marker of a large site is tens of megabytes, so it is compared with the file in
        /// pieces and written from the string's own bytes, never copied whole.
        func release(writing text: String) {
            var text = text
            text.withUTF8 { bytes in
                if !fileHolds(bytes) {
                    _ = ftruncate(descriptor, 0)
                    _ = pwrite(descriptor, bytes.baseAddress, bytes.count, 0)
                }
            }
            close(descriptor)
        }

        /// Whether the marker file holds exactly `bytes`.
        private func fileHolds(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            var info = stat()
            guard fstat(descriptor, &info) == 0, Int(info.st_size) == bytes.count else { return false }
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            var offset = 0
            while offset < bytes.count {
                let wanted = min(chunk.count, bytes.count - offset)
                let read = chunk.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, wanted, off_t(offset)) }
                guard read == wanted, chunk.prefix(wanted).elementsEqual(bytes[offset..<(offset + wanted)]) else { return false }
                offset += wanted
            }
            return true
        }
    }
}
