import Foundation
import Content
import Japanese

/// Collects the rows of a per-prefecture table and lays them out as the dataset format asks:
/// sorted by JIS code, every prefecture exactly once, each designated city right after its
/// prefecture and never added into it.
public struct PrefectureRows: Sendable {
    /// One collected row.
    public struct Row: Sendable {
        /// The prefecture, or the prefecture of the city.
        public let prefecture: Prefecture
        /// The designated city, for a city row.
        public let city: String?
        /// The value cells, in column order after `code,prefecture[,city]`.
        public let values: [String]
        /// Where the row stands in the source.
        public let line: Int
    }

    private let source: SourceText
    private let withCities: Bool
    private(set) var rows: [Row] = []

    /// Starts a table; `withCities` adds the `city` column.
    public init(source: SourceText, withCities: Bool) {
        self.source = source
        self.withCities = withCities
    }

    /// Adds the row for a label (`北 海 道`, `札幌市`); throws for a label that is neither a
    /// prefecture nor a designated city, or one seen twice.
    public mutating func add(label: String, values: [String], line: Int) throws {
        switch PrefectureResolver.resolve(label) {
        case .prefecture(let prefecture)?:
            try add(prefecture: prefecture, city: nil, values: values, line: line)
        case .designatedCity(let name, let prefecture)?:
            guard withCities else {
                throw source.error(
                    line: line, "“\(label)” is a designated city in a table read as prefectures only",
                    fix: "read this table with city rows")
            }
            try add(prefecture: prefecture, city: name, values: values, line: line)
        case .aggregate?, nil:
            throw source.error(
                line: line, "“\(label)” is not a prefecture or designated city",
                fix: "correct the name in the source, or extend the reader if the table has a new kind of row")
        }
    }

    /// Adds a row for a known prefecture or city.
    public mutating func add(prefecture: Prefecture, city: String?, values: [String], line: Int) throws {
        if let earlier = rows.first(where: { $0.prefecture == prefecture && $0.city == city }) {
            throw source.error(
                line: line, "\(city ?? prefecture.name) appears twice (first at line \(earlier.line))",
                fix: "check the table for a duplicated row")
        }
        rows.append(Row(prefecture: prefecture, city: city, values: values, line: line))
    }

    /// The leading key columns.
    public var keyColumns: [DatasetColumn] {
        var columns = [
            DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
            DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
        ]
        if withCities { columns.append(DatasetColumn(key: "city", title: "指定都市", type: .city)) }
        return columns
    }

    /// The rows in dataset order; throws when a prefecture is missing, naming the table's lines.
    public func csvRows(tableLines: ClosedRange<Int>) throws -> [[String]] {
        let present = Set(rows.filter { $0.city == nil }.map(\.prefecture.code))
        if let missing = Prefecture.all.first(where: { !present.contains($0.code) }) {
            throw source.error(
                line: tableLines.lowerBound,
                "the table at lines \(tableLines.lowerBound)–\(tableLines.upperBound) has no row for \(missing.name)",
                fix: "check that the row was not lost or misspelt in the source")
        }
        let cityOrder = Dictionary(uniqueKeysWithValues: DesignatedCity.all.enumerated().map { ($1.name, $0) })
        return rows.sorted { a, b in
            if a.prefecture.code != b.prefecture.code { return a.prefecture.code < b.prefecture.code }
            return (a.city.map { (cityOrder[$0] ?? 99) + 1 } ?? 0) < (b.city.map { (cityOrder[$0] ?? 99) + 1 } ?? 0)
        }.map { row in
            var cells = [row.prefecture.jisCode, row.prefecture.name]
            if withCities { cells.append(row.city ?? "") }
            return cells + row.values
        }
    }
}

extension Dataset {
    /// The row key the checks use (``PrefectureRowKey``), or the row number outside
    /// per-prefecture tables.
    public func rowKey(_ row: Int) -> String {
        guard rows.indices.contains(row) else { return "\(row + 1)" }
        if shape == .prefectures, let code = columnIndex("code") {
            return PrefectureRowKey.key(code: rows[row][code], city: columnIndex("city").map { rows[row][$0] })
        }
        return "\(row + 1)"
    }

    /// Whether a row is a prefecture's own row (not a city or municipal sub-row).
    public func isPrefectureRow(_ row: Int) -> Bool {
        guard let city = columnIndex("city") else { return true }
        return rows[row][city].isEmpty
    }
}
