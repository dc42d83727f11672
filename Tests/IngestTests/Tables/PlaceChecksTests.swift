import Content
import Foundation
@testable import Ingest
import Japanese
import Testing

@Suite struct PlaceChecksTests {
    @Test func columnSumPasses() throws {
        let check = try SyntheticTables.checks(SyntheticTables.text()).columnSum("a")
        #expect(check.result == .pass)
        #expect(check.expected == "47")
        #expect(check.actual == "47")
        #expect(check.explanation == nil)
    }

    @Test func columnSumMismatchKeepsBothValuesAndTheExplanation() throws {
        let check = try SyntheticTables.checks(SyntheticTables.text(totals: ["68", "94", "141"]))
            .columnSum("a", explanation: "丸め")
        #expect(check.result == .mismatch)
        #expect(check.expected == "68")
        #expect(check.actual == "47")
        #expect(check.explanation == "丸め")
    }

    @Test func anExplanationIsDroppedWhenTheCheckPasses() throws {
        let check = try SyntheticTables.checks(SyntheticTables.text()).columnSum("a", explanation: "丸め")
        #expect(check.explanation == nil)
    }

    @Test func columnSumWithoutAStatedTotalIsNotCheckable() throws {
        let check = try SyntheticTables.checks(SyntheticTables.text(totals: ["", "94", "141"])).columnSum("a")
        #expect(check.result == .notCheckable)
    }

    @Test func rowIdentityPassesAsOneCheck() throws {
        let checks = try SyntheticTables.checks(SyntheticTables.text()).rowIdentity(id: "t", title: "計", total: "total", parts: [("a", 1), ("b", 1)])
        #expect(checks.map(\.result) == [.pass])
        #expect(checks[0].id == "t")
    }

    @Test func rowIdentityReportsEachDisagreeingRow() throws {
        let text = SyntheticTables.text(value: { $0.code == 14 ? ["1", "2", "4"] : ["1", "2", "3"] }, totals: ["47", "94", "142"])
        let checks = try SyntheticTables.checks(text).rowIdentity(id: "t", title: "計", total: "total", parts: [("a", 1), ("b", 1)], explanation: "注記")
        #expect(checks.map(\.id) == ["t-14", "t-total"])
        #expect(checks.allSatisfy { $0.result == .mismatch && $0.explanation == "注記" })
        #expect(checks[0].rows == ["14"])
        #expect(checks[0].expected == "4")
        #expect(checks[0].actual == "3")
        #expect(checks[1].expected == "142")
        #expect(checks[1].actual == "141")
    }

    @Test func differenceIdentityUsesSigns() throws {
        let text = SyntheticTables.text(value: { _ in ["5", "2", "3"] }, totals: ["235", "94", "141"])
        let checks = try SyntheticTables.checks(text)
            .rowIdentity(id: "d", title: "差", total: "total", parts: [("a", 1), ("b", -1)])
        #expect(checks.map(\.result) == [.pass])
    }

    @Test func markCountPassesAndMismatches() throws {
        let columns: [PlaceColumn] = [.mark("done", "済", at: 1), .mark("planned", "予定", at: 2)]
        var lines = ["## 試験の表", "", "| 都道府県 | 済 | 予定 |", "|---|---|---|"]
        lines += Prefecture.all.map { "| \($0.name) | \($0.code <= 40 ? "○" : "") | \($0.code > 40 ? "○" : "") |" }
        lines.append("| 合計 | 40 | 1 |")
        let source = SourceText(path: "t.md", text: lines.joined(separator: "\n"))
        let table = try PlaceTable.read(
            try LocatedTable.after(caption: "試験の表", in: source), in: source, labelColumn: 0,
            valueColumns: columns.map { ($0.sourceIndex, $0.kind) }, allowsCities: false)
        let checks = PlaceChecks(table: table, columns: columns)
        #expect(checks.markCount("done").result == .pass)
        let planned = checks.markCount("planned", explanation: "ずれ")
        #expect(planned.result == .mismatch)
        #expect(planned.expected == "1")
        #expect(planned.actual == "7")
        #expect(planned.explanation == "ずれ")
    }

    @Test func aMarkColumnRejectsOtherText() {
        let lines = ["## 試験の表", "", "| 都道府県 | 済 |", "|---|---|"]
            + Prefecture.all.map { "| \($0.name) | \($0.code == 3 ? "×" : "○") |" } + ["| 合計 | 47 |"]
        let source = SourceText(path: "t.md", text: lines.joined(separator: "\n"))
        #expect(throws: SourceText(path: "t.md", lines: []).error(at: 7, "cell 「×」 is neither ○, a dash nor empty")) {
            try PlaceTable.read(
                try LocatedTable.after(caption: "試験の表", in: source), in: source, labelColumn: 0,
                valueColumns: [(1, .mark)], allowsCities: false)
        }
    }
}
