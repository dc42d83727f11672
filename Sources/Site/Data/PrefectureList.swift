import Charts
import Content

/// The prefectures as the charts draw them: tiles in JIS order, found by code.
struct PrefectureList: Sendable {
    let tiles: [PrefectureTile]
    private let byCode: [Int: PrefectureTile]

    init(tiles: [PrefectureTile]) {
        self.tiles = tiles.sorted { $0.code < $1.code }
        byCode = Dictionary(tiles.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The tiles of `content/prefectures.csv`.
    init(_ records: [PrefectureRecord]) {
        self.init(
            tiles: records.map {
                PrefectureTile(
                    code: $0.code, name: $0.name, shortName: $0.shortName, slug: $0.slug, region: $0.region, row: $0.row,
                    column: $0.column)
            })
    }

    func prefecture(code: Int) -> PrefectureTile? {
        byCode[code]
    }
}

extension SiteContent {
    /// The prefectures as tiles (none when the content has no prefectures.csv).
    var prefectureList: PrefectureList {
        PrefectureList(prefectures)
    }
}
