import Content
import Foundation
@testable import Ingest
import Testing

/// `agrees_with` and `list_count` compare a declared table with another dataset, prefecture by
/// prefecture, once every dataset is read.
@Suite struct DeclaredCrossCheckTests {
    static func prefectures(_ id: String, _ values: [String]) -> Dataset {
        Dataset(
            id: id, title: id, description: "", shape: .prefectures,
            source: DatasetSource(document: "doc", lines: SourceLines(first: 1, last: 1)), asOf: nil,
            columns: [
                DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
                DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
                DatasetColumn(key: "n", title: "数", type: .integer),
            ],
            rows: values.enumerated().map { [String(format: "%02d", $0.offset + 1), "県\($0.offset + 1)", $0.element] },
            totals: [], notes: [], checks: [], charts: [])
    }

    static func list(_ codes: [String]) -> Dataset {
        Dataset(
            id: "list", title: "一覧", description: "", shape: .list,
            source: DatasetSource(document: "doc", lines: SourceLines(first: 1, last: 1)), asOf: nil,
            columns: [DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture), DatasetColumn(key: "name", title: "名称", type: .text)],
            rows: codes.map { [$0, "施設"] }, totals: [], notes: [], checks: [], charts: [])
    }

    @Test func agreementPassesAndADifferenceNamesItsRow() {
        var datasets = [Self.prefectures("a", ["1", "2", "3"]), Self.prefectures("b", ["1", "5", "3"])]
        DeclaredCrossCheck(table: "a", check: .agreesWith(column: "n", dataset: "b", otherColumn: "n", explanation: "理由"))
            .apply(to: &datasets)
        let check = datasets[0].checks.first
        #expect(check?.result == .mismatch)
        #expect(check?.rows == ["02"])
        #expect(check?.expected == "2" && check?.actual == "5")
        #expect(check?.explanation == "理由")
        var same = [Self.prefectures("a", ["1", "2"]), Self.prefectures("b", ["1", "2"])]
        DeclaredCrossCheck(table: "a", check: .agreesWith(column: "n", dataset: "b", otherColumn: "n", explanation: "理由"))
            .apply(to: &same)
        #expect(same[0].checks.map(\.result) == [.pass])
        #expect(same[0].checks.first?.explanation == nil)
    }

    @Test func listRowsAreCountedPerPrefecture() {
        var datasets = [Self.prefectures("a", ["2", "1", "1"]), Self.list(["01", "01", "03"])]
        DeclaredCrossCheck(table: "a", check: .listCount(column: "n", dataset: "list", explanation: "理由")).apply(to: &datasets)
        #expect(datasets[0].checks.map(\.result) == [.mismatch])
        #expect(datasets[0].checks.first?.rows == ["02"])
        #expect(datasets[0].checks.first?.explanation == "理由 県2: 表 1、一覧 0")
        #expect(datasets[0].checks.first?.expected == "4" && datasets[0].checks.first?.actual == "3")
        // A prefecture that states 0 and has no list rows agrees.
        var agreeing = [Self.prefectures("a", ["2", "1", "0"]), Self.list(["01", "01", "02"])]
        DeclaredCrossCheck(table: "a", check: .listCount(column: "n", dataset: "list", explanation: nil)).apply(to: &agreeing)
        #expect(agreeing[0].checks.map(\.result) == [.pass])
    }

    @Test func aMissingDatasetIsNotCheckable() {
        var datasets = [Self.prefectures("a", ["1"])]
        DeclaredCrossCheck(table: "a", check: .listCount(column: "n", dataset: "absent", explanation: nil)).apply(to: &datasets)
        #expect(datasets[0].checks.map(\.result) == [.notCheckable])
    }

    /// `value:` … `equals:`: a row's cell against another dataset's stated total, and back.
    @Test func oneFigurePrintedInTwoTablesMustAgree() throws {
        var table = Self.prefectures("a", ["1", "2", "3"])
        table.totals = [StatedTotal(column: "n", label: "計", value: "6")]
        let series = Self.prefectures("b", ["6", "7"])
        let cellOfRow02 = DeclaredValueCheck.Figure(dataset: nil, column: "n", row: .init(column: "code", value: "02"))
        var datasets = [series, table]
        DeclaredCrossCheck(table: "b", check: .valueAgrees(DeclaredValueCheck(
            id: "row-02", title: "t", mine: cellOfRow02, other: .init(dataset: "a", column: "n", row: nil)))).apply(to: &datasets)
        let mismatch = try #require(datasets[0].checks.first)
        #expect(mismatch.result == .mismatch && mismatch.expected == "7" && mismatch.actual == "6" && mismatch.rows == ["2"])
        DeclaredCrossCheck(table: "a", check: .valueAgrees(DeclaredValueCheck(
            id: "total", title: "t", mine: .init(dataset: nil, column: "n", row: nil),
            other: .init(dataset: "b", column: "n", row: .init(column: "code", value: "01"))))).apply(to: &datasets)
        #expect(datasets[1].checks.map(\.result) == [.pass])
        DeclaredCrossCheck(table: "a", check: .valueAgrees(DeclaredValueCheck(
            id: "absent", title: "t", mine: .init(dataset: nil, column: "n", row: nil),
            other: .init(dataset: "absent", column: "n", row: nil)))).apply(to: &datasets)
        #expect(datasets[1].checks.last?.result == .notCheckable)
    }

    static let summedYaml = """
        tables:
          - id: a
            title: 男女別
            description: 調査ごとの男女別の数。
            caption: 表
            rows: years
            columns:
              - {source: 1, key: m, title: 男}
              - {source: 2, key: f, title: 女}
            checks:
              - value: [m, f]
                row: {year: "2009"}
                equals: {dataset: b, total: n}
                expected: equals
                id: sum-matches-b
                title: 男女の合計がbの合計と一致する
        """

    /// `value: [m, f]` adds a row's cells; `expected: equals` makes the other table's total the stated figure.
    @Test func summedCellsAgainstAnotherTablesTotalWithItAsExpected() throws {
        let check = try #require(try firstDeclaration(Self.summedYaml).checks.first)
        var mine = Self.list([])
        mine.id = "a"
        mine.columns = [DatasetColumn(key: "year", title: "年", type: .date), DatasetColumn(key: "m", title: "男", type: .integer),
                        DatasetColumn(key: "f", title: "女", type: .integer)]
        mine.rows = [["2008", "1", "1"], ["2009", "4", "2"]]
        var other = Self.prefectures("b", ["1"])
        other.totals = [StatedTotal(column: "n", label: "計", value: "7")]
        var datasets = [mine, other]
        DeclaredCrossCheck(table: "a", check: check).apply(to: &datasets)
        let result = try #require(datasets[0].checks.first)
        #expect(result.result == .mismatch && result.expected == "7" && result.actual == "6")
        #expect(result.rows == ["2"] && result.columns == ["m", "f"])
    }

    @Test func anUnknownOrientationOrSummedColumnIsAnErrorAtItsLine() throws {
        let orientation = Self.summedYaml.replacingOccurrences(of: "expected: equals", with: "expected: other")
        #expect(try #require(throws: ContentError.self) { try firstDeclaration(orientation) }.line == 14)
        let column = Self.summedYaml.replacingOccurrences(of: "value: [m, f]", with: "value: [m, x]")
        #expect(try #require(throws: ContentError.self) { try firstDeclaration(column) }.problem.contains("`x`"))
    }
}
