import Content
import Foundation
@testable import Ingest
import Testing

/// A table read by Swift takes its title, notes and explanations from its declaration.
@Suite struct BespokeTableTests {
    static let file = "content/sources/doc.tables.yaml"
    static let yaml = """
        tables:
          - id: doc-list
            title: 名簿
            description: 名前の一覧。
            bespoke: "names, not figures"
            rows: categories
            as_of: {iso: "2020-09", wareki: 令和2年9月}
            notes:
              - "表に名前があるのは{listed}件。"
              - "見出し（{headline_line}行目）は照合していない。"
            explanations:
              count-15: "新潟は1行に7つの名前を挙げている。"
              sheet-missing: "{prefecture}の別紙は原資料にない。"
        """

    static func shell() throws -> Dataset {
        let tables = try TableDeclarationFile.declarations(yaml: yaml, file: file, document: "doc")
        return try #require(tables.first).read(SourceText(path: "doc.md", text: "本文だけ"))
    }

    /// What a Swift reader builds: rows and checks, no text.
    static func read() -> Dataset {
        Dataset(
            id: "doc-list", title: "", shape: .list, source: DatasetSource(document: "doc", lines: SourceLines(first: 3, last: 9)),
            rows: [["1", "甲"], ["2", "乙"]],
            checks: [
                DatasetCheck(id: "count-15", kind: .count, title: "数が一致する（新潟県）", result: .mismatch, expected: "7", actual: "1"),
                DatasetCheck(id: "count-20", kind: .count, title: "数が一致する（長野県）", result: .pass),
                DatasetCheck(id: "count-12", kind: .count, title: "数が一致する（千葉県）", result: .mismatch, explanation: "読んだ側の説明"),
            ])
    }

    @Test func theShellCarriesTheDeclaredTextAndNoRows() throws {
        let shell = try Self.shell()
        #expect(shell.title == "名簿" && shell.description == "名前の一覧。")
        #expect(shell.asOf == DatasetDate(iso: "2020-09", wareki: "令和2年9月"))
        #expect(shell.rows.isEmpty)
        #expect(shell.text("sheet-missing", ["prefecture": "千葉県"]) == "千葉県の別紙は原資料にない。")
        #expect(shell.text("sheet-missing") == nil)
    }

    @Test func theReaderFillsTheShell() throws {
        let dataset = Self.read().described(by: try Self.shell(), ["listed": "2"])
        #expect(dataset.title == "名簿")
        #expect(dataset.source.lines == SourceLines(first: 3, last: 9))
        // The note quoting a value the reader did not give is left out.
        #expect(dataset.notes == ["表に名前があるのは2件。"])
        let explanations = Dictionary(uniqueKeysWithValues: dataset.checks.map { ($0.id, $0.explanation) })
        #expect(explanations["count-15"] == "新潟は1行に7つの名前を挙げている。")
        #expect(explanations["count-20"] == .some(nil))
        #expect(explanations["count-12"] == "読んだ側の説明")
    }

    @Test func aReaderWithoutItsDeclarationNamesTheYaml() throws {
        var datasets: [Dataset] = []
        #expect {
            try datasets.fill("doc-list", declaredIn: Self.file) { $0 }
        } throws: { error in
            (error as? ContentError).map { $0.file == Self.file && $0.problem.contains("doc-list") } ?? false
        }
    }

    @Test func aBespokeTableNeedsNoColumnsButAnUnknownKeyIsRefused() throws {
        let broken = Self.yaml.replacingOccurrences(of: "bespoke:", with: "bespok:")
        #expect {
            try TableDeclarationFile.declarations(yaml: broken, file: Self.file, document: "doc")
        } throws: { error in
            (error as? ContentError).map { $0.file == Self.file && $0.line == 5 } ?? false
        }
    }
}

/// A bespoke table may declare a comparison of its reader's figure with another dataset, and
/// nothing else: its own checks are the reader's.
@Suite struct BespokeTableCheckTests {
    static func declare(_ check: String) throws -> [TableDeclaration] {
        let yaml = BespokeTableTests.yaml.replacingOccurrences(of: "    explanations:", with: "    checks:\n\(check)\n    explanations:")
        return try TableDeclarationFile.declarations(yaml: yaml, file: BespokeTableTests.file, document: "doc")
    }

    @Test func aValueComparisonIsDeclaredOnTheReadersColumns() throws {
        let tables = try Self.declare("""
                  - value: count
                    row: {year: "2008"}
                    equals: {dataset: doc-prefectures, total: count}
                    id: matches-prefectures
                    title: 件数が都道府県別の表の合計と一致する
            """)
        #expect(tables.first?.checks.count == 1)
        #expect(DatasetImporter.declaredCrossChecks(tables).count == 1)
    }

    @Test func aSumOverTheReadersColumnsIsRefused() throws {
        #expect {
            try Self.declare("      - column_sum: count")
        } throws: { error in
            (error as? ContentError).map { $0.problem.contains("bespoke") && $0.line == 12 } ?? false
        }
    }
}
