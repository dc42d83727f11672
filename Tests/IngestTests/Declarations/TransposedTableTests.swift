import Content
import Foundation
@testable import Ingest
import Testing

/// A pipe table printed across, found by one of its row labels, its counts written with their
/// unit, and prose that restates one row: `table_with_row`, `transposed`, `text_states`.
@Suite struct TransposedTableTests {
    static let yaml = """
        tables:
          - id: doc-programmes
            title: 実施自治体数
            description: 年度別の実施自治体数。
            table_with_row: 対策実施自治体
            transposed: true
            rows: years
            row_label: {key: fiscal_year, title: 年度}
            columns:
              - {source: 1, key: programmes, title: 対策実施自治体, unit: 自治体}
              - {source: 2, key: shelters, title: 宿泊事業実施自治体, unit: 自治体}
            checks:
              - text_states: shelters
                line_containing: 21年度は
                pattern: '20年度は\\s*([0-9]+)自治体、21年度は\\s*([0-9]+)自治体'
                id: matches-prose
                title: 宿泊事業の実施自治体数が本文と一致する
        """

    static func source(prose: String = "宿泊事業は20年度は 3自治体、21年度は 28自治体となった。") -> SourceText {
        let lines = [
            "# 施策", prose, "", "| | 平成20年度 | 平成21年度 |", "|---|---|---|",
            "| 対策実施自治体 | 33自治体 | 50自治体 |", "| 宿泊事業<br>実施自治体 | 3自治体 | 28自治体 |", "",
        ]
        return SourceText(path: "doc.md", text: lines.joined(separator: "\n"))
    }

    func table() throws -> TableDeclaration {
        try firstDeclaration(Self.yaml)
    }

    @Test func readsTheYearsAcrossWithoutTheUnit() throws {
        let dataset = try table().read(Self.source())
        #expect(dataset.rows == [["2008", "平成20年度", "33", "3"], ["2009", "平成21年度", "50", "28"]])
        #expect(dataset.source.lines.first == 4 && dataset.source.lines.last == 7)
        #expect(dataset.checks.map(\.result) == [.pass])
    }

    @Test func proseThatDisagreesIsAMismatch() throws {
        let check = try #require(try table().read(Self.source(prose: "20年度は 3自治体、21年度は 29自治体。")).checks.first)
        #expect(check.result == .mismatch && check.expected == "3/29" && check.actual == "3/28")
    }

    @Test func proseThatIsGoneMakesTheCheckNotCheckable() throws {
        #expect(try table().read(Self.source(prose: "本文なし")).checks.first?.result == .notCheckable)
    }

    @Test func aRowLabelThatIsNotThereNamesTheDeclaration() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "table_with_row: 対策実施自治体", with: "table_with_row: 対策未実施自治体")
        let declared = try firstDeclaration(yaml)
        #expect {
            try declared.read(Self.source())
        } throws: { error in
            (error as? ContentError).map { $0.file == "doc.tables.yaml" && $0.line == 2 } ?? false
        }
    }

    static let surveys = """
        tables:
          - id: doc-surveys
            title: 調査別の人数
            description: 二つの調査の人数。
            table_with_row: 実施自治体の人数
            transposed: true
            rows: years
            row_label: {key: survey, title: 調査}
            months_from: 人数推移(
            columns:
              - {source: 1, key: people, title: 実施自治体の人数, unit: 人}
            checks:
              - text_change: people
                line_containing: 減少率
                pattern: '減少率[：:]\\s*([0-9]+)%'
                id: decline
                title: 減少率が本文の「{stated}%」と一致する
        """

    @Test func surveyYearsTakeTheirMonthsAndTheDeclineIsChecked() throws {
        let text = ["人数の減少率：42%", "", "| | 平成15年調査 | 平成21年調査 |", "|---|---|---|", "| 実施自治体の人数 | 21,887人 | 12,631人 |", "", "図 人数推移(H15.1→H21.1)"]
        let table = try firstDeclaration(Self.surveys, file: "d.yaml", document: "d")
        let dataset = try table.read(SourceText(path: "d.md", text: text.joined(separator: "\n")))
        #expect(dataset.rows == [["2003-01", "平成15年1月", "21887"], ["2009-01", "平成21年1月", "12631"]])
        let check = try #require(dataset.checks.first)
        #expect(check.result == .pass && check.actual == "42.3" && check.title == "減少率が本文の「42%」と一致する")
        let wrong = try table.read(SourceText(path: "d.md", text: text.joined(separator: "\n").replacingOccurrences(of: "42%", with: "40%")))
        #expect(wrong.checks.first?.result == .mismatch)
    }
}
