import Content
import Foundation
@testable import Ingest
import Testing

/// A bespoke table may declare its columns (no `source:`, any type) and charts: its reader names
/// the keys in the order it writes the cells, the declaration gives titles, types and units.
@Suite struct BespokeTableColumnTests {
    static let yaml = """
        tables:
          - id: doc-series
            title: 推移
            description: 年度ごとの件数。
            bespoke: "counts and amounts on alternate lines"
            rows: years
            columns:
              - {key: fiscal_year, title: 年度, type: date}
              - {key: count, title: 件数, unit: 件}
            charts:
              - {kind: time-series, columns: [count]}
        """

    static func tables(_ yaml: String = yaml) throws -> [TableDeclaration] {
        try TableDeclarationFile.declarations(yaml: yaml, file: "doc.tables.yaml", document: "doc")
    }

    static func reader(_ columns: [DatasetColumn]) -> Dataset {
        Dataset(
            id: "doc-series", title: "", shape: .series, source: DatasetSource(document: "doc", lines: SourceLines(first: 2, last: 4)),
            columns: columns, rows: [["2008", "3"]])
    }

    @Test func theDeclarationDescribesTheColumnsTheReaderNames() throws {
        var datasets = [Self.reader(DatasetColumn.declared(["fiscal_year", "count"]))]
        try ReaderTexts.apply(Self.tables(), to: &datasets)
        let columns = datasets[0].columns
        #expect(columns.map(\.title) == ["年度", "件数"] && columns.map(\.type) == [.date, .integer] && columns[1].unit == "件")
        #expect(datasets[0].charts.map(\.columns) == [["count"]])
    }

    @Test func aReaderWritingOtherColumnsIsAnErrorAtTheDeclaration() throws {
        var bad = [Self.reader(DatasetColumn.declared(["count", "fiscal_year"]))]
        let error = try #require(throws: ContentError.self) { try ReaderTexts.apply(Self.tables(), to: &bad) }
        #expect(error.file == "doc.tables.yaml" && error.line == 2 && error.problem.contains("fiscal_year"))
        // Columns named by key alone need a declaration of them.
        let undeclared = Self.yaml.components(separatedBy: "    columns:")[0]
        var bare = [Self.reader(DatasetColumn.declared(["fiscal_year", "count"]))]
        #expect(throws: ContentError.self) { try ReaderTexts.apply(Self.tables(undeclared), to: &bare) }
    }

    @Test func onlyABespokeColumnMayLeaveOutItsSourceOrBeADate() throws {
        let regular = Self.yaml.replacingOccurrences(of: "    bespoke: \"counts and amounts on alternate lines\"\n", with: "    caption: 表\n")
        #expect(try #require(throws: ContentError.self) { try Self.tables(regular) }.problem.contains("source"))
        let unknown = Self.yaml.replacingOccurrences(of: "type: date", with: "type: day")
        #expect(try #require(throws: ContentError.self) { try Self.tables(unknown) }.line == 8)
    }
}
