import Content
import Foundation
@testable import Ingest
import Testing

/// Each per-prefecture table read from an excerpt of the document, and from the same excerpt
/// pushed down by unrelated lines: tables are found by caption, so only the line numbers move.
@Suite struct PrefectureTableFixtureTests {
    static let cases: [(fixture: String, table: String)] = [
        ("loans-h20.md", "shakai-seikatsu-fukushi-shikin-h20"),
        ("sogo-shien-shikin.md", "shakai-sogo-shien-shikin"),
        ("tsunagi-shikin.md", "shakai-tsunagi-shikin"),
        ("homeless.md", "shakai-homeless-h21"),
        ("self-reliance.md", "shakai-nichijo-jiritsu-sodan"),
        ("self-reliance.md", "shakai-nichijo-jiritsu-keiyaku"),
        ("self-reliance.md", "shakai-nichijo-jiritsu-riyosha"),
        ("plan-status.md", "shakai-chiiki-fukushi-keikaku"),
    ]

    @Test(arguments: cases.indices)
    func readsTheExcerptAndAShiftedCopy(_ index: Int) throws {
        let (fixture, table) = Self.cases[index]
        let definition = try Files003.declaration(table)
        let source = try Files003.fixture(fixture)
        let plain = try definition.read(source)
        let shifted = try definition.read(Files003.shifted(source, by: 37))
        #expect(plain.rows == shifted.rows)
        #expect(plain.checks == shifted.checks)
        #expect(shifted.source.lines.first == plain.source.lines.first + 37)
        #expect(shifted.totals.map { $0.lines?.first } == plain.totals.map { $0.lines.map { $0.first + 37 } })
        let prefectureRows = plain.rows.filter { definition.allowsCities ? $0[2].isEmpty : true }
        #expect(prefectureRows.map { $0[0] } == (1...47).map { String(format: "%02d", $0) })
    }

    @Test func shiftedHeaderAmountsAreReadAsAmounts() throws {
        // `H22.1月` sits over the amount column; 北海道's amount is 277,010 千円 and its January 129.
        let dataset = try Files003.declaration("shakai-sogo-shien-shikin").read(Files003.fixture("sogo-shien-shikin.md"))
        #expect(dataset.columns.map(\.key).suffix(2) == ["persons_2010_01", "amount_total"])
        #expect(dataset.rows[0] == ["01", "北海道", "369", "38", "80", "122", "129", "277010"])
        #expect(dataset.checks.first { $0.id == "persons-total-is-months" }?.result == .pass)
    }

    @Test func aBlankJanuaryStaysBlank() throws {
        let dataset = try Files003.declaration("shakai-tsunagi-shikin").read(Files003.fixture("tsunagi-shikin.md"))
        #expect(dataset.rows[38] == ["39", "高知県", "35", "9", "19", "7", "", "3460"])
    }

    @Test func homelessDifferencesAreNegative() throws {
        let dataset = try Files003.declaration("shakai-homeless-h21").read(Files003.fixture("homeless.md"))
        #expect(dataset.rows[0] == ["01", "北海道", "95", "6", "23", "124", "145", "142", "-21", "-18"])
        #expect(dataset.totals.first { $0.column == "change_2003_2009" }?.value == "-9537")
    }

    @Test func welfarePlanStatusReadsTwelveFiguresAndThreeMarks() throws {
        let dataset = try Files003.declaration("shakai-chiiki-fukushi-keikaku").read(Files003.fixture("plan-status.md"))
        #expect(dataset.rows[0] == ["01", "北海道", "180", "35", "145", "57", "19", "38", "20", "3", "17", "103", "13", "90", "○", "", ""])
        #expect(dataset.rows[12].suffix(3) == ["", "○", ""])
    }

    @Test func selfRelianceTablesKeepCitiesAsTheirOwnRows() throws {
        let dataset = try Files003.declaration("shakai-nichijo-jiritsu-riyosha").read(Files003.fixture("self-reliance.md"))
        #expect(dataset.rows.count == 65)
        let kanagawa = dataset.rows.filter { $0[0] == "14" }
        #expect(kanagawa.map { $0[2] } == ["", "横浜市", "川崎市"])
        #expect(kanagawa[0][7] == "561")
        let hokkaido = dataset.rows.filter { $0[0] == "01" }
        #expect(hokkaido[0][6] == "-")
    }

    @Test func aMissingRowInAnExcerptIsAnErrorNamingThePrefecture() throws {
        let source = try Files003.fixture("homeless.md")
        let lines = source.lines.filter { !$0.hasPrefix("| 佐賀県") }
        let broken = SourceText(path: source.path, text: lines.joined(separator: "\n"))
        #expect {
            try Files003.declaration("shakai-homeless-h21").read(broken)
        } throws: { error in
            (error as? ContentError)?.problem.contains("佐賀県") == true
        }
    }

    @Test func aGarbledCellIsAnErrorAtItsLine() throws {
        let source = try Files003.fixture("loans-h20.md")
        let lines = source.lines.map { $0.replacingOccurrences(of: "| 2,076  |", with: "| 2,O76  |") }
        let broken = SourceText(path: "loans.md", text: lines.joined(separator: "\n"))
        #expect(throws: SourceText(path: "loans.md", lines: []).error(at: 21, "cell 「2,O76」 is not a number")) {
            try Files003.declaration("shakai-seikatsu-fukushi-shikin-h20").read(broken)
        }
    }
}
