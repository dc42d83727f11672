import Foundation

/// When each content file last changed, from the git history of the checkout around the content.
///
/// Dates come from commits, never from the clock or file times, so two builds of the same commit
/// are byte-identical; outside a checkout (or without git) there are no dates and pages say
/// nothing about them.
public enum ContentHistory {
    /// The history asked of git at once and read when it is needed, so that the build loads the
    /// rest of the content while git walks the log (a process of its own, tens of milliseconds).
    struct PendingDates {
        private let log: RunningGit?

        init(contentDirectory: URL) {
            // `--relative` keeps paths relative to the content directory; the first date seen for a
            // path is its latest, as the log runs newest first.
            log = RunningGit(["log", "--format=%x00%cs", "--name-only", "--relative", "--no-renames", "--", "."], in: contentDirectory)
        }

        /// What `lastCommitDates` returns; waits for git to finish.
        func dates() -> [String: String] {
            guard let log = log?.output() else { return [:] }
            var dates: [String: String] = [:]
            var current = ""
            for line in log.split(separator: "\n", omittingEmptySubsequences: true) {
                if line.hasPrefix("\u{0}") {
                    current = String(line.dropFirst())
                } else if dates[String(line)] == nil {
                    dates[String(line)] = current
                }
            }
            return dates
        }
    }

    /// The commit the dates come from (`git rev-parse HEAD` around the content), or nil outside a
    /// checkout: a build that changes nothing else must still notice a new commit, whose dates it
    /// would print.
    public static func headCommit(contentDirectory: URL) -> String? {
        git(["rev-parse", "HEAD"], in: contentDirectory)?.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func git(_ arguments: [String], in directory: URL) -> String? {
        RunningGit(arguments, in: directory)?.output()
    }
}

/// A git command started in a directory; its output is read once it is needed.
private struct RunningGit {
    private let process = Process()
    private let pipe = Pipe()

    /// Nil when git cannot be started, or when no repository could hold `directory`.
    init?(_ arguments: [String], in directory: URL) {
        guard GitPresence.possible(for: directory) else { return nil }
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_CONFIG_NOSYSTEM"] = "1"
        process.environment = environment
        process.standardOutput = pipe
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
    }

    /// What git printed, once it has finished; nil when it failed (outside a checkout).
    func output() -> String? {
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}

/// Whether git could find a repository for a folder. `git rev-parse` looks for `.git` in the
/// folder and in each one above it, and takes a folder holding `HEAD` for a bare repository,
/// unless `GIT_DIR` names one; with none of them it finds no commit and no dates, and starting it
/// (tens of milliseconds, a large part of a build with nothing or little to do) is skipped.
public enum GitPresence {
    public static func possible(for directory: URL) -> Bool {
        guard getenv("GIT_DIR") == nil, let resolved = realpath(directory.path, nil) else { return true }
        var path = String(cString: resolved)
        free(resolved)
        while true {
            for name in [".git", "HEAD"] {
                var info = stat()
                if lstat((path == "/" ? "" : path) + "/" + name, &info) == 0 || (errno != ENOENT && errno != ENOTDIR) { return true }
            }
            guard path != "/", let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return false }
            path = slash == path.utf8.startIndex ? "/" : String(path[..<slash])
        }
    }
}
