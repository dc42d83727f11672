import Foundation
import Testing

/// Compares `actual` with the golden file `Snapshots/<name>.<format>.txt` next to this file.
/// Records the file when it is missing or when `RECORD_SNAPSHOTS=1`; a freshly recorded file is
/// reported as an issue so a new golden is always reviewed before it is trusted.
func assertSnapshot(
    _ actual: String, named name: String, format: String = "svg", sourceLocation: SourceLocation = #_sourceLocation
) {
    let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).\(format).txt")
    let record = ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if record || existing == nil {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if existing == nil {
            Issue.record("recorded new snapshot \(name); review it and run again", sourceLocation: sourceLocation)
        }
        return
    }
    guard let expected = existing, expected != actual else { return }
    let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
    let index = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
        ?? min(expectedLines.count, actualLines.count)
    let want = index < expectedLines.count ? String(expectedLines[index]) : "<end>"
    let got = index < actualLines.count ? String(actualLines[index]) : "<end>"
    Issue.record(
        "snapshot \(name) differs at line \(index + 1)\n  expected: \(want)\n  actual:   \(got)\n(RECORD_SNAPSHOTS=1 to accept)",
        sourceLocation: sourceLocation)
}
