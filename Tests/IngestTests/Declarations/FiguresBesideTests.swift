import Content
import Foundation
import Japanese
@testable import Ingest
import Testing

/// A numbered text-rows table (47 prefectures and 20 cities, a label-less totals line) with two
/// figures printed between it and its caption: `skip_lines`, `header_above`, `row_count` and
/// `total_plus_line`.
@Suite struct FiguresBesideTests {
    static let yaml = """
        tables:
          - id: doc-training
            title: 研修修了者数
            description: 都道府県・指定都市別の研修修了者数。
            caption: 研修実施状況調べ
            caption_position: after
            skip_lines: [団体研修分, 合計]
            header_above: page
            layout: text-rows
            label_column: 1
            unlabelled_row: 合計
            rows: prefectures-and-cities
            as_of: {iso: "2018", wareki: 平成30年度}
            columns:
              - {source: 2, key: done, title: 修了者数, unit: 人}
            checks:
              - column_sum: done
              - total_plus_line: done
                line: 団体研修分
                equals_line: 合計
                id: with-group
                title: 累計＋団体研修分＝記載の合計
              - {row_count: 67, title: 47都道府県と20指定都市の行がある}
        """

    /// Every place trains 2 people (134 in all); the page adds `group` and states `grand`.
    static func source(group: Int = 6, grand: Int = 140, cell: String = "2") -> SourceText {
        let places = Prefecture.all.map(\.name) + DesignatedCity.all.map(\.name)
        let rows = places.enumerated().map { "\($0.offset + 1) \($0.element.map(String.init).joined(separator: " ")) \($0.offset == 1 ? cell : "2")" }
        let lines = ["前の表の行", " 修了者数", "（単位：人）"] + rows.flatMap { [$0, ""] }
            + ["134", "", "団体研修分（～30） \(group)", "", "合計 \(grand)", "", "合 計", "", "平成30年度 研修実施状況調べ", "次の節"]
        return SourceText(path: "doc.txt", text: lines.joined(separator: "\n"))
    }

    func table(_ yaml: String = yaml) throws -> TableDeclaration {
        try firstDeclaration(yaml)
    }

    @Test func readsPastTheFiguresBesideTheTableAndChecksThem() throws {
        let dataset = try table().read(Self.source())
        #expect(dataset.rows.count == 67)
        #expect(dataset.source.lines.first == 2)
        #expect(dataset.checks.map(\.id) == ["sum-done", "with-group", "count-rows"])
        #expect(dataset.checks.map(\.result) == [.pass, .pass, .pass])
        #expect(dataset.checks[1].expected == "140")
    }

    @Test func aStatedSumThatDisagreesIsAMismatch() throws {
        let check = try table().read(Self.source(grand: 141)).checks[1]
        #expect(check.result == .mismatch && check.expected == "141" && check.actual == "140")
    }

    @Test func aMissingFigureMakesTheCheckNotCheckable() throws {
        let yaml = Self.yaml.replacingOccurrences(of: "line: 団体研修分", with: "line: 個人研修分")
        #expect(try table(yaml).read(Self.source()).checks[1].result == .notCheckable)
    }

    @Test func aNonNumberCellIsAnErrorAtItsLine() throws {
        let source = Self.source(cell: "2x")
        let line = try #require(source.firstLine(containing: "2 青 森 県"))
        #expect {
            try table().read(source)
        } throws: { error in
            (error as? ContentError)?.line == line
        }
    }

    @Test func anUnknownHeaderAboveNamesItsLine() throws {
        let broken = Self.yaml.replacingOccurrences(of: "header_above: page", with: "header_above: caption")
        #expect {
            try table(broken)
        } throws: { error in
            (error as? ContentError).map { $0.line == 8 && $0.file == "doc.tables.yaml" } ?? false
        }
    }
}
