import Content
import Foundation
@testable import Ingest
import Testing

/// The 地域社保協 roster read into its two datasets.
@Suite struct RosterDatasetTests {
    /// The shipped roster, read once for every test that reads it.
    static func source() throws -> SourceText { try shipped.get() }

    private static let shipped = Result { () throws(ContentError) -> SourceText in
        try SourceText(contentsOf: Files003.root.appendingPathComponent("content/sources/000_5fb320d0c6fe68f8.txt"))
    }

    static func edited(_ edit: (inout [String]) -> Void) throws -> SourceText {
        var lines = try source().lines
        edit(&lines)
        return SourceText(path: "roster.tsv", text: lines.joined(separator: "\n"))
    }

    static func datasets(_ source: SourceText, yaml edit: (String) -> String = { $0 }) throws -> (summary: Dataset, list: Dataset) {
        let file = "content/sources/shahokyo-2020.tables.yaml"
        let yaml = edit(try String(contentsOf: Files003.root.appendingPathComponent(file), encoding: .utf8))
        let shells = try TableDeclarationFile.declarations(yaml: yaml, file: file, document: Shahokyo2020.document)
            .map { try $0.read(source) }
        let list = try Shahokyo2020.datasets(from: source, declared: shells)
        return (list[0], list[1])
    }

    @Test func theSummaryHasTheFortySevenInJISOrder() throws {
        let summary = try Self.datasets(Self.source()).summary
        #expect(summary.id == "shahokyo-prefectures")
        #expect(summary.rows.map { $0[0] } == (1...47).map { String(format: "%02d", $0) })
        // 秋田 comes before 宮城 in the source.
        #expect(summary.rows[3][1] == "宮城県")
        #expect(summary.rows[0] == ["01", "北海道", "19", "3", "", "19", "3", "", "19", "3", "0"])
        #expect(summary.rows[12] == ["13", "東京都", "45", "", "", "45", "", "", "", "", ""])
    }

    @Test func summaryChecksRecordTheSourcesDisagreements() throws {
        let summary = try Self.datasets(Self.source()).summary
        let results = Dictionary(uniqueKeysWithValues: summary.checks.map { ($0.id, $0) })
        for id in ["sum-prefecture_council", "sum-councils", "sum-preparatory", "sum-friendly", "sum-list_preparatory", "sum-list_friendly", "grand-total"] {
            #expect(results[id]?.result == .pass, "\(id)")
        }
        #expect(results["sum-list_councils"]?.result == .mismatch)
        #expect(results["sum-list_councils"]?.expected == "368")
        #expect(results["sum-list_councils"]?.actual == "374")
        #expect(results["summary-vs-list-14"]?.expected == "27/0/0")
        #expect(results["summary-vs-list-14"]?.actual == "27/1/0")
        #expect(results["summary-vs-list-46"]?.expected == "2/1/0")
        #expect(results["summary-vs-list-46"]?.actual == "2/0/1")
        #expect(results["headline"]?.result == .notCheckable)
        let unexplained = summary.checks.filter { $0.result != .pass && ($0.explanation ?? "").isEmpty }
        #expect(unexplained.isEmpty)
        #expect(summary.totals.first { $0.column == "councils" }?.value == "374")
        #expect(summary.totals.first { $0.column == "list_councils" }?.value == "368")
    }

    /// The roster's blanks count as 0 only because its declaration says so (`blank_is_zero:`,
    /// citing the 全国 line); without it a blank is "not stated" and the sums cannot be checked.
    @Test func blanksCountAsZeroOnlyWhenTheDeclarationSaysSo() throws {
        let declared = try Self.datasets(Self.source()).summary
        #expect(declared.checks.first { $0.id == "sum-preparatory" }?.result == .pass)
        #expect(declared.checks.first { $0.id == "sum-preparatory" }?.title.contains("空欄は0として計算") == true)
        let summary = try Self.datasets(Self.source()) { yaml in
            yaml.split(separator: "\n", omittingEmptySubsequences: false).filter { !$0.contains("blank_is_zero:") }.joined(separator: "\n")
        }.summary
        let preparatory = summary.checks.first { $0.id == "sum-preparatory" }
        #expect(preparatory?.result == .notCheckable)
        #expect(preparatory?.rows.contains("02") == true)
        #expect(summary.checks.first { $0.id == "sum-councils" }?.result == .pass)
    }

    @Test func aCorrectedNationalRowPasses() throws {
        let fixed = try Self.edited { lines in
            let index = lines.firstIndex { $0.hasPrefix("全国\t368") } ?? 0
            lines[index] = "全国\t374\t27\t19\t\t"
        }
        let summary = try Self.datasets(fixed).summary
        #expect(summary.checks.first { $0.id == "sum-list_councils" }?.result == .pass)
    }

    @Test func theListHasEveryNamedOrganisation() throws {
        let list = try Self.datasets(Self.source()).list
        #expect(list.rows.count == 324)
        let byPrefecture = Dictionary(grouping: list.rows, by: { $0[1] })
        #expect(byPrefecture["11"]?.count == 41)
        #expect(byPrefecture["27"]?.count == 51)
        #expect(byPrefecture["27"]?.last?[4] == "大阪狭山社保協")
        #expect(byPrefecture["12"] == nil && byPrefecture["13"] == nil && byPrefecture["14"] == nil)
        let saitama27 = byPrefecture["11"]?.filter { $0[6] == "別紙27" }
        #expect(saitama27?.count == 2)
        let otsu = try #require(list.rows.first { $0[4] == "大津市社保協" })
        #expect(otsu[6] == "新")
        #expect(otsu[5] == "2018年12月16日結成")
        let oita = try #require(list.rows.first { $0[1] == "44" })
        #expect(oita[3] == "準備会" && oita[6] == "新")
        let akita = try #require(list.rows.first { $0[1] == "05" })
        #expect(akita[3] == "準備会" && akita[4] == "(秋田市(準)予定中)")
        let aside = try #require(list.rows.first { $0[4] == "(兵庫県社保協神戸市協議会)" })
        #expect(aside[6] == "別記")
        let yawata = try #require(list.rows.first { $0[4] == "「八幡市社保協準備会」" })
        #expect(yawata[3] == "準備会")
        #expect(list.rows.map { $0[1] } == list.rows.map { $0[1] }.sorted())
        #expect(list.rows.map { $0[0] } == (1...324).map(String.init))
    }

    @Test func countChecksMismatchExactlyWhereTheSourceDoes() throws {
        let list = try Self.datasets(Self.source()).list
        #expect(list.checks.count == 47)
        let mismatched = list.checks.filter { $0.result == .mismatch }
        #expect(mismatched.map(\.id) == ["count-12", "count-13", "count-14", "count-15", "count-20"])
        #expect(mismatched.map { "\($0.expected ?? "")>\($0.actual ?? "")" }
            == ["15/4/0>0/0/0", "45/0/0>0/0/0", "27/1/0>0/0/0", "4/0/7>4/0/1", "6/0/0>7/0/0"])
        #expect(mismatched.allSatisfy { ($0.explanation ?? "").isEmpty == false })
        #expect(list.checks.first { $0.id == "count-26" }?.result == .pass)
        #expect(list.checks.first { $0.id == "count-28" }?.result == .pass)
    }

    @Test func aCountThatAgreesPasses() throws {
        let fixed = try Self.edited { lines in
            let index = lines.firstIndex { $0.hasPrefix("長野\t6\t") } ?? 0
            lines[index] = lines[index].replacingOccurrences(of: "長野\t6\t", with: "長野\t7\t")
        }
        let list = try Self.datasets(fixed).list
        #expect(list.checks.first { $0.id == "count-20" }?.result == .pass)
    }

    @Test func aShiftedRosterReadsTheSame() throws {
        let source = try Self.source()
        let shifted = SourceText(path: source.path, text: (["前置き", "", "前置き"] + source.lines).joined(separator: "\n"))
        let plain = try Self.datasets(source)
        let moved = try Self.datasets(shifted)
        #expect(plain.summary.rows == moved.summary.rows)
        #expect(plain.list.rows.map { $0.dropLast() } == moved.list.rows.map { $0.dropLast() })
        #expect(moved.list.rows.map { Int($0[7]) ?? 0 } == plain.list.rows.map { (Int($0[7]) ?? 0) + 3 })
        #expect(moved.summary.checks == plain.summary.checks)
    }

    @Test func anUnknownPrefectureIsAnErrorAtItsLine() throws {
        let broken = try Self.edited { lines in lines[6] = lines[6].replacingOccurrences(of: "青森", with: "青盛") }
        #expect(throws: SourceText(path: "roster.tsv", lines: []).error(at: 7, "summary row 「青盛」 is not a prefecture or the 全国 row")) {
            try Self.datasets(broken)
        }
    }

    @Test func aNonNumericCountIsAnErrorAtItsLine() throws {
        let broken = try Self.edited { lines in
            let index = lines.firstIndex { $0.hasPrefix("北海道\t19\t") } ?? 0
            lines[index] = lines[index].replacingOccurrences(of: "北海道\t19\t", with: "北海道\t十九\t")
        }
        #expect {
            try Self.datasets(broken)
        } throws: { error in
            let error = error as? ContentError
            return error?.line == 61 && error?.problem == "数 「十九」 is not a number"
        }
    }

    @Test func aMissingSummaryRowIsAnError() throws {
        let broken = try Self.edited { lines in lines.remove(at: 46) }
        #expect {
            try Self.datasets(broken)
        } throws: { error in
            (error as? ContentError)?.problem.contains("長崎県") == true
        }
    }
}
