import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (recursively) and calls back once a burst of changes has settled.
///
/// On Linux it uses inotify, so an idle watch costs nothing; elsewhere it compares a snapshot of
/// modification times twice a second. Editors save in several steps (temp file, rename, chmod),
/// so events are debounced: the callback runs when no event arrived for `quiet`.
final class ChangeWatcher: @unchecked Sendable {
    private let folders: [URL]
    private let quiet: Duration
    private let onChange: @Sendable () -> Void
    /// Touched only by the watcher's own thread.
    private var thread: Thread?

    init(folders: [URL], quiet: Duration = .milliseconds(150), onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.quiet = quiet
        self.onChange = onChange
    }

    /// Starts watching: the watches (or the first snapshot) are in place when this returns, so no
    /// change made after it is missed; events are then read on a thread of its own, which lives as
    /// long as the process.
    func start() {
        let watching = begin()
        let thread = Thread { [self] in self.run(watching) }
        thread.name = "shiryo-watch"
        self.thread = thread
        thread.start()
    }

    /// Every folder below the watched ones, themselves included; hidden folders are skipped like
    /// the build skips them.
    private func allFolders() -> [String] {
        var result: [String] = []
        for folder in folders {
            result.append(folder.path)
            guard let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true {
                result.append(url.path)
            }
        }
        return result
    }

    private var quietMilliseconds: Int32 {
        let (seconds, attoseconds) = quiet.components
        return Int32(seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    /// What `begin` set up: an inotify descriptor, or the snapshot the fallback compares against.
    private enum Watching {
        case inotify(Int32)
        case polling([String: [Double]])
    }

    private func begin() -> Watching {
        #if os(Linux)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC))
            if descriptor >= 0 {
                watchAll(descriptor)
                return .inotify(descriptor)
            }
        #endif
        return .polling(snapshot())
    }

    private func run(_ watching: Watching) {
        switch watching {
        case .inotify(let descriptor): runInotify(descriptor)
        case .polling(let first): runPolling(from: first)
        }
    }

    /// Adds a watch for every folder; adding one that is already watched is harmless.
    private func watchAll(_ descriptor: Int32) {
        #if os(Linux)
            let mask = UInt32(
                IN_MODIFY | IN_CREATE | IN_DELETE | IN_MOVED_FROM | IN_MOVED_TO | IN_ATTRIB | IN_DELETE_SELF)
            for path in allFolders() { _ = inotify_add_watch(descriptor, path, mask) }
        #endif
    }

    private func runInotify(_ descriptor: Int32) {
        #if os(Linux)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pending = false
            while true {
                var poller = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
                let ready = poll(&poller, 1, pending ? quietMilliseconds : -1)
                if ready > 0 {
                    _ = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                    pending = true
                } else if ready == 0, pending {
                    // New folders need watches of their own.
                    watchAll(descriptor)
                    pending = false
                    onChange()
                } else if ready < 0, errno != EINTR {
                    return
                }
            }
        #endif
    }

    /// Every file's modification time and size, for the fallback to compare.
    private func snapshot() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey],
                options: [.skipsHiddenFiles])
            else { continue }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = [
                    values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0),
                ]
            }
        }
        return result
    }

    /// The fallback where inotify is missing: compares snapshots twice a second.
    private func runPolling(from first: [String: [Double]]) {
        var last = first
        while true {
            Thread.sleep(forTimeInterval: 0.5)
            let now = snapshot()
            if now != last {
                last = now
                onChange()
            }
        }
    }
}
