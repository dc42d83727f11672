import Content
import Foundation
import Japanese
@testable import Ingest
import Testing

/// A declared table of PDF text: two prefectures per line, the caption under the data, a rate check.
@Suite struct TextDeclarationTests {
    static let yaml = """
        tables:
          - id: doc-rates
            title: 作成率
            description: 都道府県別の作成済数と作成率。
            caption: 表2 作成状況
            caption_position: after
            layout: text-groups
            as_of: {line_containing: 調査, lines_above: 30}
            columns:
              - {source: 1, key: done, title: 作成済, unit: 市町村}
              - {source: 2, key: all, title: 市町村数, unit: 市町村}
              - {source: 3, key: rate, title: 作成率, type: percent, unit: "%"}
            checks:
              - column_sum: done
              - rate: rate
                numerator: done
                denominator: [all]
                decimals: 1
                id: rate-rows
                title: 作成率＝作成済÷市町村数
        """

    /// 47 prefectures two per line, every rate 50.0% except `wrongRate` for 北海道, 計 last.
    static func source(wrongRate: String = "50.0%") -> SourceText {
        let groups = Prefecture.all.map { "\($0.name) 1 2 \($0.code == 1 ? wrongRate : "50.0%")" } + ["計 47 94 50.0%"]
        let rows = stride(from: 0, to: groups.count, by: 2).map { groups[$0..<min($0 + 2, groups.count)].joined(separator: " ") }
        let lines = ["○ 2018（平成30年度）作成状況調査", "都道府県 作成済 市町村数 作成率"] + rows.flatMap { [$0, ""] } + ["※調べ", "表2 作成状況", "次の節"]
        return SourceText(path: "doc.txt", text: lines.joined(separator: "\n"))
    }

    func table() throws -> TableDeclaration {
        let tables = try TableDeclarationFile.declarations(yaml: Self.yaml, file: "doc.tables.yaml", document: "doc")
        return try #require(tables.first)
    }

    @Test func readsGroupsAboveTheCaptionWithTheDateFromTheHeading() throws {
        let dataset = try table().read(Self.source())
        #expect(dataset.rows.count == 47)
        #expect(dataset.rows[1] == ["02", "青森県", "1", "2", "50"])
        #expect(dataset.asOf?.wareki == "平成30年度")
        #expect(dataset.source.lines.first == 1 && dataset.source.lines.last == 52)
        #expect(dataset.checks.map(\.result) == [.pass, .pass])
    }

    @Test func aWrongRateIsAMismatchOnItsRow() throws {
        let dataset = try table().read(Self.source(wrongRate: "60.0%"))
        let rate = try #require(dataset.checks.first { $0.id == "rate-rows" })
        #expect(rate.result == .mismatch)
        #expect(rate.rows == ["01"])
    }

    @Test func anUnknownCaptionPositionNamesItsLine() throws {
        let broken = Self.yaml.replacingOccurrences(of: "caption_position: after", with: "caption_position: below")
        #expect {
            try TableDeclarationFile.declarations(yaml: broken, file: "doc.tables.yaml", document: "doc")
        } throws: { error in
            (error as? ContentError).map { $0.line == 6 && $0.file == "doc.tables.yaml" } ?? false
        }
    }
}
