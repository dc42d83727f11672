import Foundation
@testable import Ingest
import Testing

@Suite struct PipeTableTests {
    @Test func splitsCellsAndSkipsTheDelimiterRow() throws {
        let source = SourceText(path: "t.md", text: "前文\n\n| 都道府県 | 件数 |\n|-----|:---:|\n| 北海道  | 1,056 |\n|  | |\n後文")
        let table = try #require(LocatedTable.first(in: source, from: 1))
        #expect(table.firstLine == 3)
        #expect(table.lastLine == 6)
        #expect(table.rows.map(\.line) == [3, 5, 6])
        #expect(table.rows[1].cells == ["北海道", "1,056"])
        #expect(table.rows[2].isEmpty)
        #expect(table.rows[1][7] == "")
    }

    @Test func captionsInsideTablesAreNotCaptions() throws {
        // The 目次 names the same headings the body uses.
        let source = SourceText(
            path: "t.md", text: "| 3 都道府県別のホームレス数 ..... | 36 |\n|---|---|\n\n### 3 都道府県別のホームレス数\n\n| a |\n|---|\n| 1 |")
        #expect(source.captionLine(containing: "都道府県別のホームレス数") == 4)
        let table = try LocatedTable.after(caption: "都道府県別のホームレス数", in: source)
        #expect(table.firstLine == 6)
    }

    @Test func captionsMatchAcrossWidthAndSpacing() {
        let source = SourceText(path: "t.md", text: "## (4) 平成20年度 生活福祉資金 貸付決定件数及び金額")
        #expect(source.captionLine(containing: "平成２０年度生活福祉資金貸付決定件数及び金額") == 1)
    }

    @Test func aMissingCaptionNamesFileAndCaption() {
        let source = SourceText(path: "t.md", text: "本文")
        #expect(throws: SourceText(path: "t.md", lines: []).error(at: 1, "caption 「表の題」 not found; the table cannot be located")) {
            try LocatedTable.after(caption: "表の題", in: source)
        }
    }

    @Test func theLastLineIsKeptWithoutANewline() {
        let source = SourceText(path: "t.tsv", text: "a\nb\n\nc")
        #expect(source.lines == ["a", "b", "", "c"])
        #expect(SourceText(path: "t", text: "a\n").lines == ["a"])
    }
}
