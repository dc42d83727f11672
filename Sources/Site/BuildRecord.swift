import Content
import Escaping
import Foundation

/// What a finished build leaves in the output marker for the next one: the fingerprint of what it
/// read, how many pages it made, the warnings and hidden-file notice it gave (a build that changes
/// nothing repeats them), and the manifest of the output folder as the build left it.
///
/// The next build skips all work only when the fingerprint holds the same inputs and the folder
/// still matches the manifest file for file (size, times, inode), so a hand-edited, added or
/// deleted output file makes a full build that repairs it. Folders are recorded with their stat
/// too, so both are proved without listing them (`TreeProof`, `UnchangedBuild`). The record ends
/// with an `end` line; a record cut short (a build killed while writing the marker) is no record.
struct BuildRecord {
    var fingerprint: BuildFingerprint
    var pages: Int
    var warnings: [ContentError]
    /// The output's files (without the marker) and folders, after the sync, with the folders' stats.
    var manifest: DirectoryListing
    /// A time of the output's file system taken before the manifest's stats: a folder changed
    /// after it gets a later time, so one recorded with an earlier time is settled (`TreeProof`).
    var probe: Int64 = 0
    /// The build's notice of hidden files it skipped, repeated by a build that changes nothing.
    var hidden: String? = nil
    /// The input files in path order, as a record read them: an edit build that keeps the same
    /// inputs writes them in that order instead of sorting 10,000 paths (`write` checks that they
    /// are the same paths).
    var inputOrder: [String] = []
    /// The last record's marker bytes and the output stats that changed since (the root as ""): an
    /// edit build's manifest is the last one with these stats, so its lines are copied from the
    /// last record with only these replaced, rather than made again from 20,000 paths.
    var outputSource: (marker: [UInt8], changed: [String: FileStat])? = nil

    /// The record's version: a marker with another one holds no record this build can use.
    static let opening = "record 2"

    /// The record's lines, after the marker's own, handed to `write` in pieces of about 64 KiB as
    /// they are made: for a site of 100,000 pages the record is tens of megabytes, and one string of
    /// it (grown by doubling, then copied into the file) was the build's largest allocation.
    func write(_ write: (UnsafeRawBufferPointer) -> Void) {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 16)
        func flush() {
            buffer.withUnsafeBytes { write($0) }
            buffer.removeAll(keepingCapacity: true)
        }
        func line(_ parts: String...) {
            for part in parts { buffer.append(contentsOf: part.utf8) }
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 16 { flush() }
        }
        /// A stat's fields and, after a space each, an input's `digest` and `path`: a line per input
        /// and per output file and folder, so the numbers go into the buffer without a string.
        func line(_ tag: String, _ stat: FileStat, digest: UInt64? = nil, _ path: String?) {
            buffer.append(contentsOf: tag.utf8)
            DecimalBytes.append(Int64(stat.size), to: &buffer)
            for value in [stat.modified, stat.changed] {
                buffer.append(UInt8(ascii: " "))
                DecimalBytes.append(value, to: &buffer)
            }
            buffer.append(UInt8(ascii: " "))
            DecimalBytes.append(stat.inode, to: &buffer)
            if let digest {
                buffer.append(UInt8(ascii: " "))
                buffer.append(contentsOf: String(digest, radix: 16).utf8)
            }
            if let path {
                buffer.append(UInt8(ascii: " "))
                buffer.append(contentsOf: path.utf8)
            }
            buffer.append(UInt8(ascii: "\n"))
            if buffer.count >= 1 << 16 { flush() }
        }
        // A folder whose stat could not be taken matches no stat: the next build reads it.
        let unknown = FileStat(size: 0, modified: 0, changed: 0, inode: 0)
        line(Self.opening)
        line("taken \(fingerprint.taken)")
        line("probe \(probe)")
        line("pages \(pages)")
        line("hidden ", hidden.map(BuildCache.escape) ?? "\\0")
        for setting in fingerprint.settings { line("s ", setting) }
        for folder in fingerprint.folderStats.keys.sorted() {
            guard let stat = fingerprint.folderStats[folder] else { continue }
            line("d ", stat, folder)
        }
        // In the order the last build listed them when the names are the same, else by name.
        var inputs = inputOrder.count == fingerprint.files.count ? inputOrder.compactMap { path in fingerprint.files[path].map { (path, $0) } } : []
        if inputs.count != fingerprint.files.count { inputs = fingerprint.files.sorted { $0.key < $1.key }.map { ($0.key, $0.value) } }
        for (path, input) in inputs { line("f ", input.stat, digest: input.digest, path) }
        for warning in warnings {
            buffer.append(contentsOf: "w ".utf8)
            BuildCache.appendFields([warning.file, warning.line.map(String.init), warning.problem, warning.fix], into: &buffer)
            line()
        }
        if let outputSource {
            let changed = outputSource.changed.map { (Array($0.key.utf8), $0.value) }
            _ = RecordLines.forEach(in: outputSource.marker) { tag, rest in
                let root = RecordLines.is(tag, "or")
                guard root || RecordLines.is(tag, "od") || RecordLines.is(tag, "o") else { return true }
                let path = root ? rest[rest.endIndex...] : RecordLines.path(afterStat: rest)
                if let (_, stat) = changed.first(where: { path.count == $0.0.count && path.elementsEqual($0.0) }) {
                    line(RecordLines.text(tag) + " ", stat, root ? nil : RecordLines.text(path))
                } else {
                    buffer.append(contentsOf: tag)
                    buffer.append(UInt8(ascii: " "))
                    buffer.append(contentsOf: rest)
                    buffer.append(UInt8(ascii: "\n"))
                    if buffer.count >= 1 << 16 { flush() }
                }
                return true
            }
        } else {
            line("or ", manifest.folderStats[""] ?? unknown, nil)
            for folder in manifest.directories.sorted() { line("od ", manifest.folderStats[folder] ?? unknown, folder) }
            for path in manifest.stats.keys.sorted() {
                guard let stat = manifest.stats[path] else { continue }
                line("o ", stat, path)
            }
        }
        line("end")
        flush()
    }

    /// The record's lines as one string (tests and small sites).
    var text: String {
        var bytes: [UInt8] = []
        write { bytes.append(contentsOf: $0) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A warning's line (after `w `), or nil when it is not one.
    static func warning(_ line: RecordLines.Bytes) -> ContentError? {
        let fields = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false)
        guard fields.count == 4 else { return nil }
        let number: Int?
        if RecordLines.is(fields[1], "\\0") {
            number = nil
        } else {
            guard let value = RecordLines.integer(fields[1]) else { return nil }
            number = Int(value)
        }
        guard let file = BuildCache.field(fields[0]), let problem = BuildCache.field(fields[2]), let fix = BuildCache.field(fields[3])
        else { return nil }
        return ContentError(file: file, line: number, problem: problem, fix: fix)
    }

    /// The record in a marker's bytes, or nil when there is none or it is incomplete or unreadable.
    init?(marker: [UInt8]) {
        var fingerprint = BuildFingerprint(settings: [], folders: [], files: [:], taken: 0)
        var pages: Int64?, probe: Int64?
        var hidden: String?
        var warnings: [ContentError] = []
        var manifest = DirectoryListing()
        var inputOrder: [String] = []
        let whole = RecordLines.forEach(in: marker) { tag, rest in
            let text = RecordLines.text
            switch text(tag) {
            case "taken": guard let value = RecordLines.integer(rest) else { return false }; fingerprint.taken = value
            case "probe": probe = RecordLines.integer(rest)
            case "pages":
                pages = RecordLines.integer(rest)
                // About one input, one output file and one output folder follow per page: the maps
                // are made that size at once rather than grown by doubling, rehashing each time. A
                // damaged count is bounded by the lines the marker can hold.
                if let pages, pages > 0 {
                    let count = Int(min(pages, Int64(marker.count / 16)))
                    fingerprint.files.reserveCapacity(count)
                    inputOrder.reserveCapacity(count)
                    manifest.stats.reserveCapacity(count)
                    manifest.directories.reserveCapacity(count)
                    manifest.folderStats.reserveCapacity(count)
                }
            case "hidden": hidden = BuildCache.field(rest)
            case "s": fingerprint.settings.append(text(rest))
            case "d":
                guard let (stat, folder) = RecordLines.stat(rest) else { return false }
                let path = text(folder)
                fingerprint.folderStats[path] = stat
                if folder.contains(UInt8(ascii: "/")) { fingerprint.folders.insert(path) }
            case "f":
                guard let (stat, more) = RecordLines.stat(rest), let space = more.firstIndex(of: UInt8(ascii: " ")),
                    let digest = RecordLines.digest(more[..<space])
                else { return false }
                let path = text(more[(space + 1)...])
                fingerprint.files[path] = BuildFingerprint.Input(stat: stat, digest: digest)
                inputOrder.append(path)
            case "w":
                guard let warning = Self.warning(rest) else { return false }
                warnings.append(warning)
            case "or":
                guard let (stat, _) = RecordLines.stat(rest, path: false) else { return false }
                manifest.folderStats[""] = stat
            case "od":
                guard let (stat, folder) = RecordLines.stat(rest) else { return false }
                let path = text(folder)
                manifest.directories.insert(path)
                manifest.folderStats[path] = stat
            case "o":
                guard let (stat, path) = RecordLines.stat(rest) else { return false }
                manifest.stats[text(path)] = stat
            default: return false
            }
            return true
        }
        guard whole, let pages, let probe else { return nil }
        self.init(fingerprint: fingerprint, pages: Int(pages), warnings: warnings, manifest: manifest)
        self.probe = probe
        self.hidden = hidden
        self.inputOrder = inputOrder
    }

    init(fingerprint: BuildFingerprint, pages: Int, warnings: [ContentError], manifest: DirectoryListing) {
        self.fingerprint = fingerprint
        self.pages = pages
        self.warnings = warnings
        self.manifest = manifest
    }
}
