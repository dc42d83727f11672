import Content
import Foundation
@testable import Ingest
import Testing

@Suite struct MunicipalListTests {
    static func read(_ source: SourceText) throws -> Dataset {
        try Shakai2010.MunicipalPlanList.read(source, status: Files003.declaration("shakai-chiiki-fukushi-keikaku").read(source))
    }

    @Test func pagesAreReadColumnByColumn() throws {
        let source = SourceText(path: "t.md", text: """
            | 市町村名 | 策定済 | 策定予定 | 策定未定 | 市町村名 | 策定済 | 策定予定 | 策定未定 |
            |---|---|---|---|---|---|---|---|
            | 北海道 |  |  |  | 乙町 |  |  | ○ |
            | 甲市 | ○ |  |  | 青森県 |  |  |  |
            """)
        let table = try #require(PipeTable.first(in: source, from: 1))
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
        let table = try #require(PipeTable.first(in: source, from: 1))
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
        let table = try #require(PipeTable.first(in: source, from: 1))
        let slots = try Shakai2010.MunicipalPlanList.columnMajorCells(table, source: source)
        #expect(slots.map { Shakai2010.MunicipalPlanList.status($0.2) } == ["策定未定", "策定済", "策定予定"])
    }

    @Test func theRealListHasEveryMunicipalityOfTheStatusTable() throws {
        let dataset = try Self.read(Files003.document())
        #expect(dataset.rows.count == 1801)
        #expect(dataset.checks.first { $0.id == "count" }?.result == .pass)
        let status = try #require(dataset.checks.first { $0.id == "status-counts" })
        #expect(status.result == .mismatch)
        #expect(status.actual == "12")
        let trusted = Set(dataset.rows.filter { !$0[4].isEmpty }.map { $0[1] })
        #expect(trusted == ["01", "02", "03", "04", "05", "06", "22", "26", "30", "31", "37", "43"])
        #expect(dataset.rows.first == ["1", "01", "北海道", "札幌市", "策定済", "2107"])
        #expect(dataset.rows.contains { $0[3] == "二セコ町" })
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
        let dataset = try Shakai2010.ModelMunicipalities.read(source)
        #expect(dataset.rows.count == 47)
        let ashiya = try #require(dataset.rows.first { $0[4] == "芦屋市" })
        #expect(ashiya[2] == "28")
        #expect(dataset.checks.first { $0.id == "total" }?.expected == "52")
        #expect(dataset.checks.first { $0.id == "total" }?.result == .mismatch)
        #expect(dataset.checks.first { $0.id == "block-2" }?.result == .pass)
        let shifted = try Shakai2010.ModelMunicipalities.read(Files003.shifted(source, by: 3))
        #expect(shifted.rows.map { Array($0.prefix(5)) } == dataset.rows.map { Array($0.prefix(5)) })
    }
}
