import Foundation
import Testing

@testable import Ingest

/// A recovered dataset's lines become one block naming it, where the lines stood; tables that were
/// not recovered become pipe tables the site draws as tables, with a note that they are unchecked.
@Suite struct TableClaimTests {
    @Test func aClaimedPdfTableBecomesItsDatasetBlock() throws {
        let claim = TableClaim(dataset: "test-rows", document: "pdf", title: "テスト", lines: 68...70)
        let document = try PdfTextReader.read(Package.fixture("pdf-text.txt"), id: "pdf", title: "PDF", claims: [claim])
        let reference = try #require(document.section("R1"))
        #expect(reference.body.hasPrefix(TableClaim.block("test-rows")))
        #expect(!reference.body.contains("北海道"))
        #expect(Coverage(document).missing.isEmpty)
        // Without the claim the same rows are a table of their own.
        let unclaimed = try PdfTextReader.read(Package.fixture("pdf-text.txt"), id: "pdf", title: "PDF")
        #expect(try #require(unclaimed.section("R1")).body.contains("| 北海道 | 10 | 20 | 30 |"))
    }

    @Test func aClaimedMarkdownTableBecomesItsDatasetBlockAndOthersStayTables() throws {
        let source = try Package.fixture("pdf-markdown.md")
        let line = try #require(source.lines.firstIndex { $0.hasPrefix("| 区分 | 件数 |") }) + 1
        let claim = TableClaim(dataset: "test-counts", document: "md", title: "件数", lines: line...(line + 3))
        let claimed = try MarkdownPdfReader.read(source, id: "md", title: "MD", claims: [claim])
        let text = claimed.sections.flatMap(\.flattened).map(\.body).joined(separator: "\n")
        #expect(text.contains(TableClaim.block("test-counts")))
        #expect(!text.contains("| 北海道 | 1 |"))
        #expect(Coverage(claimed).missing.isEmpty)

        let plain = try MarkdownPdfReader.read(source, id: "md", title: "MD")
        let plainText = plain.sections.flatMap(\.flattened).map(\.body).joined(separator: "\n")
        #expect(plainText.contains("| 区分 | 件数 |\n| --- | --- |\n| 北海道 | 1 |\n| 合計 | 1 |\n\n" + PipeTableText.uncheckedNote))
    }

    @Test func aClaimLargelyOutsideTheLinesBeingWrittenIsLeftToTheSite() {
        let claims = [TableClaim(dataset: "wide", document: "d", title: "", lines: 11...100)]
        #expect(!ClaimedLines(claims, within: Array(10...40)).contains(10))
        // One line past the end, as declarations sometimes reach, still counts.
        #expect(ClaimedLines([TableClaim(dataset: "near", document: "d", title: "", lines: 11...21)], within: Array(10...19)).contains(10))
    }

    @Test func aReferenceSplitInsideADatasetMovesToItsFirstLine() {
        let claims = [TableClaim(dataset: "list", document: "d", title: "", lines: 101...1000)]
        let starts = PdfTextReader.keepingClaimsWhole([(0, "参考資料"), (150, "20．一覧")], claims: claims)
        #expect(starts.map(\.line) == [0, 100])
        let split = PdfTextReader.keepingClaimsWhole([(0, "参考資料"), (500, "表")], claims: claims)
        #expect(split.map(\.line) == [0])
    }

    @Test func headerRowsBelowTheFirstAreReadAndTheirMergedCellsMarked() {
        let rows = [["都道府県名", "21年調査", "", "", "20年調査"], ["", "男", "女", "計", ""], ["北海道", "95", "6", "101", "145"]]
        #expect(PipeTableText.headerCount(rows) == 2)
        #expect(PipeTableText.merged(Array(rows.prefix(2))) == [["都道府県名", "21年調査", "<", "<", "20年調査"], ["^", "男", "女", "計", "^"]])
        // A row of figures under the first is data, even with its first cell empty.
        #expect(PipeTableText.headerCount([["", "更生資金"], ["", "(5,601)"], ["昭和30年度", "187,095"]]) == 1)
    }

    @Test func aSentenceInsideADatasetsLinesStaysText() {
        #expect(ClaimedLines.isSentence("市町村と国とが協働して地域福祉推進に取り組むため、モデル事業の実施やその効果の検証を行う。"))
        #expect(!ClaimedLines.isSentence("※令和元年12月31日現在(令和元年12月31日までに提出された実施報告書に基づく。"))
        #expect(!ClaimedLines.isSentence("| 北海道 | 1 |"))
    }

    @Test func gridCellsAreEscaped() {
        #expect(PipeTableText.grid(header: [["a|b", "<"]], rows: [["^"]]) == "| a\\|b | \\< |\n| --- | --- |\n| \\^ |  |\n\n" + PipeTableText.uncheckedNote)
    }
}
