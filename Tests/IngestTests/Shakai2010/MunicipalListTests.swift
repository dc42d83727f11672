import Content
import Foundation
@testable import Ingest
import Testing

@Suite struct MunicipalListTests {
    static func read(_ source: SourceText) throws -> Dataset {
        try Shakai2010.MunicipalPlanList.read(
            source, status: Files003.declaration("shakai-chiiki-fukushi-keikaku").read(source),
            shell: Files003.shell(Shakai2010.MunicipalPlanList.id))
    }

    @Test func pagesAreReadColumnByColumn() throws {
        let source = SourceText(path: "t.md", text: """
            | 市町村名 | 策定済 | 策定予定 | 策定未定 | 市町村名 | 策定済 | 策定予定 | 策定未定 |
            |---|---|---|---|---|---|---|---|
            | 北海道 |  |  |  | 乙町 |  |  | ○ |
            | 甲市 | ○ |  |  | 青森県 |  |  |  |
            """)
        let table = try #require(LocatedTable.first(in: source, from: 1))
        let slots = try Shakai2010.MunicipalPlanList.columnMajorCells(table, source: source)
        #expect(slots.map(\.0) == ["北海道", "甲市", "乙町", "青森県"])
        #expect(slots.map(\.1) == [3, 4, 3, 4])
        #expect(Shakai2010.MunicipalPlanList.status(slots[1].2) == "策定済")
        #expect(Shakai2010.MunicipalPlanList.status(slots[2].2) == "策定未定")
    }

    @Test func groupsWithoutThreeMarkColumnsGiveNoStatus() throws {
        // A page whose second group kept one ○ column (東京 and 神奈川 pages).
        let source = SourceText(path: "t.md", text: """
            |  |  |  |  |  |
            |---|---|---|---|---|
            | 甲区 |  | ○ | 乙市 | ○ |
            """)
        let table = try #require(LocatedTable.first(in: source, from: 1))
        let slots = try Shakai2010.MunicipalPlanList.columnMajorCells(table, source: source)
        #expect(slots.map(\.2.count) == [2, 1])
        #expect(slots.allSatisfy { Shakai2010.MunicipalPlanList.status($0.2) == nil })
    }

    @Test func aSpuriousEmptyColumnIsDropped() throws {
        let source = SourceText(path: "t.md", text: """
            |  |  |  |  |  |
            |---|---|---|---|---|
            | 甲町 |  |  |  | ○ |
            | 乙町 | ○ |  |  |  |
            | 丙町 |  | ○ |  |  |
            """)
        let table = try #require(LocatedTable.first(in: source, from: 1))
        let slots = try Shakai2010.MunicipalPlanList.columnMajorCells(table, source: source)
        #expect(slots.map { Shakai2010.MunicipalPlanList.status($0.2) } == ["策定未定", "策定済", "策定予定"])
    }

    @Test func theRealListHasEveryMunicipalityOfTheStatusTable() throws {
        let dataset = try Self.read(Files003.document())
        #expect(dataset.rows.count == 1801)
        #expect(dataset.checks.first { $0.id == "count" }?.result == .pass)
        let status = try #require(dataset.checks.first { $0.id == "status-counts" })
        #expect(status.result == .mismatch)
        #expect(status.actual == "15")
        // Settled: every municipality has one status, and the counts are the status table's.
        let settled = Set(dataset.rows.map { $0[1] }).filter { code in
            dataset.rows.filter { $0[1] == code }.allSatisfy { Shakai2010.MunicipalPlanList.statuses.contains($0[4]) }
        }
        #expect(settled == ["01", "02", "03", "04", "05", "06", "21", "22", "26", "27", "30", "31", "37", "43", "44"])
        let statuses = Dictionary(grouping: dataset.rows, by: { $0[4] }).mapValues(\.count)
        #expect(statuses == ["策定済": 562, "策定予定": 123, "策定未定": 378, "策定予定または策定未定": 283, "策定済または策定予定": 72, "": 383])
        // 佐賀県: the 済 column is empty and its ○ stand in the 予定 column (stated 10 済 + 5 予定).
        let saga = dataset.rows.filter { $0[1] == "41" }.map { $0[4] }
        #expect(saga.filter { $0 == "策定済または策定予定" }.count == 15 && saga.filter { $0 == "策定未定" }.count == 5)
        // 栃木県 cannot be reconciled: blank.
        #expect(dataset.rows.filter { $0[1] == "09" }.allSatisfy { $0[4].isEmpty })
        #expect(dataset.rows.first == ["1", "01", "北海道", "札幌市", "策定済", "2107"])
        #expect(dataset.rows.contains { $0[3] == "二セコ町" })
    }

    /// The readings of damaged ○ columns, held to the counts.
    @Test func statusesAreWhatEveryReconcilingReadingAgreesOn() throws {
        typealias Reading = Shakai2010.MunicipalPlanList.StatusReading
        // A group whose 予定 column is empty: its 未定 column may hold 予定 ○. Stated 1 済, 0 予定, 2 未定.
        let marks = [["○", "", ""], ["", "", "○"], ["", "", "○"]]
        let settled = try #require(Reading.resolve(marks: marks, groups: [0, 0, 0], groupCounts: [0: [1, 0, 2]], stated: [1, 0, 2]))
        #expect(settled.map(Reading.text) == ["策定済", "策定未定", "策定未定"])
        // Stated 1 済, 1 予定, 1 未定: the two ○ in the merged column are 予定 or 未定, one each.
        let open = try #require(Reading.resolve(marks: marks, groups: [0, 0, 0], groupCounts: [0: [1, 0, 2]], stated: [1, 1, 1]))
        #expect(open.map(Reading.text) == ["策定済", "策定予定または策定未定", "策定予定または策定未定"])
        // Stated 2 済: no reading gives two 済.
        #expect(Reading.resolve(marks: marks, groups: [0, 0, 0], groupCounts: [0: [1, 0, 2]], stated: [2, 0, 1]) == nil)
        // One ○ column: a ○ is 済 and a blank 予定 or 未定 when the ○ count is the 済 count.
        let single = try #require(Reading.resolve(marks: [["○"], [""], [""]], groups: [1, 1, 1], groupCounts: [1: [1]], stated: [1, 0, 2]))
        #expect(single.map(Reading.text) == ["策定済", "策定未定", "策定未定"])
    }

    @Test func aShiftedDocumentGivesTheSameList() throws {
        let source = try Files003.document()
        let plain = try Self.read(source)
        let shifted = try Self.read(Files003.shifted(source, by: 11))
        #expect(plain.rows.map { Array($0.prefix(5)) } == shifted.rows.map { Array($0.prefix(5)) })
        #expect(shifted.rows.first?.last == "2118")
    }

    @Test func modelMunicipalitiesKeepTheMisplacedNameAndCountTheGap() throws {
        let source = try Files003.fixture("model-municipalities.md")
        let dataset = try Shakai2010.ModelMunicipalities.read(source, shell: Files003.shell(Shakai2010.ModelMunicipalities.id))
        #expect(dataset.rows.count == 47)
        let ashiya = try #require(dataset.rows.first { $0[4] == "芦屋市" })
        #expect(ashiya[2] == "28")
        #expect(dataset.checks.first { $0.id == "total" }?.expected == "52")
        #expect(dataset.checks.first { $0.id == "total" }?.result == .mismatch)
        #expect(dataset.checks.first { $0.id == "block-2" }?.result == .pass)
        let shifted = try Shakai2010.ModelMunicipalities.read(
            Files003.shifted(source, by: 3), shell: Files003.shell(Shakai2010.ModelMunicipalities.id))
        #expect(shifted.rows.map { Array($0.prefix(5)) } == dataset.rows.map { Array($0.prefix(5)) })
    }
}
