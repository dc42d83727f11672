import Foundation
@testable import Ingest
import Testing

@Suite struct LocatedTableTests {
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
        #expect(table.caption == "都道府県別のホームレス数")
    }

    @Test func tabSeparatedBlocksAreLocatedWhenTheSourceIsSplit() throws {
        let source = SourceText(path: "t.tsv", text: "名簿\n県\t数\n北海道\t3\n\n注\n青森\t2\n岩手\t1")
        #expect(source.tsvTables.map(\.lines) == [2...3, 6...7])
        #expect(source.pipeTables.isEmpty)
        // From a line inside a block, the block's rest; past the last block, none.
        let rest = try #require(LocatedTable.first(in: source, from: 7, layout: .tsv))
        #expect(rest.rows.map(\.cells) == [["岩手", "1"]] && rest.layout == .tsv)
        #expect(LocatedTable.first(in: source, from: 8, layout: .tsv) == nil)
        #expect(LocatedTable.first(in: source, from: 1, layout: .textGroups) == nil)
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
