import Foundation
@testable import Ingest
import Testing

/// Rows of PDF text: several groups per line, blank lines between rows, the caption above or below.
@Suite struct TextTableTests {
    func block(_ text: SourceText, caption: Int, after: Bool) -> LocatedTable? {
        LocatedTable.textBlock(in: text, caption: caption, captionAfter: after) { LocatedTable.textGroups($0, width: 2) }
    }

    @Test func aRowJoinsTheSpacedOutNameAndMayBeUnlabelled() {
        #expect(LocatedTable.textRow("2 青 森 県 8 284", label: 1, values: 2, unlabelled: nil) == ["2", "青森県", "8", "284"])
        #expect(LocatedTable.textRow("  684   14,273", label: 1, values: 2, unlabelled: "合計") == ["", "合計", "684", "14,273"])
        #expect(LocatedTable.textRow("684 14,273", label: 1, values: 2, unlabelled: nil) == nil)
        // A numbered prefecture row keeps a cell that is not a number, to be reported at its line;
        // any other line with one is no row.
        #expect(LocatedTable.textRow("2 青 森 県 8 28x", label: 1, values: 2, unlabelled: nil) == ["2", "青森県", "8", "28x"])
        #expect(LocatedTable.textRow("2 目 標 値 8 28x", label: 1, values: 2, unlabelled: nil) == nil)
        #expect(LocatedTable.textRow("青森県 8 28x", label: 0, values: 2, unlabelled: nil) == nil)
    }

    func source(_ lines: [String]) -> SourceText {
        SourceText(document: "test", path: "test.txt", lines: lines)
    }

    @Test func aLineIsRowsOnlyWhenWhollyMadeOfGroups() {
        #expect(LocatedTable.textGroups("北海道 88 22 49.2% 青森県 39 1 97.5%", width: 3)?.map { $0[0] } == ["北海道", "青森県"])
        #expect(LocatedTable.textGroups("01 北海道 21 10 02 青森県 6 6", width: 3, label: 1)?.map { $0[1] } == ["北海道", "青森県"])
        #expect(LocatedTable.textGroups("北海道 88 22 49.2% 青森県 39 1", width: 3) == nil)
        #expect(LocatedTable.textGroups("北海道 88 作成中 49.2%", width: 3) == nil)
        #expect(LocatedTable.textGroups("作成済 作成中 未作成 作成率", width: 3) == nil)
    }

    @Test func theBlockAboveACaptionSkipsNotesAndBlankLines() throws {
        let text = source([
            "見出し", "", "北海道 1 2 青森県 3 4", "", "岩手県 5 6 計 9 12", "", "※注記", "", "表の題", "次の段落",
        ])
        let table = try #require(block(text, caption: 9, after: true))
        #expect(table.firstLine == 3 && table.lastLine == 5)
        #expect(table.body.map(\.cells) == [["北海道", "1", "2"], ["青森県", "3", "4"], ["岩手県", "5", "6"], ["計", "9", "12"]])
        #expect(table.body.map(\.line) == [3, 3, 5, 5])
    }

    @Test func proseBetweenCaptionAndDataMeansNoTable() {
        let text = source(["北海道 1 2", "本文の行", "表の題"])
        #expect(block(text, caption: 3, after: true) == nil)
        #expect(block(text, caption: 2, after: false) == nil)
    }
}
