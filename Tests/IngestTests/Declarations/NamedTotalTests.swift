import Content
import Foundation
import Japanese
@testable import Ingest
import Testing

/// `named_totals:` and checks against them (`total:`): a text-groups table whose prefectures' and
/// cities' counts are groups of their own on its first line, with a ○/－ mark column.
@Suite struct NamedTotalTests {
    static let yaml = """
        tables:
          - id: doc-coordinators
            title: 設置状況
            description: 都道府県・指定都市ごとの設置と人員。
            caption: 表6 設置状況
            layout: text-groups
            rows: prefectures-and-cities
            named_totals:
              - {label: 都道府県, rows: prefectures}
              - {label: 指定都市, rows: cities}
            columns:
              - {source: 1, key: established, title: 設置, type: mark}
              - {source: 2, key: people, title: 人員, unit: 人}
            checks:
              - {column_sum: people, total: 都道府県, id: sum-prefectures, title: 都道府県の人員の合計}
              - {mark_count: established, total: 指定都市, id: count-cities, title: 設置済みの指定都市の数}
        """

    /// Every prefecture ○ 2, 札幌市 ○ 1 and 仙台市 － －; the summaries first, as R6 prints them.
    static func source(prefectureTotal: String = "94") -> SourceText {
        let groups = Prefecture.all.map { "\($0.name) ○ 2" } + ["札幌市 ○ 1", "仙台市 － －"]
        let rows = stride(from: 0, to: groups.count, by: 3).map { groups[$0..<min($0 + 3, groups.count)].joined(separator: " ") }
        let lines = ["表6 設置状況", "設置 人員 設置 人員", "都道府県 47 \(prefectureTotal) 指定都市 1 1"] + rows + ["次の節"]
        return SourceText(path: "doc.txt", text: lines.joined(separator: "\n"))
    }

    @Test func namedRowsAreTotalsOfTheirRowsAndCheckedOverThemOnly() throws {
        let dataset = try firstDeclaration(Self.yaml).read(Self.source())
        #expect(dataset.rows.count == 49)
        #expect(dataset.rows.first { $0[2] == "仙台市" }.map { Array($0[3...]) } == ["－", "-"])
        // The count of ○ under 設置 is checked, not written as a total.
        #expect(dataset.totals.map { "\($0.label) \($0.column) \($0.value)" } == ["都道府県 people 94", "指定都市 people 1"])
        #expect(dataset.checks.map(\.id) == ["sum-prefectures", "count-cities"])
        #expect(dataset.checks.map(\.result) == [.pass, .pass])
        #expect(dataset.checks[1].expected == "1" && dataset.checks[1].actual == "1")
    }

    @Test func aWrongNamedTotalIsAMismatch() throws {
        let dataset = try firstDeclaration(Self.yaml).read(Self.source(prefectureTotal: "95"))
        #expect(dataset.checks[0].result == .mismatch)
        #expect(dataset.checks[0].expected == "95" && dataset.checks[0].actual == "94")
    }

    @Test func aNamedTotalTheTableDoesNotPrintIsAnErrorAtItsLine() throws {
        let source = SourceText(path: "doc.txt", text: Self.source().lines.joined(separator: "\n").replacingOccurrences(of: "指定都市 1 1", with: "市町村 1 1"))
        let error = try #require(throws: ContentError.self) { try firstDeclaration(Self.yaml).read(source) }
        #expect(error.file == "doc.tables.yaml" && error.line == 10)
    }

    @Test func aCheckNamingNoDeclaredTotalIsAnErrorAtItsLine() throws {
        let broken = Self.yaml.replacingOccurrences(of: "total: 指定都市, id", with: "total: 全国, id")
        let error = try #require(throws: ContentError.self) { try firstDeclaration(broken) }
        #expect(error.line == 16 && error.problem.contains("全国"))
    }

    @Test func anUnknownRowsValueOrKeyIsAnErrorAtItsLine() throws {
        let rows = Self.yaml.replacingOccurrences(of: "rows: cities}", with: "rows: towns}")
        #expect(try #require(throws: ContentError.self) { try firstDeclaration(rows) }.line == 10)
        let key = Self.yaml.replacingOccurrences(of: "rows: cities}", with: "rows: cities, scope: x}")
        #expect(try #require(throws: ContentError.self) { try firstDeclaration(key) }.line == 10)
    }

    @Test func namedTotalsBelongToPerPrefectureTablesOnly() throws {
        let series = Self.yaml.replacingOccurrences(of: "rows: prefectures-and-cities", with: "rows: years")
        let error = try #require(throws: ContentError.self) { try firstDeclaration(series) }
        #expect(error.line == 9, "\(error)")  // the first entry under named_totals:
    }
}
