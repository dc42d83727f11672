import Testing

@testable import Content

@Suite struct PrefectureFileTests {
    static let header = "code,name,short_name,slug,region,tile_row,tile_col\n"

    @Test(arguments: [
        ("jis,name\n", "prefectures.csv:1: header must be code,name,short_name,slug,region,tile_row,tile_col"),
        (header + "01,北海道,北海道,hokkaido,北海道,0,0\n02,青森県,青森,aomori,東北,0,0\n", "prefectures.csv:3: tile 0,0 is already taken by code 1"),
        (header + "48,x,x,x,x,0,0\n", "prefectures.csv:2: code '48' is not a JIS code 01…47"),
        (header + "01,a,b\n", "prefectures.csv:2: expected 7 fields, found 3"),
        (header + "01,北海道,北海道,hokkaido,北海道,0,0\n01,北海道,北海道,hokkaido,北海道,0,1\n", "prefectures.csv:3: code 01 appears twice"),
        (header + "01,\"北海道\",北海道,hokkaido,北海道,0,0\n", "prefectures.csv:2: quoted fields are not supported"),
        (header + "01,北海道,,hokkaido,北海道,0,0\n", "prefectures.csv:2: short_name is empty"),
        (header + "01,北海道,北海道,hokkaido,北海道,-1,0\n", "prefectures.csv:2: tile_row and tile_col must be integers ≥ 0"),
    ])
    func errorsNameTheLineAndTheFix(_ text: String, _ message: String) {
        #expect {
            try PrefectureFile.parse(text)
        } throws: { error in
            "\(error)".hasPrefix(message) && "\(error)".hasSuffix("— keep the columns code,name,short_name,slug,region,tile_row,tile_col")
        }
    }

    @Test func acceptsBOMAndCRLF() throws {
        let text = "\u{FEFF}code,name,short_name,slug,region,tile_row,tile_col\r\n01,北海道,北海道,hokkaido,北海道,0,12\r\n"
        #expect(
            try PrefectureFile.parse(text)
                == [PrefectureRecord(code: 1, name: "北海道", shortName: "北海道", slug: "hokkaido", region: "北海道", row: 0, column: 12)])
    }
}
