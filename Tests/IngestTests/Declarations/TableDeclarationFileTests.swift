import Content
import Foundation
import Japanese
@testable import Ingest
import Testing

/// A mistake in a table declaration is reported at its line of the YAML file, with a fix.
@Suite struct TableDeclarationFileTests {
    static let file = "content/sources/doc.tables.yaml"

    static func yaml(type: String = "integer", caption: String = "表1 人数", rows: String = "prefectures") -> String {
        """
        tables:
          - id: doc-people
            title: 人数
            description: 都道府県別の人数。
            caption: \(caption)
            rows: \(rows)
            columns:
              - {source: 1, key: people, title: 人数, type: \(type), unit: 人}
            checks:
              - column_sum: people
        """
    }

    /// A pipe table with the 47 prefectures, one designated city and a 合計 row.
    static func source(cityRow: Bool, blankTokyo: Bool = false) -> SourceText {
        let rows = Prefecture.all.map { "| \($0.name) | \(blankTokyo && $0.code == 13 ? "" : String($0.code)) |" }
        let city = cityRow ? ["| 横浜市 | 1 |"] : []
        let total = (1...47).reduce(0, +) + (cityRow ? 1 : 0) - (blankTokyo ? 13 : 0)
        let lines = ["前文", "表1 人数", "| 都道府県 | 人数 |", "|---|---|"] + rows + city + ["| 合計 | \(total) |"]
        return SourceText(path: "doc.md", text: lines.joined(separator: "\n"))
    }

    func table(_ yaml: String) throws -> TableDeclaration {
        let tables = try TableDeclarationFile.declarations(yaml: yaml, file: Self.file, document: "doc")
        return try #require(tables.first)
    }

    @Test func aDeclaredTableIsRead() throws {
        let dataset = try table(Self.yaml()).read(Self.source(cityRow: false))
        #expect(dataset.rows.count == 47)
        #expect(dataset.rows[12] == ["13", "東京都", "13"])
        #expect(dataset.checks.map(\.result) == [.pass])
    }

    @Test func aBlankIsNotStatedUnlessTheDeclarationSaysItIsZero() throws {
        let blank = try table(Self.yaml()).read(Self.source(cityRow: false, blankTokyo: true))
        #expect(blank.checks.map(\.result) == [.notCheckable])
        #expect(blank.checks.first?.rows == ["13"])
        let zero = Self.yaml().replacingOccurrences(of: "    checks:", with: "    blank_is_zero: \"doc.md:17 東京都は空欄\"\n    checks:")
        #expect(try table(zero).read(Self.source(cityRow: false, blankTokyo: true)).checks.map(\.result) == [.pass])
    }

    @Test func anUnknownColumnTypeIsAnErrorAtItsLine() {
        #expect(throws: ContentError(
            file: Self.file, line: 8, problem: "unknown column type `count`", fix: "use integer, decimal, percent, mark or text")) {
            try table(Self.yaml(type: "count"))
        }
    }

    @Test func aCaptionNotFoundIsAnErrorAtTheCaptionLine() throws {
        let declaration = try table(Self.yaml(caption: "表9 存在しない"))
        #expect {
            try declaration.read(Self.source(cityRow: false))
        } throws: { error in
            let error = error as? ContentError
            return error?.file == Self.file && error?.line == 5 && error?.problem.contains("表9 存在しない") == true
        }
    }

    @Test func aCityInAPrefectureOnlyTableNamesTheDeclaration() throws {
        let declaration = try table(Self.yaml())
        #expect {
            try declaration.read(Self.source(cityRow: true))
        } throws: { error in
            let error = error as? ContentError
            return error?.line == 52 && error?.problem.contains("横浜市") == true
                && error?.problem.contains("declared at \(Self.file):2") == true
        }
    }

    @Test func anUnknownKeyOrRowKindOrCheckColumnIsAnError() {
        #expect { try table(Self.yaml(rows: "towns")) } throws: { String(describing: $0).contains("towns") }
        #expect(throws: ContentError(
            file: Self.file, line: 10, problem: "no column `persons` in this table",
            fix: "use one of the keys under `columns:`: people")) {
            try table(Self.yaml().replacingOccurrences(of: "column_sum: people", with: "column_sum: persons"))
        }
        #expect {
            try table(Self.yaml().replacingOccurrences(of: "title: 人数\n", with: "titel: 人数\n"))
        } throws: { String(describing: $0).contains("titel") }
    }

    /// A two-valued setting names both its words at the value's line; a plain setting is read
    /// into the declaration, and a misspelt one is refused.
    @Test func aSettingIsReadOrRefusedAtItsLine() throws {
        let order = { (value: String) in Self.yaml(rows: "years").replacingOccurrences(of: "    columns:", with: "    order: \(value)\n    columns:") }
        #expect(try table(order("chronological")).chronological)
        #expect(try !table(order("source")).chronological)
        #expect(throws: ContentError(
            file: Self.file, line: 7, problem: "unknown order `sideways`", fix: "use one of: source, chronological")) {
            try table(order("sideways"))
        }
        let plain = Self.yaml().replacingOccurrences(of: "    columns:", with: "    lines_below: 3\n    transposed: true\n    totals_label: 累計\n    columns:")
        let declared = try table(plain)
        #expect(declared.linesBelow == 3 && declared.transposed && declared.totalsLabel == "累計" && declared.labelColumn == 0)
        #expect { try table(plain.replacingOccurrences(of: "transposed:", with: "transposd:")) } throws: {
            String(describing: $0).contains("unknown key `transposd`")
        }
    }
}
