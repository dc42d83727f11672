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
        _ = try? RosterReader.read(source, id: "x", title: "x")
        _ = try? PdfTextReader.read(source, id: "x", title: "x")
        _ = try? MarkdownPdfReader.read(source, id: "x", title: "x")
    }

    @Test func everyReaderOnEverySource() {
        #expect(Self.sources.count == 3)
        for source in Self.sources { Self.readAll(source) }
    }

    /// How a source is damaged: its first or last part kept, every seventh line dropped, or every
    /// line doubled.
    enum Damage: CaseIterable, Sendable {
        case head, tail, thinned, doubled
    }

    /// Each source and each damage is its own case, so the cases run side by side.
    @Test(arguments: 0..<3, Damage.allCases)
    func truncatedAndThinnedSources(index: Int, damage: Damage) throws {
        #expect(Self.sources.count == 3)
        let source = try #require(Self.sources.dropFirst(index).first)
        switch damage {
        case .head, .tail:
            for fraction in [0.01, 0.37, 0.83] {
                let cut = max(1, Int(Double(source.lines.count) * fraction))
                let lines = damage == .head ? source.lines.prefix(cut) : source.lines.suffix(cut)
                Self.readAll(SourceText(path: source.path, lines: Array(lines)))
            }
        case .thinned:
            let thinned = source.lines.enumerated().filter { $0.offset % 7 != 3 }.map(\.element)
            Self.readAll(SourceText(path: source.path, lines: thinned))
        case .doubled:
            if source.lines.count < 5000 { Self.readAll(SourceText(path: source.path, lines: source.lines.flatMap { [$0, $0] })) }
        }
    }

    @Test func oddLines() {
        for lines in [[""], [" "], ["\t"], ["|"], ["| a |"], ["#"], ["# 目 次", "|"], ["# 目 次", "| 1 x ..... | 1 |"], [" １．あいうえおについて"], ["1", "", "2", "", "3", "", "4"]] {
            Self.readAll(SourceText(path: "odd.txt", lines: lines))
        }
    }
}
