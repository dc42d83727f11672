import Foundation
import Testing

@testable import Content

/// Data that used to build and publish wrong figures: each is now an error naming file, line and fix.
@Suite struct DatasetRulesTests {
    /// The shipped layout of a per-prefecture dataset, with `extra` lines appended to its YAML.
    static func yaml(columns: String = "", extra: String = "") -> String {
        """
        id: "t"
        title: "T"
        description: ""
        shape: "prefectures"
        source:
          document: "doc"
          lines: "1-2"
        columns:
          - key: "code"
            title: "コード"
            type: "prefecture"
          - key: "prefecture"
            title: "都道府県"
            type: "text"
          - key: "count"
            title: "数"
            type: "integer"
        \(columns)
        """ + extra
    }

    static let prefectures = "code,name,short_name,slug,region,tile_row,tile_col\n01,北海道,北海道,hokkaido,北海道,0,12\n02,青森県,青森,aomori,東北,1,12\n"

    func error(yaml: String, csv: String = "code,prefecture,count\n01,北海道,1\n") throws -> ContentError? {
        let root = try TemporaryContent(files: ["data/t.yaml": yaml, "data/t.csv": csv, "prefectures.csv": Self.prefectures])
        do {
            _ = try DatasetLoader(contentDirectory: root.url).load()
            return nil
        } catch let error as ContentError {
            return error
        }
    }

    @Test func theFixtureLoads() throws {
        #expect(try error(yaml: Self.yaml()) == nil)
    }

    @Test func aDecimalInAnIntegerColumnIsRefused() throws {
        let found = try error(yaml: Self.yaml(), csv: "code,prefecture,count\n01,北海道,19.5\n")
        #expect(found?.file == "data/t.csv" && found?.line == 2)
        #expect(found?.problem.contains("“19.5” in column count has decimals") == true)
        #expect(found?.fix.contains("type: decimal") == true)
    }

    @Test(arguments: [
        ("\n    unti: \"人\"", 19, "unknown key in `columns` `unti`", "did you mean `unit`?"),
        ("\ncharts:\n  - kind: \"tile-map\"\n    columns: [\"count\"]\n    colour: \"red\"", 22, "unknown key in `charts` `colour`", "kind, columns"),
        ("\nchecks:\n  - id: \"a\"\n    kind: \"column-sum\"\n    title: \"t\"\n    result: \"pass\"\n    expect: \"1\"", 24, "unknown key in `checks` `expect`", "did you mean `expected`?"),
    ])
    func unknownNestedKeysAreNamed(_ extra: String, _ line: Int, _ problem: String, _ fix: String) throws {
        let found = try error(yaml: Self.yaml(extra: extra))
        #expect(found?.file == "data/t.yaml")
        #expect(found?.line == line)
        #expect(found?.problem == problem)
        #expect(found?.fix.contains(fix) == true)
    }

    @Test func aChartOfAMissingColumnIsRefused() throws {
        let found = try error(yaml: Self.yaml(extra: "\ncharts:\n  - kind: \"tile-map\"\n    columns: [\"cuont\"]"))
        #expect(found?.line == 21)
        #expect(found?.problem == "`charts` names column `cuont`, which the dataset does not have")
        #expect(found?.fix.hasPrefix("did you mean `count`?") == true)
    }

    @Test func aTotalOfAMissingColumnIsRefused() throws {
        let found = try error(yaml: Self.yaml(extra: "\ntotals:\n  - column: \"people\"\n    label: \"合計\"\n    value: \"1\""))
        #expect(found?.line == 20)
        #expect(found?.problem == "`totals` names column `people`, which the dataset does not have")
    }

    @Test func aColumnKeyDeclaredTwiceIsRefused() throws {
        let found = try error(
            yaml: Self.yaml(columns: "  - key: \"count\"\n    title: \"再\"\n    type: \"integer\""),
            csv: "code,prefecture,count,count\n01,北海道,1,1\n")
        #expect(found?.line == 18)
        #expect(found?.problem == "column key `count` is declared twice")
    }

    @Test func aRepeatedPrefectureRowIsRefused() throws {
        let found = try error(yaml: Self.yaml(), csv: "code,prefecture,count\n01,北海道,1\n02,青森県,2\n01,北海道,1\n")
        #expect(found?.file == "data/t.csv" && found?.line == 4)
        #expect(found?.problem == "repeats the row of prefecture 01 from line 2")
    }

    @Test func listsMayNameAPrefectureManyTimes() throws {
        let list = Self.yaml().replacingOccurrences(of: "shape: \"prefectures\"", with: "shape: \"list\"")
        #expect(try error(yaml: list, csv: "code,prefecture,count\n01,北海道,1\n01,北海道,2\n") == nil)
    }

    @Test func aCodeAndNameThatDisagreeAreRefused() throws {
        let found = try error(yaml: Self.yaml(), csv: "code,prefecture,count\n01,ほげ県,1\n")
        #expect(found?.file == "data/t.csv" && found?.line == 2)
        #expect(found?.problem == "code 01 is 北海道, but the row names “ほげ県”")
    }
}

/// A number cell has one spelling, so the CSV, the JSON and the page cannot disagree (`-0` was 0 in
/// the JSON and -0 in the CSV; now every output prints the cell's own text, so `-0` is kept as the
/// source prints it, and only spellings JSON cannot hold are refused).
@Suite struct PlainNumberTests {
    @Test(arguments: [("007", "7"), (".5", "0.5"), ("-.5", "-0.5"), ("-007", "-7")])
    func anotherSpellingIsRefusedWithThePlainOne(_ cell: String, _ plain: String) throws {
        let found = try DatasetRulesTests().error(yaml: DatasetRulesTests.yaml(), csv: "code,prefecture,count\n01,北海道,\(cell)\n")
        let decimalRule = cell.contains(".")
        #expect(found?.line == 2)
        #expect(decimalRule ? found?.problem.contains("has decimals") == true : found?.fix == "write \(plain)")
        #expect(DatasetNumber.plain(cell) == plain)
    }

    @Test(arguments: ["0", "-0", "-0.0", "12", "-12", "9007199254740993", "0.000000001", "123456789012345678901234567890123456789012345678901234567890"])
    func plainNumbersStayAsWritten(_ cell: String) {
        #expect(DatasetNumber.plain(cell) == cell)
    }
}
