/// One prefecture with its square on the tile-map grid of Japan.
///
/// The positions live in `content/prefectures.csv` (`code,name,short_name,slug,region,tile_row,
/// tile_col`); `PrefectureTile.parseCSV(_:)` reads that file. Rows and columns are zero-based,
/// row 0 at the top: Hokkaido sits top-right, Okinawa bottom-left.
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

    /// Creates a tile; callers normally get tiles from `parseCSV(_:)`.
    public init(code: Int, name: String, shortName: String, slug: String, region: String, row: Int, column: Int) {
        self.code = code
        self.name = name
        self.shortName = shortName
        self.slug = slug
        self.region = region
        self.row = row
        self.column = column
    }

    /// A problem in the prefecture CSV, with the 1-based line it was found on.
    public struct ParseError: Error, Sendable, Hashable, CustomStringConvertible {
        /// 1-based line number in the CSV.
        public let line: Int
        /// What is wrong and how to fix it.
        public let message: String
        /// `prefectures.csv:LINE: message`.
        public var description: String { "prefectures.csv:\(line): \(message)" }

        /// Creates an error for `line`.
        public init(line: Int, message: String) {
            self.line = line
            self.message = message
        }
    }

    static let expectedHeader = ["code", "name", "short_name", "slug", "region", "tile_row", "tile_col"]

    /// Parses the prefecture CSV (UTF-8 text, optional BOM, LF or CRLF line ends, header row
    /// required). Fields are plain: this file needs no quoting, so quotes are rejected rather
    /// than half-supported. Also rejects duplicate codes and two prefectures on one tile.
    public static func parseCSV(_ text: String) throws(ParseError) -> [PrefectureTile] {
        // `isNewline` matches "\r\n" too, which Swift treats as a single Character.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        guard let header = lines.first, header.split(separator: ",", omittingEmptySubsequences: false).map(String.init) == expectedHeader else {
            throw ParseError(line: 1, message: "header must be \(expectedHeader.joined(separator: ","))")
        }
        var tiles: [PrefectureTile] = []
        var codes = Set<Int>()
        var cells: [String: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let lineNumber = index + 1
            if line.contains("\"") {
                throw ParseError(line: lineNumber, message: "quoted fields are not supported; remove the quotes")
            }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == expectedHeader.count else {
                throw ParseError(line: lineNumber, message: "expected \(expectedHeader.count) fields, found \(fields.count)")
            }
            guard let code = Int(fields[0]), (1...47).contains(code) else {
                throw ParseError(line: lineNumber, message: "code '\(fields[0])' is not a JIS code 01…47")
            }
            guard let row = Int(fields[5]), let column = Int(fields[6]), row >= 0, column >= 0 else {
                throw ParseError(line: lineNumber, message: "tile_row and tile_col must be integers ≥ 0")
            }
            guard codes.insert(code).inserted else {
                throw ParseError(line: lineNumber, message: "code \(fields[0]) appears twice")
            }
            let cell = "\(row),\(column)"
            if let other = cells[cell] {
                throw ParseError(line: lineNumber, message: "tile \(cell) is already taken by code \(other)")
            }
            cells[cell] = code
            for (position, name) in [(1, "name"), (2, "short_name"), (3, "slug"), (4, "region")] where fields[position].isEmpty {
                throw ParseError(line: lineNumber, message: "\(name) is empty")
            }
            tiles.append(PrefectureTile(
                code: code, name: fields[1], shortName: fields[2], slug: fields[3], region: fields[4],
                row: row, column: column))
        }
        return tiles
    }
}
