import Foundation
import Ingest
import Testing

/// Readers given the wrong document, a truncated one or one with lines dropped return a
/// document or throw; they never trap.
@Suite struct RobustnessTests {
    static let sources: [SourceText] = {
        let directory = Package.content.appendingPathComponent("sources")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().compactMap { try? SourceText(contentsOf: directory.appendingPathComponent($0)) }
    }()

    static func readAll(_ source: SourceText) {
        _ = try? RosterReader().read(source, id: "x", title: "x")
        _ = try? PdfTextReader().read(source, id: "x", title: "x")
        _ = try? MarkdownPdfReader().read(source, id: "x", title: "x")
    }

    @Test func everyReaderOnEverySource() {
        #expect(Self.sources.count == 3)
        for source in Self.sources { Self.readAll(source) }
    }

    @Test func truncatedAndThinnedSources() {
        for source in Self.sources {
            for fraction in [0.01, 0.37, 0.83] {
                let cut = max(1, Int(Double(source.count) * fraction))
                Self.readAll(SourceText(path: source.path, lines: Array(source.lines.prefix(cut))))
                Self.readAll(SourceText(path: source.path, lines: Array(source.lines.suffix(cut))))
            }
            // Every seventh line dropped, and every line doubled.
            let thinned = source.lines.enumerated().filter { $0.offset % 7 != 3 }.map(\.element)
            Self.readAll(SourceText(path: source.path, lines: thinned))
            if source.count < 5000 { Self.readAll(SourceText(path: source.path, lines: source.lines.flatMap { [$0, $0] })) }
        }
    }

    @Test func oddLines() {
        for lines in [[""], [" "], ["\t"], ["|"], ["| a |"], ["#"], ["# 目 次", "|"], ["# 目 次", "| 1 x ..... | 1 |"], [" １．あいうえおについて"], ["1", "", "2", "", "3", "", "4"]] {
            Self.readAll(SourceText(path: "odd.txt", lines: lines))
        }
    }
}
