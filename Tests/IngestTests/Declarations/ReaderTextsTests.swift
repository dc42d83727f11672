import Content
import Foundation
@testable import Ingest
import Testing

/// A table a Swift reader reads takes its title, description and notes from its declaration
/// (`read_by:`), the reader's own notes standing where `{from_source}` is written.
@Suite struct ReaderTextsTests {
    static let file = "content/sources/doc.tables.yaml"

    static let yaml = """
        tables:
          - id: doc-list
            read_by: ListReader
            title: 一覧
            description: 読み手が読む一覧。
            notes:
              - 最初の注記。
              - "{from_source}"
              - 最後の注記。
        """

    static func read(id: String = "doc-list") -> Dataset {
        Dataset(
            id: id, title: "", shape: .list, source: DatasetSource(document: "doc", lines: SourceLines(first: 1, last: 2)),
            notes: ["原資料の列合計: 3。"])
    }

    func tables(_ yaml: String = Self.yaml) throws -> [TableDeclaration] {
        try TableDeclarationFile.declarations(yaml: yaml, file: Self.file, document: "doc")
    }

    @Test func theDeclarationGivesTheTextsAndTheReaderItsDerivedNotes() throws {
        let tables = try tables()
        #expect(tables.first?.readBy == "ListReader")
        // The generic reader leaves such a table to its reader.
        #expect(try DatasetImporter.read(tables, in: SourceText(path: "doc.txt", text: "")).isEmpty)
        var datasets = [Self.read()]
        try ReaderTexts.apply(tables, to: &datasets)
        #expect(datasets[0].title == "一覧")
        #expect(datasets[0].description == "読み手が読む一覧。")
        #expect(datasets[0].notes == ["最初の注記。", "原資料の列合計: 3。", "最後の注記。"])
    }

    @Test func aDeclarationNoReaderAnswersIsAnErrorAtItsLine() throws {
        var datasets = [Self.read(id: "doc-other")]
        #expect(throws: ContentError(
            file: Self.file, line: 2, problem: "no reader produced the dataset `doc-list` declared with read_by: ListReader",
            fix: "give the id the reader writes, or declare the table without read_by")) {
            try ReaderTexts.apply(try tables(), to: &datasets)
        }
    }

    @Test func aTableWithoutReaderOrColumnsIsStillRefused() {
        let yaml = Self.yaml.replacingOccurrences(of: "    read_by: ListReader\n", with: "    caption: 一覧\n")
        #expect(throws: ContentError.self) { try tables(yaml) }
    }
}
