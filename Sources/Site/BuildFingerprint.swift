import Content
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Everything a build reads, summed up so that the next build can tell in milliseconds that
/// nothing changed and skip loading, rendering and writing.
///
/// A build's output is a function of: every file under content/ and templates/ (its bytes, and
/// which files and folders exist), the git commit the content's dates come from, the options
/// (folders, `--base-url`, `--drafts`, `--force`), the page kinds, and the program itself (its
/// executable and the libraries mapped with it). All of them are here. Files are compared by a
/// digest of their bytes, read again only when their size, times or inode changed or when they
/// changed so close to the last build that a later edit could keep the same time stamp. Anything
/// the fingerprint cannot vouch for (a symbolic link, an unreadable file, a name with a line break,
/// no /proc) makes it nil, and a nil fingerprint always means a full build.
struct BuildFingerprint: Equatable {
    /// One input file.
    struct Input: Equatable {
        var stat: FileStat
        var digest: UInt64
    }

    /// Options, program and git lines, compared as they are.
    var settings: [String]
    /// Folders below content/ and templates/, as `content/pages`.
    var folders: Set<String>
    /// Files below content/ and templates/, as `templates/page.mustache`.
    var files: [String: Input]
    /// When the fingerprint was taken (ns since 1970); files changed later than this minus
    /// `racyWindow` are read again by the next build even when their stat looks the same.
    var taken: Int64

    /// File systems stamp times coarsely (ext4 ticks with the kernel clock, FAT in two seconds), so
    /// an edit right after a build could keep the recorded time; such files are always re-read.
    static let racyWindow: Int64 = 3_000_000_000

    /// The same inputs: settings, folders, and every file's size and digest (times may differ: a
    /// file saved with the same bytes is no change).
    func sameInputs(as other: BuildFingerprint) -> Bool {
        settings == other.settings && folders == other.folders && files.count == other.files.count
            && files.allSatisfy { path, input in
                other.files[path].map { $0.digest == input.digest && $0.stat.size == input.stat.size } ?? false
            }
    }

    /// What stat said of every folder when the fingerprint was taken, the roots as `content` and
    /// `templates`: the next build proves a folder's entries unchanged by its stat (`TreeProof`).
    /// Not part of the comparison of inputs.
    var folderStats: [String: FileStat] = [:]

    /// The roots of the inputs, by the name their paths begin with.
    static func roots(_ options: BuildOptions) -> [(name: String, path: String)] {
        [("content", options.contentDirectory.standardizedFileURL.path), ("templates", options.templatesDirectory.standardizedFileURL.path)]
    }

    /// The names left out of every input folder: a repository inside content/ is read only
    /// through git, by its commit among the settings.
    static let skipped: Set<String> = [".git"]

    /// The options, program and git lines of a build with `options` and `kinds`; nil when the
    /// program cannot be told (no /proc) or a line would hold a line break.
    static func settings(options: BuildOptions, kinds: [any PageKind]) -> [String]? {
        guard let program = ProgramIdentity.lines() else { return nil }
        var settings = [
            "format 1",
            "content-folder " + OutputLocation.canonical(options.contentDirectory),
            "templates-folder " + OutputLocation.canonical(options.templatesDirectory),
            "output-folder " + OutputLocation.canonical(options.outputDirectory),
            "base-url " + (options.baseURL.map { "set " + $0 } ?? "unset"),
            "drafts \(options.drafts)", "force \(options.force)",
            "kinds " + kinds.map { String(reflecting: type(of: $0)) }.joined(separator: " "),
            "git " + (ContentHistory.headCommit(contentDirectory: options.contentDirectory) ?? "none"),
        ]
        settings += program
        return settings.contains(where: { $0.contains("\n") }) ? nil : settings
    }

    /// Takes the fingerprint of a build with `settings` (`settings(options:kinds:)`) now. Files
    /// whose stat equals the `previous` fingerprint's and that were not racy then keep their
    /// recorded digest unread.
    static func take(options: BuildOptions, settings: [String], previous: BuildFingerprint?) -> BuildFingerprint? {
        let taken = RealTime.nanoseconds()
        var fingerprint = BuildFingerprint(settings: settings, folders: [], files: [:], taken: taken)
        // Files the previous fingerprint cannot vouch for, to be read: (key, path, stat).
        var unread: [(String, String, FileStat)] = []
        for (name, root) in roots(options) {
            let listing = DirectoryWalker.list(root, skipping: skipped, statFolders: true)
            // A folder that could not be read has no stat: its entries cannot be vouched for.
            guard listing.others.isEmpty, listing.folderStats.count == listing.directories.count + 1 else { return nil }
            guard !listing.directories.contains(where: { $0.contains("\n") }) else { return nil }
            for folder in listing.directories { fingerprint.folders.insert(name + "/" + folder) }
            for (folder, stat) in listing.folderStats { fingerprint.folderStats[folder.isEmpty ? name : name + "/" + folder] = stat }
            for (path, stat) in listing.stats {
                let key = name + "/" + path
                guard !key.contains("\n") else { return nil }
                if let previous, let known = previous.files[key], known.stat == stat, !known.stat.isRacy(before: previous.taken) {
                    fingerprint.files[key] = known
                } else {
                    unread.append((key, root + "/" + path, stat))
                }
            }
        }
        // A clean build reads every input here, before anything else can start: on all cores,
        // in runs of files rather than one task each.
        let runs = stride(from: 0, to: unread.count, by: 256).map { unread[$0..<min($0 + 256, unread.count)].map(\.1) }
        guard let digests = try? ParallelMap.map(runs, { paths in paths.map(ContentDigest.file) }).joined() else { return nil }
        for ((key, _, stat), digest) in zip(unread, digests) {
            guard let digest else { return nil }
            fingerprint.files[key] = Input(stat: stat, digest: digest)
        }
        return fingerprint
    }
}

/// The program a build runs as: its executable and the libraries that shape its output (the Swift
/// runtime and Foundation, libcmark, the C and C++ libraries), each with its stat, so that a
/// rebuilt binary or an upgraded libcmark counts as a change. Libraries a process may load later
/// on its own (name services, for example) are left out, or no two builds would agree.
enum ProgramIdentity {
    static let libraries = ["cmark", "swift", "Foundation", "dispatch", "BlocksRuntime", "libc.so", "libm.so", "libstdc++", "ld-linux"]

    static func lines() -> [String]? {
        // /proc files have no size, so they are read to their end rather than by their length.
        guard let executable = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"),
            let maps = FileHandle(forReadingAtPath: "/proc/self/maps")?.readDataToEndOfFile()
        else { return nil }
        var paths: Set<String> = [executable]
        for line in String(decoding: maps, as: UTF8.self).split(separator: "\n") {
            let fields = line.split(separator: " ", maxSplits: 5, omittingEmptySubsequences: true)
            guard fields.count == 6, fields[1].contains("x") else { continue }
            let path = fields[5].trimmingCharacters(in: .whitespaces)
            let name = path.split(separator: "/").last.map(String.init) ?? ""
            if path.hasPrefix("/"), libraries.contains(where: { name.contains($0) }) { paths.insert(path) }
        }
        var lines: [String] = []
        for path in paths.sorted() {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            let stamp = FileStat(info)
            lines.append("program \(info.st_dev) \(stamp.inode) \(stamp.size) \(stamp.modified) \(path)")
        }
        return lines
    }
}

/// The wall clock, for comparing with file times.
enum RealTime {
    static func nanoseconds() -> Int64 {
        var now = timespec()
        clock_gettime(CLOCK_REALTIME, &now)
        return Int64(now.tv_sec) * 1_000_000_000 + Int64(now.tv_nsec)
    }
}
