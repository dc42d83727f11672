import Content
import Foundation

/// What a finished build leaves in the output marker for the next one: the fingerprint of what it
/// read, how many pages it made and the warnings it gave (a build that changes nothing repeats
/// them), and the manifest of the output folder as the build left it.
///
/// The next build skips all work only when the fingerprint holds the same inputs and the folder
/// still matches the manifest file for file (size, times, inode), so a hand-edited or deleted
/// output file makes a full build that repairs it. The record ends with an `end` line; a record
/// cut short (a build killed while writing the marker) is no record.
struct BuildRecord {
    var fingerprint: BuildFingerprint
    var pages: Int
    var warnings: [ContentError]
    /// The output's files (without the marker) and folders, after the sync.
    var manifest: DirectoryListing

    static let opening = "record 1"

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
        line(Self.opening)
        line("taken \(fingerprint.taken)")
        line("pages \(pages)")
        for setting in fingerprint.settings { line("s ", setting) }
        for folder in fingerprint.folders.sorted() { line("d ", folder) }
        for path in fingerprint.files.keys.sorted() {
            guard let input = fingerprint.files[path] else { continue }
            line("f ", input.stat.fields, " ", String(input.digest, radix: 16), " ", path)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        for warning in warnings {
            let saved = SavedWarning(file: warning.file, line: warning.line, problem: warning.problem, fix: warning.fix)
            guard let data = try? encoder.encode(saved) else { continue }
            line("w ", String(decoding: data, as: UTF8.self))
        }
        for folder in manifest.directories.sorted() { line("od ", folder) }
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

    /// The record in a marker's text, or nil when there is none or it is incomplete or unreadable.
    init?(markerText: String) {
        let lines = markerText[...].split(byte: UInt8(ascii: "\n"))
        guard let start = lines.firstIndex(of: Substring(Self.opening)), lines.last(where: { !$0.isEmpty }) == "end" else {
            return nil
        }
        var fingerprint = BuildFingerprint(settings: [], folders: [], files: [:], taken: 0)
        var pages: Int?
        let warnings: [ContentError]
        var manifest = DirectoryListing()
        var savedWarnings: [UInt8] = [UInt8(ascii: "[")]
        for line in lines[(start + 1)...] where !line.isEmpty && line != "end" {
            let head = line.split(byte: UInt8(ascii: " "), maxSplits: 1)
            guard head.count == 2 else { return nil }
            let rest = head[1]
            switch head[0] {
            case "taken": guard let value = Int64(rest) else { return nil }; fingerprint.taken = value
            case "pages": pages = Int(rest)
            case "s": fingerprint.settings.append(String(rest))
            case "d": fingerprint.folders.insert(String(rest))
            case "od": manifest.directories.insert(String(rest))
            case "f":
                let parts = rest.split(byte: UInt8(ascii: " "), maxSplits: 5)
                guard parts.count == 6, let stat = FileStat(fields: parts[0..<4]), let digest = UInt64(parts[4], radix: 16) else {
                    return nil
                }
                fingerprint.files[String(parts[5])] = BuildFingerprint.Input(stat: stat, digest: digest)
            case "o":
                let parts = rest.split(byte: UInt8(ascii: " "), maxSplits: 4)
                guard parts.count == 5, let stat = FileStat(fields: parts[0..<4]) else { return nil }
                manifest.stats[String(parts[4])] = stat
            case "w":
                // Decoded all at once below, as one JSON array: a decoder call per warning was a
                // thirtieth of an edit build on a site with 5,000 of them.
                guard rest.utf8.first == UInt8(ascii: "{"), rest.utf8.last == UInt8(ascii: "}") else { return nil }
                if savedWarnings.count > 1 { savedWarnings.append(UInt8(ascii: ",")) }
                savedWarnings.append(contentsOf: rest.utf8)
            default: return nil
            }
        }
        guard let pages else { return nil }
        savedWarnings.append(UInt8(ascii: "]"))
        guard let saved = try? JSONDecoder().decode([SavedWarning].self, from: Data(savedWarnings)) else { return nil }
        warnings = saved.map { ContentError(file: $0.file, line: $0.line, problem: $0.problem, fix: $0.fix) }
        self.init(fingerprint: fingerprint, pages: pages, warnings: warnings, manifest: manifest)
    }

    init(fingerprint: BuildFingerprint, pages: Int, warnings: [ContentError], manifest: DirectoryListing) {
        self.fingerprint = fingerprint
        self.pages = pages
        self.warnings = warnings
        self.manifest = manifest
    }

    /// Whether `listing` (the output folder now, marker left out) is the folder this build left.
    func outputIsIntact(_ listing: DirectoryListing) -> Bool {
        listing.others.isEmpty && listing.directories == manifest.directories && listing.stats == manifest.stats
    }

    private struct SavedWarning: Codable {
        var file: String
        var line: Int?
        var problem: String
        var fix: String
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
