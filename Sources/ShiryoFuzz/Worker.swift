import Content
import Foundation

/// Runs inputs `from..<to` of one entry point in this process and prints what they did.
///
/// A worker is a child of the supervisor: a trap kills only the worker, and the supervisor, knowing
/// which inputs it was given, makes them again to find the one that trapped. With `trace`, each
/// input is written to that file before it runs, so the file holds the input that killed the worker.
enum Worker {
    struct Outcome {
        var refused = 0
        var unlocated = 0
        var firstUnlocated: String?
    }

    /// An input that runs longer than this is a finding of its own (a reader gone quadratic): the
    /// worker saves it and exits with `hangStatus`.
    static let timeLimit = 20.0
    static let hangStatus: Int32 = 3

    static func run(
        entry: EntryPoint, project: URL, seed: UInt64, range: Range<Int>, trace: URL?, hangs: URL
    ) throws -> Outcome {
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-fuzz-\(getpid())")
        try? FileManager.default.removeItem(at: work)
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let runOne = try entry.prepare(project, work)
        let mutator = Mutator(seeds: entry.seeds(project: project), tokens: entry.tokens.map { Array($0.utf8) })
        var outcome = Outcome()
        let watchdog = Watchdog(limit: timeLimit, hangs: hangs, entry: entry.name, seed: seed)
        for index in range {
            let input = mutator.input(seed: seed, index: index)
            watchdog.start(index: index, input: input)
            defer { watchdog.stop() }
            if let trace {
                try Data(input).write(to: trace)
                try Data(String(index).utf8).write(to: trace.appendingPathExtension("index"))
            }
            outcome.record(runOne, input)
        }
        return outcome
    }
}

extension Worker.Outcome {
    /// Runs one input: a `ContentError` is a refusal that names file and fix; any other error is
    /// counted apart, since the user would see it without either.
    mutating func record(_ run: ([UInt8]) throws -> Void, _ input: [UInt8]) {
        do {
            try run(input)
        } catch is ContentError {
            refused += 1
        } catch {
            unlocated += 1
            if firstUnlocated == nil { firstUnlocated = String(describing: error).prefix(200).replacingOccurrences(of: "\n", with: " ") }
        }
    }

    /// One line on stdout for the supervisor.
    var line: String {
        "outcome \(refused) \(unlocated) \(firstUnlocated ?? "")"
    }

    init?(line: String) {
        let parts = line.split(separator: " ", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0] == "outcome", let refused = Int(parts[1]), let unlocated = Int(parts[2]) else { return nil }
        self.init(refused: refused, unlocated: unlocated, firstUnlocated: parts.count > 3 && !parts[3].isEmpty ? String(parts[3]) : nil)
    }
}

/// Watches the input that is running from another thread; one that runs past the limit is saved
/// and the worker ends, since a runaway input cannot be stopped from outside its thread.
///
/// The limit is on the CPU time the worker spent on the input, not on the clock: a fuzz run at
/// `nice -n 19` beside other builds waits for a core for seconds at a time, and inputs the reader
/// takes 1 s for were reported as 20 s hangs. A blocked input (no CPU at all) is still caught by a
/// clock limit twenty times longer.
final class Watchdog: @unchecked Sendable {
    private let lock = NSLock()
    private var current: (index: Int, input: [UInt8], started: Date, cpu: Double)?

    /// Seconds of CPU this process has used (the input's thread, as the watchdog only sleeps).
    static func processCPU() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    init(limit: Double, hangs: URL, entry: String, seed: UInt64) {
        let thread = Thread { [weak self] in
            while let self {
                Thread.sleep(forTimeInterval: 0.5)
                guard let running = self.lock.withLock({ self.current }),
                    Self.processCPU() - running.cpu > limit || Date().timeIntervalSince(running.started) > limit * 20
                else {
                    continue
                }
                try? FileManager.default.createDirectory(at: hangs, withIntermediateDirectories: true)
                let file = hangs.appendingPathComponent("\(entry.replacingOccurrences(of: " ", with: "-"))-seed\(seed)-\(running.index).hang.input")
                try? Data(running.input).write(to: file)
                FileHandle.standardOutput.write(Data("\nhang \(running.index) \(file.path)\n".utf8))
                exit(Worker.hangStatus)
            }
        }
        thread.start()
    }

    func start(index: Int, input: [UInt8]) {
        lock.withLock { current = (index, input, Date(), Self.processCPU()) }
    }

    func stop() {
        lock.withLock { current = nil }
    }
}
