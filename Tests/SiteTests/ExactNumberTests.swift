import Foundation
import Testing

@testable import Site

/// Numbers travel as the source's decimal text from the CSV to the page, the prefecture panel, the
/// charts' labels, the CSV download and the JSON: 2^53+1 was printed 9007199254740992.0, a 60-digit
/// count 1.0000000000000001e+60 and 0.000000001 as 0.000000.
@Suite struct ExactNumberTests {
    static let huge = "123456789012345678901234567890123456789012345678901234567890"
    static let hugeGrouped = "123,456,789,012,345,678,901,234,567,890,123,456,789,012,345,678,901,234,567,890"

    static var files: [String: String] {
        var files = DatasetPagesTests.files
        files["content/data/test-exact.yaml"] = """
            id: "test-exact"
            title: "桁の多い表"
            shape: "prefectures"
            source:
              document: "test-doc"
              lines: "4-5"
            columns:
              - key: "code"
                title: "都道府県コード"
                type: "prefecture"
              - key: "prefecture"
                title: "都道府県"
                type: "text"
              - key: "people"
                title: "人数"
                type: "integer"
                unit: "人"
              - key: "rate"
                title: "率"
                type: "decimal"
            """
        files["content/data/test-exact.csv"] = """
            code,prefecture,people,rate
            01,北海道,9007199254740993,0.000000001
            13,東京都,\(huge),-0
            47,沖縄県,-0,12.5

            """
        return files
    }

    @Test func theSourceDigitsReachEveryOutput() throws {
        let site = try FixtureSite.built(Self.files)
        let page = try site.page("data/test-exact/index.html")
        // The table: grouped where the column groups, every cell at the column's precision.
        #expect(page.contains("<td class=\"num\" data-value=\"9007199254740993\">9,007,199,254,740,993</td>"))
        #expect(page.contains("<td class=\"num\" data-value=\"\(Self.huge)\">\(Self.hugeGrouped)</td>"))
        #expect(page.contains("<td class=\"num\" data-value=\"0.000000001\">0.000000001</td>"))
        #expect(page.contains("<td class=\"num\" data-value=\"-0\">-0</td>"))
        #expect(page.contains("<td class=\"num\" data-value=\"-0\">-0.000000000</td>"))
        // The charts' labels and descriptions print the same text; only their geometry is in Double.
        #expect(page.contains(">9,007,199,254,740,993人</text>"))
        #expect(page.contains("北海道: 9,007,199,254,740,993人"))
        #expect(page.contains("最大は東京都の\(Self.hugeGrouped)人"))
        // The map's class bounds are data values, printed from their text too.
        #expect(page.contains("9,007,199,254,740,993人以上"))
        for inexact in ["9007199254740992", "9,007,199,254,740,992", "9,007,199,254,740,990", "e+59", "e+60", "0.000000<"] {
            #expect(!page.contains(inexact), "\(inexact)")
        }

        let panel = try site.page("prefectures/hokkaido/index.html")
        #expect(panel.contains("<td class=\"num\">9,007,199,254,740,993人</td>"))
        #expect(panel.contains("<td class=\"num\">0.000000001</td>"))
        #expect(try site.page("prefectures/tokyo/index.html").contains("<td class=\"num\">\(Self.hugeGrouped)人</td>"))

        let csv = try site.page("data/test-exact.csv")
        #expect(csv.contains("01,北海道,9007199254740993,0.000000001\r\n") || csv.contains("01,北海道,9007199254740993,0.000000001\n"))
        #expect(csv.contains("13,東京都,\(Self.huge),-0"))
        #expect(csv.contains("47,沖縄県,-0,12.5"))
        let json = try site.page("data/test-exact.json")
        #expect(json.contains("\"people\": 9007199254740993, \"rate\": 0.000000001}"))
        #expect(json.contains("\"people\": \(Self.huge), \"rate\": -0}"))
        #expect(json.contains("\"people\": -0, \"rate\": 12.5}"))
        // The JSON stays JSON, and its numbers parse to the values the CSV holds.
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((parsed?["rows"] as? [Any])?.count == 3)
    }
}
