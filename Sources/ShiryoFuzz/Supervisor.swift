import Foundation

/// Runs an entry point's inputs in batches, each in a child process, and turns a child that died
/// into a saved input, its stack and a failed run; the batch then goes on after that input.
struct Supervisor {
    let executable: URL
    let project: URL
    let seed: UInt64
    let batch: Int
    let crashes: URL
    /// Crashes already reported elsewhere (in code this suite may not change), as (entry point, text
    /// of the stack): they are listed, not failed on.
    let known: [(entry: String, stack: String, note: String)]

    /// Saving more crashes of one entry point than this only repeats the first ones.
    static let crashesKept = 3

    struct Report {
        var inputs = 0
        var refused = 0
        var unlocated = 0
        var firstUnlocated: String?
        var crashes: [String] = []
        var knownCrashes: [String] = []
        var seconds = 0.0
    }

    func run(_ entry: EntryPoint, count: Int) -> Report {
        var report = Report()
        let start = Date()
        var from = 0
        while from < count, report.crashes.count + report.knownCrashes.count < Self.crashesKept {
            let range = from..<min(count, from + batch)
            let child = spawn(["worker", entry.name, String(range.lowerBound), String(range.upperBound)])
            from = range.upperBound
            if let outcome = child.outcome {
                report.inputs += range.count
                report.refused += outcome.refused
                report.unlocated += outcome.unlocated
                report.firstUnlocated = report.firstUnlocated ?? outcome.firstUnlocated
            } else if child.status == "exit status \(Worker.hangStatus)",
                let hang = child.lastLine.split(separator: " ", maxSplits: 2).dropFirst().first.flatMap({ Int($0) })
            {
                report.inputs += hang + 1 - range.lowerBound
                from = hang + 1
                let message = "\(entry.name): input \(hang) took over \(Int(Worker.timeLimit)) s of CPU; \(child.lastLine)"
                if let known = known.first(where: { $0.entry == entry.name && $0.stack == "hang" }) {
                    report.knownCrashes.append(message + " — known: " + known.note)
                } else {
                    report.crashes.append(message)
                }
            } else if child.status.hasPrefix("exit") {
                report.crashes.append("\(entry.name): a worker failed (\(child.status)): \(child.errors.suffix(600))")
                break
            } else {
                let crash = locate(entry, range: range, status: child.status)
                report.inputs += crash.index + 1 - range.lowerBound
                from = crash.index + 1
                if let note = crash.known {
                    report.knownCrashes.append(crash.message + " — known: " + note)
                } else {
                    report.crashes.append(crash.message)
                }
            }
        }
        report.seconds = Date().timeIntervalSince(start)
        return report
    }

    /// Runs the batch again writing each input before it runs; the input on disk when the child
    /// dies is the one that killed it. It is kept with the child's stack beside it.
    private func locate(_ entry: EntryPoint, range: Range<Int>, status: String) -> (index: Int, message: String, known: String?) {
        try? FileManager.default.createDirectory(at: crashes, withIntermediateDirectories: true)
        let trace = crashes.appendingPathComponent("trace-\(getpid())")
        defer {
            try? FileManager.default.removeItem(at: trace)
            try? FileManager.default.removeItem(at: trace.appendingPathExtension("index"))
        }
        let again = spawn(["worker", entry.name, String(range.lowerBound), String(range.upperBound), "--trace", trace.path])
        guard again.outcome == nil,
            let indexText = try? String(contentsOf: trace.appendingPathExtension("index"), encoding: .utf8),
            let index = Int(indexText)
        else {
            return (range.upperBound - 1, "\(entry.name): inputs \(range) killed a worker (\(status)) but not when run again", nil)
        }
        let name = "\(entry.name.replacingOccurrences(of: " ", with: "-"))-seed\(seed)-\(index)"
        let input = crashes.appendingPathComponent(name + ".input")
        let stack = crashes.appendingPathComponent(name + ".stack.txt")
        try? FileManager.default.removeItem(at: input)
        try? FileManager.default.moveItem(at: trace, to: input)
        let replay = spawn(["replay", entry.name, input.path], backtrace: true)
        try? Data(replay.errors.utf8).write(to: stack)
        let known = self.known.first { $0.entry == entry.name && replay.errors.contains($0.stack) }
        let place = Self.firstProjectFrame(replay.errors).map { " at \($0)" } ?? ""
        return (index, "\(entry.name): input \(index) \(status)\(place); input in \(input.path), stack in \(stack.path)", known?.note)
    }

    /// `Sources/…swift:line` of the first frame in the project's own code, so the report says where.
    static func firstProjectFrame(_ stack: String) -> String? {
        for line in stack.split(separator: "\n") {
            guard let range = line.range(of: "/Sources/"), !line.contains("/.build/checkouts/"), !line.contains("ShiryoFuzz") else {
                continue
            }
            return "Sources/" + line[range.upperBound...].prefix { !$0.isWhitespace }
        }
        return nil
    }

    struct Child {
        var outcome: Worker.Outcome?
        var status: String
        var errors: String
        var lastLine = ""
    }

    private func spawn(_ arguments: [String], backtrace: Bool = false) -> Child {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments + ["--project", project.path, "--seed", String(seed)]
        var environment = ProcessInfo.processInfo.environment
        // The runtime's backtracer takes seconds per crash; it is wanted only when the stack is kept.
        environment["SWIFT_BACKTRACE"] = backtrace ? "enable=yes,interactive=no,color=no" : "enable=no"
        process.environment = environment
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        do {
            try process.run()
        } catch {
            return Child(outcome: nil, status: "exit: could not start: \(error)", errors: "")
        }
        // Both pipes are drained while the child runs so that neither fills and blocks it.
        let errorText = LockedText()
        let reader = Thread { errorText.set(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)) }
        reader.start()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        while !errorText.isSet { Thread.sleep(forTimeInterval: 0.01) }
        let status =
            process.terminationReason == .uncaughtSignal
            ? "killed by signal \(process.terminationStatus)" : "exit status \(process.terminationStatus)"
        let outcome =
            process.terminationReason == .exit && process.terminationStatus == 0
            ? text.split(separator: "\n").last.flatMap { Worker.Outcome(line: String($0)) } : nil
        return Child(
            outcome: outcome, status: status, errors: errorText.value, lastLine: String(text.split(separator: "\n").last ?? ""))
    }
}

/// Text handed over from the thread that drains a child's stderr.
final class LockedText: @unchecked Sendable {
    private let lock = NSLock()
    private var text: String?

    func set(_ value: String) {
        lock.withLock { text = value }
    }

    var isSet: Bool { lock.withLock { text != nil } }
    var value: String { lock.withLock { text ?? "" } }
}
