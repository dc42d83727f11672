import Content
import Foundation
@testable import Ingest
import Japanese
import Testing

@Suite struct PlaceTableTests {
    @Test func readsAllPrefecturesInJISOrderWithTheTotalsRow() throws {
        let text = SyntheticTables.text(value: { ["\($0.code)", "1", "\($0.code + 1)"] }, totals: ["1128", "47", "1175"])
        let table = try SyntheticTables.read(text)
        #expect(table.rows.map(\.place.prefecture.code) == Array(1...47))
        #expect(table.totals.label == "合計")
        #expect(table.totals.line == 52)
        #expect(table.rows[12].line == 17)
    }

    @Test func sortsSourceOrderIntoJISOrderAndCitiesAfterTheirPrefecture() throws {
        // 静岡 before 岐阜 and 川崎 before 横浜, as 参考6 prints them.
        var lines = ["## 試験の表", "", "| 都道府県 | a | b | 計 |", "|---|---|---|---|"]
        var order = Prefecture.all.map(\.name)
        order.swapAt(20, 21)
        lines += order.map { "| \($0) | 1 | 1 | 2 |" }
        lines += ["| 川崎市 | 1 | 1 | 2 |", "| 横浜市 | 1 | 1 | 2 |", "| 合計 | 49 | 49 | 98 |"]
        let table = try SyntheticTables.read(lines.joined(separator: "\n"), allowsCities: true)
        let prefectures = table.rows.filter { $0.place.city == nil }
        #expect(prefectures.map(\.place.prefecture.code) == Array(1...47))
        #expect(prefectures[20].line == 26)
        #expect(prefectures[21].line == 25)
        let kanagawa = table.rows.filter { $0.place.prefecture.code == 14 }
        #expect(kanagawa.map { $0.place.city?.name } == [nil, "横浜市", "川崎市"])
        #expect(kanagawa.map(\.place.rowKey) == ["14", "14:横浜市", "14:川崎市"])
    }

    @Test func aMissingPrefectureIsAnErrorNamingTheTable() {
        let text = SyntheticTables.text(dropping: [20])
        #expect {
            try SyntheticTables.read(text)
        } throws: { error in
            let error = error as? ContentError
            return error?.line == 3 && error?.problem.contains("長野県") == true
        }
    }

    @Test func aNonNumericCellIsAnErrorAtItsLine() {
        let text = SyntheticTables.text(value: { $0.code == 5 ? ["1", "二", "3"] : ["1", "2", "3"] })
        #expect(throws: SourceText(path: "test.md", lines: []).error(at: 9, "cell 「二」 is not a number")) {
            try SyntheticTables.read(text)
        }
    }

    @Test func anUnknownLabelWithNumbersIsAnError() {
        let text = SyntheticTables.text(extraRows: ["| 東京府 | 1 | 2 | 3 |"])
        #expect(throws: SourceText(path: "test.md", lines: []).error(at: 52, "row label 「東京府」 is not a prefecture, designated city or totals label")) {
            try SyntheticTables.read(text)
        }
    }

    @Test func aRepeatedPrefectureIsAnError() {
        let text = SyntheticTables.text(extraRows: ["| 京都府 | 1 | 2 | 3 |"])
        #expect(throws: SourceText(path: "test.md", lines: []).error(at: 52, "「京都府」 appears twice (first at line 30)")) {
            try SyntheticTables.read(text)
        }
    }

    @Test func aCityInAPrefecturesOnlyTableIsAnError() {
        let text = SyntheticTables.text(extraRows: ["| 札幌市 | 1 | 2 | 3 |"])
        #expect(throws: ContentError.self) { try SyntheticTables.read(text) }
    }

    @Test func subHeaderRowsArePassedOver() throws {
        var lines = SyntheticTables.text().components(separatedBy: "\n")
        lines.insert("|  | (累計) | H21.10月 |  |", at: 4)
        let table = try SyntheticTables.read(lines.joined(separator: "\n"))
        #expect(table.rows.count == 47)
    }

    @Test func dashesAndBlanksStayApartFromZero() throws {
        let text = SyntheticTables.text(value: { p in p.code == 1 ? ["-", "", "0"] : ["1", "2", "3"] }, totals: ["46", "92", "138"])
        let table = try SyntheticTables.read(text)
        #expect(PlaceDataset.rows(table, withCities: false)[0] == ["01", "北海道", "-", "", "0"])
    }

    @Test func aTotalsLabelInTheNumberColumnIsFound() throws {
        // 参考2(4) writes `| 合 計 |  | 14,865 | … |` with the label under NO.
        let source = SourceText(
            path: "t.md",
            text: (["## 表", "", "| NO. | 都道府県 | 件数 |", "|---|---|---|"]
                + Prefecture.all.map { "| \($0.code) | \($0.name) | 1 |" } + ["| 合 計 |  | 47 |"]).joined(separator: "\n"))
        let table = try PlaceTable.read(
            try LocatedTable.after(caption: "表", in: source), in: source, labelColumn: 1, valueColumns: [(2, .number)],
            allowsCities: false)
        #expect(table.totals.label == "合計")
        #expect(table.totals.cells == [.number(.value(47))])
    }
}
