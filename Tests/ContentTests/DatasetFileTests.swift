import Foundation
import Testing

@testable import Content

@Suite struct DatasetFileTests {
    static let sample = Dataset(
        id: "sample-centres", title: "試験 \"センター\"", description: "説明", shape: .prefectures,
        source: DatasetSource(document: "doc", lines: SourceLines(first: 10, last: 20)),
        asOf: DatasetDate(iso: "2020-02", wareki: "令和2年2月"),
        columns: [
            DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
            DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
            DatasetColumn(key: "centres", title: "設置数", type: .integer, unit: "箇所"),
            DatasetColumn(key: "rate", title: "設置率", type: .percent, unit: "%"),
        ],
        rows: [["01", "北海道", "12", "50.5"], ["02", "青森県, \"仮\"\n改行", "", "-"]],
        totals: [StatedTotal(column: "centres", label: "合計", value: "456", lines: SourceLines(first: 20, last: 20))],
        notes: ["注記"],
        checks: [
            DatasetCheck(
                id: "sum-centres", kind: .columnSum, title: "合計", result: .mismatch, expected: "456", actual: "12",
                rows: ["01"], columns: ["centres"], explanation: "原資料の誤り")
        ],
        charts: [ChartSpec(kind: .tileMap, columns: ["centres"])])

    @Test func writesAndReadsBackTheSameDataset() throws {
        let root = try TemporaryContent(files: [
            "data/sample-centres.csv": DatasetFiles.csv(Self.sample),
            "data/sample-centres.yaml": DatasetFiles.yaml(Self.sample),
        ])
        let loaded = try DatasetLoader(contentDirectory: root.url).load()
        #expect(loaded == [Self.sample])
        #expect(loaded[0].value(row: 1, column: 2) == .blank)
        #expect(loaded[0].value(row: 1, column: 3) == .dash)
        #expect(loaded[0].value(row: 0, column: 2) == .number(try #require(DecimalText("12"))))
    }

    @Test func csvQuotesOnlyWhereNeeded() {
        #expect(CSVText.write([["a", "b,c", "d\"e", "f\ng", ""]]) == "a,\"b,c\",\"d\"\"e\",\"f\ng\",\n")
    }

    @Test func csvReadsQuotedFieldsWithLineNumbers() throws {
        let records = try CSVText.read("k,v\n1,\"a\nb\"\n2,\"x\"\"y\"\n", file: "t.csv")
        #expect(records.map(\.fields) == [["k", "v"], ["1", "a\nb"], ["2", "x\"y"]])
        #expect(records.map(\.line) == [1, 2, 4])
        #expect(throws: ContentError.self) { try CSVText.read("k\n\"open\n", file: "t.csv") }
    }

    @Test(arguments: [
        ("01,北海道,\"1,234\",1", "is not a number"),
        ("01,北海道,12人,1", "is not a number"),
        ("48,北海道,12,1", "is not a JIS prefecture code"),
        ("01,北海道,12", "has 3 cells"),
    ])
    func badCellsNameFileAndLine(_ row: String, _ problem: String) throws {
        let root = try TemporaryContent(files: [
            "data/sample-centres.yaml": DatasetFiles.yaml(Self.sample),
            "data/sample-centres.csv": "code,prefecture,centres,rate\n02,青森県,1,2\n\(row)\n",
        ])
        #expect {
            try DatasetLoader(contentDirectory: root.url).load()
        } throws: { error in
            let error = error as? ContentError
            return error?.file == "data/sample-centres.csv" && error?.line == 3 && error?.problem.contains(problem) == true
        }
    }

    @Test(arguments: ["2019-04-01", "2019-04", "2019"]) func isoDates(_ text: String) {
        #expect(DateShape.isISO(text))
    }

    @Test(arguments: ["2019/04/01", "H31.4.1", "2019-13", "19-04-01", ""]) func notISODates(_ text: String) {
        #expect(!DateShape.isISO(text))
    }

    @Test func plainNumbers() {
        #expect(DatasetNumber.parse("-12") == -12)
        #expect(DatasetNumber.parse("3.25") == Decimal(string: "3.25"))
        #expect(DatasetNumber.parse("1,234") == nil)
        #expect(DatasetNumber.parse("-") == nil)
        #expect(DatasetNumber.format(Decimal(string: "1234.50")!) == "1234.5")
    }
}
