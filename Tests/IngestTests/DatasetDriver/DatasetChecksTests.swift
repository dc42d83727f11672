import Content
import Foundation
import Ingest
import Testing

/// One passing and one failing case for each kind of check.
@Suite struct DatasetChecksTests {
    func table(_ rows: [[String]], totals: [String: String] = [:]) -> Dataset {
        Dataset(
            id: "demo", title: "demo", shape: .list, source: DatasetSource(document: "d", lines: SourceLines(first: 1, last: 1)),
            columns: [
                DatasetColumn(key: "name", title: "名称", type: .text),
                DatasetColumn(key: "a", title: "A", type: .integer),
                DatasetColumn(key: "b", title: "B", type: .integer),
                DatasetColumn(key: "total", title: "計", type: .integer),
                DatasetColumn(key: "rate", title: "率", type: .percent),
            ],
            rows: rows, totals: totals.sorted { $0.key < $1.key }.map { StatedTotal(column: $0.key, label: "合計", value: $0.value) })
    }

    @Test func columnSum() {
        let good = table([["x", "1", "2", "3", "33.3"], ["y", "4", "-", "4", "100.0"]], totals: ["a": "5"])
        let pass = DatasetChecks.columnSum(good, column: "a")
        #expect(pass.result == .pass && pass.expected == "5" && pass.actual == "5")
        let bad = table(good.rows, totals: ["a": "6"])
        let mismatch = DatasetChecks.columnSum(bad, column: "a")
        #expect(mismatch.result == .mismatch && mismatch.expected == "6" && mismatch.actual == "5")
        #expect(DatasetChecks.columnSum(good, column: "b").result == .notCheckable)
        let blank = table([["x", "", "2", "3", "1"]], totals: ["a": "1"])
        #expect(DatasetChecks.columnSum(blank, column: "a").result == .notCheckable)
    }

    @Test func rowIdentity() throws {
        let good = table([["x", "1", "2", "3", ""], ["y", "4", "-", "4", ""]])
        let pass = DatasetChecks.rowIdentity(good, id: "i", title: "計＝A＋B", result: "total", plus: ["a", "b"])
        #expect(pass.map(\.result) == [.pass] && pass.first?.actual == "2行すべて一致")
        let bad = table([["x", "1", "2", "3", ""], ["y", "4", "1", "4", ""]])
        let mismatches = DatasetChecks.rowIdentity(bad, id: "i", title: "計＝A＋B", result: "total", plus: ["a", "b"])
        let mismatch = try #require(mismatches.first)
        #expect(mismatches.count == 1 && mismatch.id == "i-2")
        #expect(mismatch.result == .mismatch && mismatch.rows == ["2"] && mismatch.expected == "4" && mismatch.actual == "5")
    }

    @Test func differenceColumn() {
        let good = table([["x", "10", "4", "6", ""]])
        #expect(DatasetChecks.rowIdentity(good, id: "d", title: "計＝A−B", result: "total", plus: ["a"], minus: ["b"]).map(\.result) == [.pass])
        let bad = table([["x", "10", "4", "7", ""]])
        #expect(DatasetChecks.rowIdentity(bad, id: "d", title: "計＝A−B", result: "total", plus: ["a"], minus: ["b"]).map(\.result) == [.mismatch])
    }

    @Test func rate() {
        let good = table([["x", "1", "2", "3", "33.3"]])
        #expect(DatasetChecks.rate(good, id: "r", title: "率", rate: "rate", numerator: "a", denominator: ["total"], decimals: 1).result == .pass)
        let bad = table([["x", "1", "2", "3", "33.4"]])
        let mismatch = DatasetChecks.rate(bad, id: "r", title: "率", rate: "rate", numerator: "a", denominator: ["total"], decimals: 1)
        #expect(mismatch.result == .mismatch && mismatch.rows == ["1"])
    }

    @Test func count() {
        #expect(DatasetChecks.count(id: "c", title: "47行", expected: 47, actual: 47).result == .pass)
        let mismatch = DatasetChecks.count(id: "c", title: "47行", expected: 47, actual: 46)
        #expect(mismatch.result == .mismatch && mismatch.expected == "47" && mismatch.actual == "46")
    }

    @Test func notCheckableCarriesItsReason() {
        let check = DatasetChecks.notCheckable(id: "n", kind: .columnSum, title: "列合計", reason: "列の位置が失われた")
        #expect(check.result == .notCheckable && check.explanation == "列の位置が失われた")
    }

    @Test func crossCheckWithAMissingDatasetIsNotCheckable() {
        var datasets = [table([["x", "1", "2", "3", ""]])]
        let ran = datasets.recordMissing(["demo", "other"], in: "件数が一致する", id: "vs-other")
        #expect(!ran)
        #expect(datasets[0].checks.map(\.result) == [.notCheckable])
        #expect(datasets[0].checks.first?.explanation?.contains("other") == true)
        var both = [table([]), { var d = table([]); d.id = "other"; return d }()]
        let bothRan = both.recordMissing(["demo", "other"], in: "件数が一致する", id: "vs-other")
        #expect(bothRan)
        #expect(both.allSatisfy { $0.checks.isEmpty })
    }
}
