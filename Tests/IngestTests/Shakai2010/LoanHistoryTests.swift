import Content
import Foundation
@testable import Ingest
import Testing

@Suite struct LoanHistoryTests {
    static func read(_ source: SourceText) throws -> Dataset {
        try Shakai2010.LoanHistory.read(source, shell: Files003.shell(Shakai2010.LoanHistory.id))
    }

    @Test func countRowsAboveAmountRowsMakeOneYear() throws {
        let dataset = try Self.read(Files003.fixture("loan-history.md"))
        #expect(dataset.rows.count == 30)
        #expect(dataset.rows.first == ["1955", "昭和30年度", "5601", "187095"])
        #expect(dataset.rows[1] == ["1960", "昭和35年度", "28301", "1123643"])
        #expect(dataset.rows[10] == ["1989", "平成元年度", "19939", "17763681"])
        #expect(dataset.rows.last == ["2008", "平成20年度", "14865", "14562002"])
        #expect(dataset.rows.map { $0[0] } == ["1955", "1960", "1965", "1970", "1975", "1980", "1985", "1986", "1987", "1988"]
            + (1989...2008).map(String.init))
    }

    @Test func theLastYearsContinuationRowsCompleteItsBreakdown() throws {
        let dataset = try Self.read(Files003.fixture("loan-history.md"))
        let check = try #require(dataset.checks.first { $0.id == "last-year-continuation" })
        #expect(check.result == .pass)
        #expect(check.actual == "14562002")
    }

    @Test func theBreakdownIsRecordedAsNotReconciling() throws {
        let dataset = try Self.read(Files003.fixture("loan-history.md"))
        let amounts = try #require(dataset.checks.first { $0.id == "breakdown-amounts" })
        #expect(amounts.result == .mismatch)
        #expect(amounts.actual == "4")
        #expect(!amounts.rows.contains("1") && amounts.rows.contains("4"))
        let counts = try #require(dataset.checks.first { $0.id == "breakdown-counts" })
        #expect(counts.actual == "6")
    }

    @Test func aShiftedCopyReadsTheSame() throws {
        let source = try Files003.fixture("loan-history.md")
        let plain = try Self.read(source)
        let shifted = try Self.read(Files003.shifted(source, by: 5))
        #expect(plain.rows == shifted.rows)
        #expect(shifted.source.lines.first == plain.source.lines.first + 5)
    }

    @Test func anAmountRowWithoutItsCountRowIsAnError() throws {
        let source = try Files003.fixture("loan-history.md")
        var lines = source.lines
        let index = try #require(lines.firstIndex { $0.contains("(17,119)") })
        lines.remove(at: index)
        let broken = SourceText(path: "h.md", text: lines.joined(separator: "\n"))
        #expect(throws: SourceText(path: "h.md", lines: []).error(at: index + 1, "no count row (in brackets) above the amounts of 昭和35年度")) {
            try Self.read(broken)
        }
    }

    @Test func yearsOutOfOrderAreAnError() throws {
        let source = try Files003.fixture("loan-history.md")
        let lines = source.lines.map { $0.hasPrefix("| 45 ") ? "| 35 " + $0.dropFirst(5) : $0 }
        let broken = SourceText(path: "h.md", text: lines.joined(separator: "\n"))
        #expect(throws: ContentError.self) { try Self.read(broken) }
    }
}
