import Foundation
import Testing

@testable import Ingest

/// 参考資料 of the dementia-policy document: the [参考] chart whose figures were lost and the table
/// it was drawn from, each on its own page.
@Suite struct ReferenceChartTests {
    static let sourcePath = "sources/001_71f28aac2aacb1a3.txt"
    static let tableCaption = "都道府県別キャラバン・メイト数、認知症サポーター数"

    /// The claim the chart page makes (its prefectures are those of 参考資料11's table, and the
    /// values are in that table): the vertical labels, read straight from the source between
    /// `[参考]` and the table's caption, are the table's prefectures sorted by 総人口10000人当たり
    /// の講座開催回数, most first.
    @Test func chartLabelsAreTheTableSortedByCoursesPer10k() throws {
        let source = try String(contentsOf: Package.content.appendingPathComponent(Self.sourcePath), encoding: .utf8)
        let lines = source.components(separatedBy: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let start = try #require(lines.firstIndex(of: "[参考]"))
        let end = try #require(lines[start...].firstIndex(of: Self.tableCaption))
        var labels: [String] = []
        var run: [String] = []
        for line in lines[start..<end] + [""] {
            if line.count == 1 { run.append(line); continue }
            if run.count >= 3 { labels.append(run.joined()) }
            run = []
        }

        let csv = try String(contentsOf: Package.content.appendingPathComponent("data/ninchisho-caravan-mates.csv"), encoding: .utf8)
        let rows = csv.split(separator: "\n").map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
        let header = try #require(rows.first)
        let name = try #require(header.firstIndex(of: "prefecture"))
        let per10k = try #require(header.firstIndex(of: "courses_per_10k"))
        let values = rows.dropFirst().map { ($0[name], Double($0[per10k]) ?? -1) }
        #expect(values.count == 47 && values.allSatisfy { $0.1 >= 0 })
        // No two prefectures tie, so the order is one order.
        #expect(Set(values.map(\.1)).count == 47)
        let sorted = values.sorted { $0.1 > $1.1 }.map(\.0)
        #expect(labels == sorted)
        #expect(labels.first == "鳥取県" && labels.last == "群馬県")

        // The chart page lists those labels in that order and links to the table.
        let page = try String(contentsOf: Package.content.appendingPathComponent("documents/ninchisho-2020/22-r10.md"), encoding: .utf8)
        let listed = page.components(separatedBy: "\n").filter { $0.hasPrefix("- ") }.map { String($0.dropFirst(2)) }
        #expect(listed == sorted)
        #expect(page.contains("title: \"都道府県別 認知症サポーター養成講座開催回数\""))
        #expect(page.contains("](23-r11.md#data-ninchisho-caravan-mates)"))
        let table = try String(contentsOf: Package.content.appendingPathComponent("documents/ninchisho-2020/23-r11.md"), encoding: .utf8)
        #expect(table.contains("title: \"\(Self.tableCaption)\"") && table.contains("number: \"R11\""))
    }

    /// The importer's rule, on a fixture: a `[参考]` chart and the table on the next page whose
    /// caption the chart's title quotes become two pages; the chart is titled from its bracketed
    /// caption, its vertical labels follow the lost-chart note as a list, and it links to the table.
    @Test func aReferenceChartAndTheTableItQuotesAreTwoPages() throws {
        let fixture = try Package.fixture("pdf-text.txt")
        let part = try #require(fixture.lines.firstIndex(of: " 参考資料"))
        let added = [
            " [参考]", "", "都道府県別テスト表、開催回数", "",
            "0", "", "10", "", "20", "", "30", "", "40", "",
            "青", "森", "県", "", "北", "海", "道", "", "千", "葉", "県", "", "東", "京", "都", "",
            "＜都道府県別 テスト回数＞", "",
            " 都道府県別テスト表", "北海道 10 20 30", "青森県 11 21 31", "千葉県 12 22 32", "東京都 13 23 33",
        ]
        let lines = Array(fixture.lines[...part]) + added
        let caption = try #require(lines.firstIndex(of: " 都道府県別テスト表")) + 1
        let claim = TableClaim(dataset: "test-table", document: "pdf", title: "都道府県別テスト表", lines: (caption + 1)...(caption + 4))
        let document = try PdfTextReader.read(SourceText(path: "t.txt", lines: lines), id: "pdf", title: "PDF", claims: [claim])
        let reference = document.sections.filter { $0.number.hasPrefix("R") }
        #expect(reference.map(\.number) == ["R1", "R2"])
        #expect(reference.map(\.title) == ["都道府県別 テスト回数", "都道府県別テスト表"])
        #expect(reference.last?.lines.lowerBound == caption)
        let chart = try #require(reference.first)
        let note = try #require(chart.body.range(of: ProseBuilder.lostChartNote))
        #expect(chart.body[note.upperBound...].contains("青森県\n\n北海道\n\n千葉県\n\n東京都"))
        #expect(chart.body.contains("[参考資料2「都道府県別テスト表」](section:R2#data-test-table)"))
        #expect(try #require(reference.last).body.contains(TableClaim.block("test-table")))

        let files = SectionWriter().render(document)
        let chartFile = try #require(files.first { $0.name.hasSuffix("-r1.md") })
        let tableFile = try #require(files.first { $0.name.hasSuffix("-r2.md") })
        #expect(chartFile.contents.contains("](\(tableFile.name)#data-test-table)"))
        #expect(chartFile.contents.contains("- 青森県\n- 北海道\n- 千葉県\n- 東京都"))
    }

    /// A caption on a line of its own wins over an earlier line that quotes it with more words.
    @Test func aStandaloneCaptionWinsOverATitleQuotingIt() {
        let source = SourceText(path: "t.txt", lines: ["目次", "都道府県別テスト表、開催回数", "", " 都道府県別テスト表", "北海道 1"])
        #expect(source.captionLine(containing: "都道府県別テスト表") == 4)
        #expect(source.captionLine(containing: "開催回数") == 2)
    }

    @Test func sectionLinksBecomeFileNames() {
        let text = "[a](section:R2#x) [b](section:R3) [c](section:R9)"
        #expect(SectionLink.resolved(text, files: ["R2": "14-r2.md", "R3": "15-r3.md"]) == "[a](14-r2.md#x) [b](15-r3.md) [c](section:R9)")
    }
}
