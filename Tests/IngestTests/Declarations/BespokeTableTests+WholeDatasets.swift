import Content
import Foundation
@testable import Ingest
import Testing

/// A bespoke table whose reader makes its dataset whole (rather than filling the shell) takes its
/// title, description and notes from the shell once the readers have run, the reader's own notes
/// standing where `{from_source}` is written.
extension BespokeTableTests {
    static let wholeYaml = """
        tables:
          - id: doc-list
            bespoke: "a list with no header (ListReader)"
            title: 一覧
            description: 読み手が読む一覧。
            notes:
              - 最初の注記。
              - "{from_source}"
              - 最後の注記。
        """

    static func whole(id: String = "doc-list") -> Dataset {
        Dataset(
            id: id, title: "", shape: .list, source: DatasetSource(document: "doc", lines: SourceLines(first: 1, last: 2)),
            notes: ["原資料の列合計: 3。"])
    }

    func wholeTables(_ yaml: String = Self.wholeYaml) throws -> [TableDeclaration] {
        try TableDeclarationFile.declarations(yaml: yaml, file: Self.file, document: "doc")
    }

    @Test func theDeclarationGivesTheTextsAndTheReaderItsDerivedNotes() throws {
        let tables = try wholeTables()
        #expect(tables.first?.bespoke == "a list with no header (ListReader)")
        // The generic reader makes only the shell; the reader's dataset takes its place.
        let shells = try DatasetImporter.read(tables, in: SourceText(path: "doc.txt", text: ""))
        #expect(shells.map(\.isShell) == [true])
        var datasets = shells + [Self.whole()]
        try ReaderTexts.apply(tables, to: &datasets)
        #expect(datasets.count == 1)
        #expect(datasets[0].title == "一覧")
        #expect(datasets[0].description == "読み手が読む一覧。")
        #expect(datasets[0].notes == ["最初の注記。", "原資料の列合計: 3。", "最後の注記。"])
    }

    @Test func aDeclarationNoReaderAnswersIsAnErrorAtItsLine() throws {
        var datasets = try DatasetImporter.read(try wholeTables(), in: SourceText(path: "doc.txt", text: "")) + [Self.whole(id: "doc-other")]
        #expect(throws: ContentError(
            file: Self.file, line: 2, problem: "no reader produced the bespoke table `doc-list`",
            fix: "give the id the reader writes, or declare the table with columns instead of bespoke:")) {
            try ReaderTexts.apply(try wholeTables(), to: &datasets)
        }
    }

    @Test func aTableWithoutReaderOrColumnsIsStillRefused() {
        let yaml = Self.wholeYaml.replacingOccurrences(of: "    bespoke: \"a list with no header (ListReader)\"\n", with: "    caption: 一覧\n")
        #expect(throws: ContentError.self) { try wholeTables(yaml) }
    }
}
