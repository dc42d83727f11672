import Charts
import Testing

/// The tile positions of content/prefectures.csv make a recognisable map of Japan.
@Suite struct PrefectureTileTests {
    @Test func referenceFileHasFortySevenPrefecturesOnDistinctTiles() throws {
        let tiles = Fixtures.prefectures
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
        let tiles = Fixtures.prefectures
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
}
