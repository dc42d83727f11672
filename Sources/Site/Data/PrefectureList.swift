import Charts
import Content
import Foundation

/// The 47 prefectures from `content/prefectures.csv`, in JIS order, with their tile positions.
struct PrefectureList: Sendable {
    let tiles: [PrefectureTile]
    private let byCode: [Int: PrefectureTile]

    init(tiles: [PrefectureTile]) {
        self.tiles = tiles.sorted { $0.code < $1.code }
        byCode = Dictionary(tiles.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
    }

    func prefecture(code: Int) -> PrefectureTile? {
        byCode[code]
    }

    /// Reads the file; absent means no prefecture features (tile maps, prefecture pages).
    static func load(contentDirectory: URL) throws -> PrefectureList {
        let path = "prefectures.csv"
        let url = contentDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return PrefectureList(tiles: []) }
        do {
            return PrefectureList(tiles: try PrefectureTile.parseCSV(try TextFile.read(url, displayPath: path)))
        } catch let error as PrefectureTile.ParseError {
            throw ContentError(file: path, line: error.line, problem: error.message, fix: "keep the columns code,name,short_name,slug,region,tile_row,tile_col")
        }
    }
}
