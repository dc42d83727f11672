/// One prefecture with its square on the tile-map grid of Japan.
///
/// The positions live in `content/prefectures.csv`, which the Content module reads. Rows and
/// columns are zero-based, row 0 at the top: Hokkaido sits top-right, Okinawa bottom-left.
public struct PrefectureTile: Sendable, Hashable {
    /// JIS X 0401 code, 1…47.
    public var code: Int
    /// Full name, e.g. 東京都.
    public var name: String
    /// Name without 都/府/県 (北海道 stays whole), e.g. 東京; printed on tiles.
    public var shortName: String
    /// Romaji slug used in URLs, e.g. `tokyo`.
    public var slug: String
    /// Region, e.g. 関東, 九州・沖縄.
    public var region: String
    /// Zero-based grid row, 0 at the top.
    public var row: Int
    /// Zero-based grid column, 0 at the left.
    public var column: Int

    /// Creates a tile.
    public init(code: Int, name: String, shortName: String, slug: String, region: String, row: Int, column: Int) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.slug = slug
        self.region = region
        self.row = row
        self.column = column
    }
}
