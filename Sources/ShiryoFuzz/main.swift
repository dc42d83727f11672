import Foundation

// The fuzz suite: `shiryo-fuzz [--count N] [--seed S] [--batch B] [--only NAME,…] [--project DIR]`
// runs N mutated inputs through every entry point (or those named) and prints, per entry point, the
// inputs run, how many were refused with a located error, how many failed otherwise, and the time.
// It exits non-zero when any input killed its worker; that input and its stack are saved under
// `.build/fuzz-crashes/`. Crashes listed in Tests/Fuzz/known-crashes.txt (in code another change
// owns) are printed but do not fail the run. `worker` and `replay` are the modes the supervisor starts itself with.

var arguments = Array(CommandLine.arguments.dropFirst())

/// Removes `--name value` from the arguments and returns the value.
@MainActor func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    let value = arguments[index + 1]
    arguments.removeSubrange(index...(index + 1))
    return value
}

func fail(_ message: String) -> Never {
    FileHandle.standardError.write(Data("shiryo-fuzz: \(message)\n".utf8))
    exit(2)
}

let project = URL(fileURLWithPath: option("--project") ?? FileManager.default.currentDirectoryPath)
let seed = option("--seed").flatMap(UInt64.init) ?? 1
let count = option("--count").flatMap(Int.init) ?? 100_000
let batch = option("--batch").flatMap(Int.init) ?? 5_000
let only = option("--only").map { $0.split(separator: ",").map(String.init) }
let trace = option("--trace").map { URL(fileURLWithPath: $0) }

@MainActor func entry(_ name: String) -> EntryPoint {
    guard let entry = EntryPoint.all.first(where: { $0.name == name }) else {
        fail("no entry point “\(name)”; there are: \(EntryPoint.all.map(\.name).joined(separator: ", "))")
    }
    return entry
}

/// `entry point<TAB>text of the stack<TAB>note` lines; `#` starts a comment.
func knownCrashes(_ project: URL) -> [(entry: String, stack: String, note: String)] {
    let text = (try? String(contentsOf: project.appendingPathComponent("Tests/Fuzz/known-crashes.txt"), encoding: .utf8)) ?? ""
    return text.split(separator: "\n").compactMap { line in
        let fields = line.split(separator: "\t").map(String.init)
        guard !line.hasPrefix("#"), fields.count >= 3 else { return nil }
        return (fields[0], fields[1], fields[2])
    }
}

switch arguments.first {
case "worker":
    guard arguments.count == 4, let from = Int(arguments[2]), let to = Int(arguments[3]), from <= to else {
        fail("usage: shiryo-fuzz worker ENTRY FROM TO [--trace FILE]")
    }
    do {
        let outcome = try Worker.run(entry: entry(arguments[1]), project: project, seed: seed, range: from..<to, trace: trace,
            hangs: project.appendingPathComponent(".build/fuzz-crashes"))
        print(outcome.line)
    } catch {
        fail("could not prepare \(arguments[1]): \(error)")
    }
case "replay":
    guard arguments.count == 3 else { fail("usage: shiryo-fuzz replay ENTRY FILE") }
    let chosen = entry(arguments[1])
    let work = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-fuzz-replay-\(getpid())")
    defer { try? FileManager.default.removeItem(at: work) }
    do {
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let run = try chosen.prepare(project, work)
        try run(Array(try Data(contentsOf: URL(fileURLWithPath: arguments[2]))))
        print("accepted")
    } catch {
        print("refused: \(error)")
    }
case nil:
    guard let executable = Bundle.main.executableURL else { fail("cannot find its own executable") }
    let supervisor = Supervisor(
        executable: executable, project: project, seed: seed, batch: batch,
        crashes: project.appendingPathComponent(".build/fuzz-crashes"), known: knownCrashes(project))
    var crashed: [String] = []
    var total = 0
    let started = Date()
    for chosen in EntryPoint.all where only?.contains(chosen.name) ?? true {
        let report = supervisor.run(chosen, count: count)
        total += report.inputs
        var line = "fuzz \(chosen.name): \(report.inputs) inputs in \(String(format: "%.1f", report.seconds)) s, "
            + "\(report.refused) refused with a located error, \(report.crashes.count) crashes"
        if report.unlocated > 0 { line += ", \(report.unlocated) other errors (first: \(report.firstUnlocated ?? ""))" }
        print(line)
        crashed += report.crashes
        for crash in report.knownCrashes { print("  " + crash) }
    }
    print("fuzz: \(total) inputs in \(String(format: "%.1f", Date().timeIntervalSince(started))) s (seed \(seed)), \(crashed.count) crashes")
    for crash in crashed { print("  " + crash) }
    exit(crashed.isEmpty ? 0 : 1)
default:
    fail("unknown mode “\(arguments[0])”")
}
