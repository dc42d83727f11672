import Content
import Foundation
@testable import Ingest
import Japanese
import Testing

/// The national series of the document and their agreement with the per-prefecture tables.
@Suite struct SeriesTests {
    @Test func monthlyLoansAreInDateOrderWithTheCumulativeRowAsTotals() throws {
        let dataset = try Files003.declaration("shakai-sogo-shien-shikin-monthly").read(Files003.document())
        #expect(dataset.rows.map { $0[0] } == ["2009-10", "2009-11", "2009-12", "2010-01"])
        #expect(dataset.totals.map(\.value) == ["11177", "9400321"])
        let amount = try #require(dataset.checks.first { $0.id == "sum-amount" })
        #expect(amount.result == .mismatch && amount.expected == "9400321" && amount.actual == "9400319")
        #expect(amount.explanation?.isEmpty == false)
    }

    @Test func homelessEndPointsAndTheStatedDeclines() throws {
        let dataset = try Files003.declaration("shakai-homeless-shisaku-betsu").read(Files003.document())
        #expect(dataset.rows == [["2003-01", "平成15年1月", "21887", "3409"], ["2009-01", "平成21年1月", "12631", "3128"]])
        #expect(dataset.checks.map(\.result) == [.pass, .pass])
        #expect(dataset.checks.map(\.actual) == ["42.3", "8.2"])
    }

    @Test func aDeclineThatDisagreesWithTheProseMismatches() throws {
        let lines = try Files003.document().lines.map {
            $0.replacingOccurrences(of: "実施自治体：42%減", with: "実施自治体：40%減")
                .replacingOccurrences(of: "実施自治体:42%減", with: "実施自治体:40%減")
        }
        let dataset = try Files003.declaration("shakai-homeless-shisaku-betsu").read(SourceText(path: "d.md", text: lines.joined(separator: "\n")))
        #expect(dataset.checks.first { $0.id == "decline-implementing" }?.result == .mismatch)
    }

    @Test func contractHistoryPairsCountsWithShares() throws {
        let (dataset, users) = try Shakai2010.ContractHistory.read(
            Files003.document(), shell: Files003.shell(Shakai2010.ContractHistory.id))
        #expect(dataset.rows.count == 3)
        #expect(dataset.rows[2].prefix(8) == ["2009-04", "平成21年4月～11月", "3768", "904", "1140", "366", "6178", "2432"])
        #expect(dataset.rows[0].suffix(5) == ["64", "14.1", "16.2", "5.8", "35.6"])
        #expect(dataset.checks.map(\.result) == [.pass, .pass])
        #expect(users?.last?.isNone == true)
    }

    /// 計 = the four groups is checked by the one check builder: a row that does not add up is
    /// named with both figures, the other rows still counted.
    @Test func aContractRowWhoseGroupsDoNotAddUpIsNamed() throws {
        let lines = try Files003.document().lines.map { $0.replacingOccurrences(of: "| 5,488 ", with: "| 5,489 ") }
        let (dataset, _) = try Shakai2010.ContractHistory.read(
            SourceText(path: "d.md", text: lines.joined(separator: "\n")), shell: Files003.shell(Shakai2010.ContractHistory.id))
        let total = try #require(dataset.checks.first { $0.id.hasPrefix("total-is-groups") })
        #expect(total.id == "total-is-groups-1" && total.result == .mismatch && total.rows == ["1"])
        #expect(total.expected == "8580" && total.actual == "8581")
    }

    @Test func crossChecksAllPass() throws {
        for id in [
            "shakai-sogo-shien-shikin-monthly", "shakai-homeless-shisaku-betsu", "shakai-nichijo-jiritsu-keiyaku-suii",
            "shakai-seikatsu-fukushi-shikin-h20", "shakai-seikatsu-fukushi-shikin-suii",
        ] {
            let dataset = try #require(try Files003.datasets()[id])
            let cross = dataset.checks.filter { $0.kind == .crossDataset }
            #expect(!cross.isEmpty, "\(id)")
            #expect(cross.allSatisfy { $0.result == .pass }, "\(id)")
        }
    }

    @Test func budgetItemsWithPartsAndDifferences() throws {
        let dataset = try Shakai2010.Budget.read(Files003.document(), shell: Files003.shell(Shakai2010.Budget.id))
        #expect(dataset.rows.count == 9)
        #expect(dataset.rows[2].prefix(7) == ["3", "3", "", "地方改善事業関係", "6713308", "6138435", "-574873"])
        #expect(dataset.rows[3].prefix(4) == ["4", "(1)", "3", "地方改善施設整備費"])
        #expect(dataset.rows[0][4...6] == ["", "", ""])
        #expect(dataset.rows[0][7].hasPrefix("予算額欄：「セーフティネット支援対策等"))
        #expect(allPass(dataset.checks))
        #expect(dataset.totals.map(\.value) == ["6871572", "6317775", "-553797"])
    }

    @Test func aWrongDifferenceIsReported() throws {
        let lines = try Files003.document().lines.map { $0.replacingOccurrences(of: "▲ 22,712", with: "▲ 22,721") }
        let dataset = try Shakai2010.Budget.read(
            SourceText(path: "d.md", text: lines.joined(separator: "\n")), shell: Files003.shell(Shakai2010.Budget.id))
        let difference = try #require(dataset.checks.first { $0.id == "difference" })
        #expect(difference.result == .mismatch)
        #expect(difference.rows == ["6"])
        #expect(dataset.checks.first { $0.id == "sum-difference" }?.result == .mismatch)
    }

    @Test func homelessProgrammeCountsAgreeWithTheProse() throws {
        let dataset = try #require(try Files003.datasets()["shakai-homeless-taisaku-jichitai"])
        #expect(dataset.rows == [["2008", "平成20年度", "33", "3"], ["2009", "平成21年度", "50", "28"]])
        #expect(dataset.checks.map(\.result) == [.pass])
    }

    @Test func modelMunicipalitiesAreAllInTheMunicipalList() throws {
        let dataset = try #require(try Files003.datasets()["shakai-anshin-seikatsu-shichoson"])
        let check = try #require(dataset.checks.first { $0.id == "listed-as-municipalities" })
        #expect(check.result == .pass && check.actual == "47")
    }

    @Test func aCrossCheckRecordsADisagreement() {
        var dataset = Dataset(id: "a", title: "a", shape: .series, source: DatasetSource(document: "d", lines: SourceLines(first: 1, last: 1)))
        DeclaredValueCheck.record(in: &dataset, id: "x", title: "x", stated: "10", other: "11", columns: [])
        DeclaredValueCheck.record(in: &dataset, id: "y", title: "y", stated: "10", other: nil, columns: [])
        #expect(dataset.checks.map(\.result) == [.mismatch, .notCheckable])
    }
}
