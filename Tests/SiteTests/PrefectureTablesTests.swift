import Charts
import Content
import Japanese
import Testing

@testable import Site

/// Prefecture pages and tile maps read content/prefectures.csv; the importers resolve names with
/// the table in the Japanese module. The two must name the same 47 prefectures the same way.
@Suite struct PrefectureTablesTests {
    @Test func theEditableListAgreesWithTheResolversTable() throws {
        let tiles = try PrefectureFile.load(contentDirectory: Repository.content)
        let resolver = Prefecture.all
        #expect(tiles.count == 47)
        #expect(tiles.map(\.code) == resolver.map(\.code))
        #expect(tiles.map(\.name) == resolver.map(\.name))
        #expect(tiles.map(\.shortName) == resolver.map(\.shortName))
        #expect(tiles.map(\.slug) == resolver.map(\.slug))
        #expect(tiles.map(\.region) == resolver.map(\.region.name))
    }
}
