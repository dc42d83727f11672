import Charts
import Testing

@Suite struct PrefectureTileTests {
    @Test func referenceFileHasFortySevenPrefecturesOnDistinctTiles() throws {
        let tiles = try PrefectureTile.parseCSV(Fixtures.prefectureCSV)
        #expect(tiles.map(\.code) == Array(1...47))
        #expect(Set(tiles.map { "\($0.row),\($0.column)" }).count == 47)
        #expect(Set(tiles.map(\.slug)).count == 47)
        #expect(Set(tiles.map(\.region)) == ["北海道", "東北", "関東", "中部", "近畿", "中国", "四国", "九州・沖縄"])
        let hokkaido = try #require(tiles.first)
        let okinawa = try #require(tiles.last)
        #expect(hokkaido.row == 0 && hokkaido.column == tiles.map(\.column).max())
        #expect(okinawa.column == 0 && okinawa.row == tiles.map(\.row).max())
        #expect(tiles[12] == PrefectureTile(code: 13, name: "東京都", shortName: "東京", slug: "tokyo", region: "関東", row: 7, column: 11))
    }

    /// Neighbouring prefectures on the map should touch or nearly touch on the grid.
    @Test func neighboursAreCloseOnTheGrid() throws {
        let tiles = try PrefectureTile.parseCSV(Fixtures.prefectureCSV)
        let byCode = Dictionary(uniqueKeysWithValues: tiles.map { ($0.code, $0) })
        let borders: [(Int, Int)] = [(2, 3), (2, 5), (3, 4), (4, 6), (6, 7), (7, 9), (8, 9), (11, 13), (13, 14), (12, 13),
                                     (15, 6), (16, 17), (17, 18), (21, 23), (22, 19), (26, 25), (27, 26), (29, 27),
                                     (30, 29), (31, 33), (32, 34), (34, 35), (35, 40), (40, 41), (41, 42), (43, 46),
                                     (44, 45), (37, 36), (38, 39)]
        for (a, b) in borders {
            let ta = try #require(byCode[a])
            let tb = try #require(byCode[b])
            let distance = max(abs(ta.row - tb.row), abs(ta.column - tb.column))
            #expect(distance == 1, "\(ta.name)–\(tb.name)")
        }
    }

    @Test func errorsNameTheLine() {
        let header = "code,name,short_name,slug,region,tile_row,tile_col\n"
        #expect(throws: PrefectureTile.ParseError(line: 1, message: "header must be code,name,short_name,slug,region,tile_row,tile_col")) {
            try PrefectureTile.parseCSV("jis,name\n")
        }
        #expect(throws: PrefectureTile.ParseError(line: 3, message: "tile 0,0 is already taken by code 1")) {
            try PrefectureTile.parseCSV(header + "01,北海道,北海道,hokkaido,北海道,0,0\n02,青森県,青森,aomori,東北,0,0\n")
        }
        #expect(throws: PrefectureTile.ParseError(line: 2, message: "code '48' is not a JIS code 01…47")) {
            try PrefectureTile.parseCSV(header + "48,x,x,x,x,0,0\n")
        }
        #expect(throws: PrefectureTile.ParseError(line: 2, message: "expected 7 fields, found 3")) {
            try PrefectureTile.parseCSV(header + "01,a,b\n")
        }
    }

    @Test func acceptsBOMAndCRLF() throws {
        let text = "\u{FEFF}code,name,short_name,slug,region,tile_row,tile_col\r\n01,北海道,北海道,hokkaido,北海道,0,12\r\n"
        let tiles = try PrefectureTile.parseCSV(text)
        #expect(tiles.count == 1)
        #expect(tiles.first?.column == 12)
    }
}
