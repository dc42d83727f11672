import Foundation
import Ingest
@testable import Japanese
import Testing

/// Scans every generated file for furniture and layout artefacts.
@Suite struct GeneratedMarkdownTests {
    static let prefectures = Prefecture.all.map(\.name)

    /// Body lines outside fenced blocks, with the file they come from.
    static func proseLines() -> [(file: String, line: String)] {
        var result: [(String, String)] = []
        for (file, contents) in Shipped.files {
            var inFence = false
            let body = contents.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
            for line in body.components(separatedBy: "\n") {
                if line.hasPrefix("```") { inFence.toggle(); continue }
                if !inFence { result.append((file, line)) }
            }
        }
        return result
    }

    @Test func filesWereGenerated() {
        // 001: twelve chapters and eleven reference items (R10 the [参考] chart), one page each.
        #expect(Shipped.files.count == 3 + 23 + 19)
        #expect(Shipped.files.values.allSatisfy { $0.hasPrefix("---\n") && $0.contains("\ngenerated: true\n") })
    }

    @Test func noFolios() {
        let folios = Self.proseLines().filter { $0.line.wholeMatch(of: #/\s*\d{1,3}\s*/#) != nil }
        #expect(folios.isEmpty, "\(folios.prefix(5))")
    }

    @Test func noStandInCharacters() {
        let bad = Shipped.files.filter { _, text in
            text.unicodeScalars.contains { (0x2F00...0x2FDF).contains($0.value) || simplifiedToJapanese[$0] != nil }
        }
        #expect(bad.isEmpty, "\(bad.keys.sorted())")
    }

    @Test func noSpacedOutPrefectureNames() {
        let spaced = Self.prefectures.map { $0.map(String.init).joined(separator: " ") }
        let hits = Shipped.files.filter { _, text in spaced.contains { text.contains($0) } }
        #expect(hits.isEmpty, "\(hits.keys.sorted())")
    }

    @Test func noVerticalTextResidue() {
        // Two different one-character paragraphs in a row are the remains of a vertical label;
        // a repeated badge such as `新` is not.
        var previous: Character?
        var runs: [String] = []
        for (file, line) in Self.proseLines() {
            if line.isEmpty { continue }
            let single = line.count == 1 && !(line.first?.isNumber ?? true) ? line.first : nil
            if let single, let before = previous, single != before { runs.append("\(file): \(before)\(single)") }
            previous = single
        }
        #expect(runs.isEmpty, "\(runs.prefix(5))")
    }

    @Test func noLineBreaksInsideSentences() {
        // A paragraph never starts with punctuation that closes a sentence or a word.
        let broken = Self.proseLines().filter { _, line in
            guard let first = line.first else { return false }
            return "、。）」』ーっゃゅょぁぃぅぇぉッャュョァィゥェォ".contains(first)
        }
        #expect(broken.isEmpty, "\(broken.prefix(5))")
        // Sentences split by a page break are joined again.
        let all = Shipped.files.values.joined(separator: "\n")
        for joined in [
            "こと、また、民生委員によ", "にホームレス対策に取り組", "積極的な取組みを期待した", "窓口である基幹的社会福祉",
            "事業については、増額が図", "に沿った実施が求められ、", "工事損失引当金がともに計", "連結関係書類の行政庁への",
            "られた「介護保険制度の見", "オレンジプラン）」を推進", "大綱」（以下「大綱」とい",
        ] {
            #expect(all.contains(joined), "\(joined)")
        }
    }

    /// The site renders Markdown with raw HTML disabled, so any tag here would be content lost on
    /// the page (or, around former wording, a label lost). A pipe-table row may break a cell with
    /// `<br>`, which the site's tables draw as a line break.
    @Test func noRawHTML() {
        let tagged = Self.proseLines().filter { _, line in
            (line.hasPrefix("|") ? line.replacingOccurrences(of: "<br>", with: "") : line).contains(#/<\/?[A-Za-z][A-Za-z0-9]*[ >\/]/#)
        }
        #expect(tagged.isEmpty, "\(tagged.prefix(3))")
    }

    @Test func frontMatterNamesSourceLines() throws {
        let file = try #require(Shipped.files["documents/ninchisho-2020/01.md"])
        #expect(file.hasPrefix("---\ntitle: \"認知症施策推進大綱に基づく施策の推進について\"\nnumber: \"1\"\ndocument: \"ninchisho-2020\"\nsource_lines: \"3-211\"\norder: 1\n"))
        #expect(file.contains("## (1) 認知症施策推進大綱の概要について"))
    }
}

/// Every content line reaches exactly one section.
@Suite struct CoverageTests {
    @Test(arguments: ["shahokyo-2020", "ninchisho-2020", "shakai-engo-2010"])
    func everyContentLineIsInItsSection(id: String) throws {
        let document = try #require(Shipped.documents[id])
        let coverage = Coverage(document)
        print("\(id): \(coverage.covered)/\(coverage.total) content lines covered (\(String(format: "%.1f", coverage.ratio * 100))%)")
        #expect(coverage.missing.isEmpty, "uncovered lines: \(coverage.missing.prefix(20))")
        #expect(coverage.total > 0)
    }

    @Test(arguments: ["shahokyo-2020", "ninchisho-2020", "shakai-engo-2010"])
    func sectionsNestWithoutOverlap(id: String) throws {
        let document = try #require(Shipped.documents[id])
        func check(_ siblings: [Section], within parent: ClosedRange<Int>?) {
            for (a, b) in zip(siblings, siblings.dropFirst()) {
                #expect(a.lines.upperBound < b.lines.lowerBound, "\(a.title) overlaps \(b.title)")
            }
            for section in siblings {
                if let parent { #expect(parent.contains(section.lines.lowerBound) && parent.contains(section.lines.upperBound)) }
                check(section.children, within: section.lines)
            }
        }
        check(document.sections, within: nil)
    }
}
