import Foundation

/// One prefecture as `content/prefectures.csv` describes it, with its square on the tile map.
public struct PrefectureRecord: Sendable, Hashable {
    /// JIS X 0401 code, 1…47.
    public let code: Int
    /// Full name, e.g. 東京都.
    public let name: String
    /// Name without 都/府/県 (北海道 stays whole), e.g. 東京.
    public let shortName: String
    /// Romaji slug used in addresses, e.g. `tokyo`.
    public let slug: String
    /// Region, e.g. 関東, 九州・沖縄.
    public let region: String
    /// Zero-based tile-map row, 0 at the top.
    public let row: Int
    /// Zero-based tile-map column, 0 at the left.
    public let column: Int
}

/// Reads `content/prefectures.csv`: `code,name,short_name,slug,region,tile_row,tile_col`.
public enum PrefectureFile {
    public static let path = "prefectures.csv"
    static let header = ["code", "name", "short_name", "slug", "region", "tile_row", "tile_col"]

    /// The prefectures in file order; none when the file is absent (no prefecture pages or maps).
    public static func load(contentDirectory: URL) throws -> [PrefectureRecord] {
        let url = contentDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try parse(try TextFile.read(url, displayPath: path))
    }

    /// Parses the file (optional BOM, LF or CRLF). Fields are plain: the file needs no quoting, so
    /// quotes are rejected rather than half-supported. Duplicate codes and two prefectures on one
    /// tile are rejected too.
    /// - Throws: `ContentError` naming the line.
    public static func parse(_ text: String) throws -> [PrefectureRecord] {
        // `isNewline` matches "\r\n" too, which Swift treats as a single Character.
        var lines = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init)
        if let first = lines.first, first.hasPrefix("\u{FEFF}") { lines[0] = String(first.dropFirst()) }
        func error(_ line: Int, _ problem: String) -> ContentError {
            ContentError(file: path, line: line, problem: problem, fix: "keep the columns \(header.joined(separator: ","))")
        }
        guard let first = lines.first, first.split(separator: ",", omittingEmptySubsequences: false).map(String.init) == header else {
            throw error(1, "header must be \(header.joined(separator: ","))")
        }
        var records: [PrefectureRecord] = []
        var codes = Set<Int>()
        var tiles: [String: Int] = [:]
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let number = index + 1
            if line.contains("\"") { throw error(number, "quoted fields are not supported; remove the quotes") }
            let fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == header.count else {
                throw error(number, "expected \(header.count) fields, found \(fields.count)")
            }
            guard let code = Int(fields[0]), (1...47).contains(code) else {
                throw error(number, "code '\(fields[0])' is not a JIS code 01…47")
            }
            guard let row = Int(fields[5]), let column = Int(fields[6]), row >= 0, column >= 0 else {
                throw error(number, "tile_row and tile_col must be integers ≥ 0")
            }
            guard codes.insert(code).inserted else { throw error(number, "code \(fields[0]) appears twice") }
            let tile = "\(row),\(column)"
            if let other = tiles[tile] { throw error(number, "tile \(tile) is already taken by code \(other)") }
            tiles[tile] = code
            for (position, name) in [(1, "name"), (2, "short_name"), (3, "slug"), (4, "region")] where fields[position].isEmpty {
                throw error(number, "\(name) is empty")
            }
            records.append(
                PrefectureRecord(
                    code: code, name: fields[1], shortName: fields[2], slug: fields[3], region: fields[4], row: row, column: column))
        }
        return records
    }
}
