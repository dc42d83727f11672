import Content
import Foundation
import Japanese
@testable import Ingest
import Testing

/// A chart whose labels and numbers the conversion scattered, declared row by row (`figures:`):
/// every figure must be printed near the caption, a row printed on one line is read from it.
@Suite struct FigureDeclarationTests {
    static func yaml(_ rows: [String], within: Int = 12, extra: String = "") -> String {
        """
        tables:
          - id: doc-by-year
            title: 年度別の人数
            description: 年度別の人数と回数。
            caption: 年度別の人数・回数
            rows: years
            columns:
              - {source: 1, key: people, title: 人数, unit: 人}
              - {source: 2, key: sessions, title: 回数, unit: 回}
            figures_within: \(within)
        \(extra)    figures:
        \(rows.map { "      - \"\($0)\"" }.joined(separator: "\n"))
            checks:
              - column_sum: people
              - column_sum: sessions
        """
    }

    /// 平成30年度 printed away from its numbers; the total also printed above the caption.
    static let source = SourceText(path: "doc.txt", text: [
        "総数 10,000人", "", "年度別の人数・回数", "", "２９年度 4,000 120", "", "6,000", "", "３０年度", "",
        "1,000 60", "", "合　　計 10,000", "180", "次の表",
    ].joined(separator: "\n"))

    func read(_ rows: [String], within: Int = 12) throws -> Dataset {
        let tables = try TableDeclarationFile.declarations(yaml: Self.yaml(rows, within: within), file: "doc.tables.yaml", document: "doc")
        return try #require(tables.first).read(Self.source)
    }

    @Test func rowsAreReadFromTheLinesThatPrintThem() throws {
        let dataset = try read(["平成29年度 | 4,000 | 120", "平成30年度 | 6,000 | ", "合計 | 10,000 | 180"])
        #expect(dataset.rows == [["2017", "平成29年度", "4000", "120"], ["2018", "平成30年度", "6000", ""]])
        #expect(dataset.totals.map(\.value) == ["10000", "180"])
        // The total is the one under the caption (line 13), not the one above it (line 1).
        #expect(dataset.totals.first?.lines?.first == 13)
        #expect(dataset.source.lines.first == 3 && dataset.source.lines.last == 14)
        #expect(dataset.checks.map(\.result) == [.pass, .notCheckable])
    }

    /// Figures quoted from running text stand for their caption line only, so the section keeps the text.
    @Test func quotedFiguresTakeOnlyTheirCaptionLine() throws {
        let yaml = Self.yaml(["平成29年度 | 4,000 | 120", "合計 | 10,000 | 180"], extra: "    source_lines: caption\n")
        let table = try firstDeclaration(yaml)
        let dataset = try table.read(Self.source)
        #expect(dataset.source.lines.first == 3 && dataset.source.lines.last == 3)
        #expect(dataset.rows.count == 1 && dataset.totals.first?.lines?.first == 13)
    }

    @Test func aFigureTheSourceDoesNotPrintFailsAtItsYAMLLine() throws {
        do {
            _ = try read(["平成29年度 | 4,000 | 120", "平成30年度 | 6,500 | "])
            Issue.record("a figure that is not printed was accepted")
        } catch let error as ContentError {
            #expect(error.file == "doc.tables.yaml" && error.line == 13)
            #expect(error.problem.contains("6,500") && error.fix.contains("figures_within"))
        }
    }

    /// A total the table's 合計 row leaves blank but the text above states (`total_in_text:`)
    /// completes that row under its own label and line, and the column's sum is checked against it.
    @Test func aTotalStatedAboveCompletesThePrintedTotalsRow() throws {
        let source = SourceText(path: "doc.txt", text: [
            "回数の総計 180回", "", "年度別の人数・回数", "", "２９年度 4,000 120", "", "３０年度 6,000 60", "", "合　　計 10,000",
        ].joined(separator: "\n"))
        func read(stated: String, column: String = "sessions") throws -> Dataset {
            let text = "    total_in_text: {column: \(column), label: 回数の総計, line_containing: 回数の総計, pattern: '([0-9,]+)回'}\n"
            let yaml = Self.yaml(["平成29年度 | 4,000 | 120", "平成30年度 | 6,000 | 60", "合計 | 10,000 | "], extra: text)
            return try firstDeclaration(yaml).read(SourceText(path: "doc.txt", text: source.lines.joined(separator: "\n")
                .replacingOccurrences(of: "180回", with: stated)))
        }
        let dataset = try read(stated: "180回")
        #expect(dataset.totals.map(\.label) == ["合計", "回数の総計"])
        #expect(dataset.totals.map(\.value) == ["10000", "180"])
        #expect(dataset.totals.map { $0.lines?.first } == [9, 1])
        #expect(dataset.checks.map(\.result) == [.pass, .pass])
        let broken = try read(stated: "181回")
        #expect(broken.check("sum-sessions")?.result == .mismatch && broken.check("sum-sessions")?.expected == "181")
        do {
            _ = try read(stated: "180回", column: "visits")
            Issue.record("a total naming an unknown column was accepted")
        } catch let error as ContentError {
            #expect(error.file == "doc.tables.yaml" && error.line == 11 && error.problem.contains("visits"))
        }
    }

    @Test func aFigureIsMatchedWhole() throws {
        // 1,000 is printed, but 000 and 11 only inside other figures.
        #expect(FigureRows.line("合　　計 11,000", holds: "11,000"))
        #expect(!FigureRows.line("合　　計 11,000", holds: "1,000"))
        #expect(!FigureRows.line("11,000", holds: "11"))
        #expect(FigureRows.line("（３．５億円）", holds: "3.5"))
        #expect(!FigureRows.line("13.5", holds: "3.5"))
        #expect(FigureRows.line("国 38.5／100", holds: "100"))
    }

    @Test func aFigureBeyondTheWindowIsNotTaken() throws {
        #expect(throws: ContentError.self) { try read(["平成29年度 | 4,000 | 120", "合計 | 10,000 | 180"], within: 5) }
    }

    @Test func aTextColumnKeepsItsCellsAsPrinted() throws {
        let yaml = """
            tables:
              - id: doc-cases
                title: 事例
                description: 事例の市町村。
                caption: 【参考事例】
                rows: categories
                row_label: {key: municipality, title: 市町村名}
                columns:
                  - {source: 1, key: prefecture, title: 都道府県, type: text}
                figures:
                  - "岩内町 | 北海道"
                  - "長井市 | 山形県"
            """
        let source = SourceText(path: "doc.txt", text: "【参考事例】\n北海道 岩内町\n経緯\n山形県 長井市\n効果")
        let table = try firstDeclaration(yaml)
        let dataset = try table.read(source)
        #expect(dataset.rows == [["岩内町", "北海道"], ["長井市", "山形県"]])
        #expect(dataset.columns.last?.type == .text)
        #expect(dataset.source.lines.last == 4)
    }
}
