import Content
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
        let unknown = FileStat(size: -1, modified: 0, changed: 0, inode: 0)
        line(Self.opening)
        line("taken \(fingerprint.taken)")
        line("probe \(probe)")
        line("pages \(pages)")
        line("hidden ", hidden.map(BuildCache.escape) ?? "\\0")
        for setting in fingerprint.settings { line("s ", setting) }
        for folder in fingerprint.folderStats.keys.sorted() {
            guard let stat = fingerprint.folderStats[folder] else { continue }
            line("d ", stat.fields, " ", folder)
        }
        for path in fingerprint.files.keys.sorted() {
            guard let input = fingerprint.files[path] else { continue }
            line("f ", input.stat.fields, " ", String(input.digest, radix: 16), " ", path)
        }
        for warning in warnings {
            line("w ", [warning.file, warning.line.map(String.init) ?? "\\0", warning.problem, warning.fix].map(BuildCache.escape).joined(separator: "\t"))
        }
        line("or ", (manifest.folderStats[""] ?? unknown).fields)
        for folder in manifest.directories.sorted() { line("od ", (manifest.folderStats[folder] ?? unknown).fields, " ", folder) }
        for path in manifest.stats.keys.sorted() {
            guard let stat = manifest.stats[path] else { continue }
            line("o ", stat.fields, " ", path)
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

    /// The lines of the record in a marker's text, `end` left out, or nil when there is none or it
    /// is incomplete.
    static func lines(markerText: String) -> ArraySlice<Substring>? {
        let lines = markerText[...].split(byte: UInt8(ascii: "\n"))
        guard let start = lines.firstIndex(of: Substring(Self.opening)), let end = lines.lastIndex(where: { !$0.isEmpty }),
            lines[end] == "end", start < end
        else { return nil }
        return lines[(start + 1)..<end]
    }

    /// A warning's line (after `w `), or nil when it is not one.
    static func warning(_ line: Substring) -> ContentError? {
        let fields = line.split(byte: UInt8(ascii: "\t"))
        guard fields.count == 4 else { return nil }
        let number: Int?
        if fields[1] == "\\0" { number = nil } else { guard let value = Int(fields[1]) else { return nil }; number = value }
        return ContentError(
            file: BuildCache.unescape(fields[0]), line: number, problem: BuildCache.unescape(fields[2]), fix: BuildCache.unescape(fields[3]))
    }

    /// The hidden-file notice of a `hidden` line's rest.
    static func hidden(_ rest: Substring) -> String? {
        rest == "\\0" ? nil : BuildCache.unescape(rest)
    }

    /// The record in a marker's text, or nil when there is none or it is incomplete or unreadable.
    init?(markerText: String) {
        guard let lines = Self.lines(markerText: markerText) else { return nil }
        var fingerprint = BuildFingerprint(settings: [], folders: [], files: [:], taken: 0)
        var pages: Int?
        var probe: Int64?
        var hidden: String?
        var warnings: [ContentError] = []
        var manifest = DirectoryListing()
        for line in lines where !line.isEmpty {
            let head = line.split(byte: UInt8(ascii: " "), maxSplits: 1)
            guard head.count == 2 else { return nil }
            let rest = head[1]
            switch head[0] {
            case "taken": guard let value = Int64(rest) else { return nil }; fingerprint.taken = value
            case "probe": guard let value = Int64(rest) else { return nil }; probe = value
            case "pages": pages = Int(rest)
            case "hidden": hidden = Self.hidden(rest)
            case "s": fingerprint.settings.append(String(rest))
            case "d":
                guard let (stat, folder) = Self.stat(rest) else { return nil }
                let path = String(folder)
                fingerprint.folderStats[path] = stat
                if path.contains("/") { fingerprint.folders.insert(path) }
            case "f":
                let parts = rest.split(byte: UInt8(ascii: " "), maxSplits: 5)
                guard parts.count == 6, let stat = FileStat(fields: parts[0..<4]), let digest = UInt64(parts[4], radix: 16) else {
                    return nil
                }
                fingerprint.files[String(parts[5])] = BuildFingerprint.Input(stat: stat, digest: digest)
            case "w":
                guard let warning = Self.warning(rest) else { return nil }
                warnings.append(warning)
            case "or":
                guard let stat = FileStat(fields: rest.split(byte: UInt8(ascii: " "))) else { return nil }
                manifest.folderStats[""] = stat
            case "od":
                guard let (stat, folder) = Self.stat(rest) else { return nil }
                manifest.directories.insert(String(folder))
                manifest.folderStats[String(folder)] = stat
            case "o":
                guard let (stat, path) = Self.stat(rest) else { return nil }
                manifest.stats[String(path)] = stat
            default: return nil
            }
        }
        guard let pages, let probe else { return nil }
        self.init(fingerprint: fingerprint, pages: pages, warnings: warnings, manifest: manifest)
        self.probe = probe
        self.hidden = hidden
    }

    /// A line's stat and path (`size modified changed inode path`).
    static func stat(_ rest: Substring) -> (FileStat, Substring)? {
        let parts = rest.split(byte: UInt8(ascii: " "), maxSplits: 4)
        guard parts.count == 5, let stat = FileStat(fields: parts[0..<4]) else { return nil }
        return (stat, parts[4])
    }

    init(fingerprint: BuildFingerprint, pages: Int, warnings: [ContentError], manifest: DirectoryListing) {
        self.fingerprint = fingerprint
        self.pages = pages
        self.warnings = warnings
        self.manifest = manifest
    }
}

extension FileStat {
    /// Size, modification and change times, inode, separated by spaces.
    var fields: String { "\(size) \(modified) \(changed) \(inode)" }

    init?<Parts: Collection<Substring>>(fields parts: Parts) {
        let values = Array(parts)
        guard values.count == 4, let size = Int(values[0]), let modified = Int64(values[1]), let changed = Int64(values[2]),
            let inode = UInt64(values[3])
        else { return nil }
        self.init(size: size, modified: modified, changed: changed, inode: inode)
    }
}
