import Foundation
import Content
import Japanese

/// The one collector of per-prefecture rows, for every reader: resolves a row's label to a
/// ``Place``, refuses a row seen twice or a city in a table of prefectures only, and gives the rows
/// in dataset order (JIS code, each designated city right after its prefecture and never added
/// into it), refusing a table that lacks a prefecture. `Value` is what a row carries: CSV cells
/// (``PrefectureRows``) or read cells (``PlaceTable``).
public struct PlaceRowCollector<Value: Sendable>: Sendable {
    /// One collected row.
    public struct Row: Sendable {
        public let place: Place
        public let value: Value
        public let line: Int
    }

    private let source: SourceText
    private let withCities: Bool
    /// Appended to errors a declaration may be the cause of (`; the table is declared at …`).
    private let declared: String
    private(set) var rows: [Row] = []
    private var seen: [Place: Int] = [:]

    /// Starts a table; `withCities` allows designated-city rows.
    public init(source: SourceText, withCities: Bool, declaredAt: String? = nil) {
        self.source = source
        self.withCities = withCities
        self.declared = declaredAt.map { "; the table is declared at \($0)" } ?? ""
    }

    /// Adds the row for a label (`北 海 道`, `札幌市`); throws for a label that is neither a
    /// prefecture nor a designated city, a city the table may not list, or a row seen twice.
    public mutating func add(label: String, value: Value, line: Int) throws {
        switch PrefectureResolver.resolve(label) {
        case .prefecture(let prefecture)?:
            try add(Place(prefecture), value: value, line: line)
        case .designatedCity(let name, _)?:
            guard withCities, let city = DesignatedCity.all.first(where: { $0.name == name }) else {
                throw source.error(at: line, "designated city 「\(label)」 in a table that lists prefectures only\(declared)")
            }
            try add(Place(city: city), value: value, line: line)
        case .aggregate?, nil:
            throw source.error(at: line, "row label 「\(label)」 is not a prefecture, designated city or totals label\(declared)")
        }
    }

    /// Adds a row for a known place.
    public mutating func add(_ place: Place, value: Value, line: Int) throws {
        if let earlier = seen[place] {
            throw source.error(at: line, "「\(place.city?.name ?? place.prefecture.name)」 appears twice (first at line \(earlier))")
        }
        seen[place] = line
        rows.append(Row(place: place, value: value, line: line))
    }

    /// The rows in dataset order; throws when a prefecture is missing. When a line of the table
    /// names the missing prefecture, or the line that ended a text table does, that line is the one
    /// to look at (its cells did not read as a row: a column too many or too few, a figure that is
    /// no number); otherwise the error names the table's lines.
    public func sorted(tableLines: ClosedRange<Int>) throws -> [Row] {
        let missing = Prefecture.all.filter { seen[Place($0)] == nil }
        guard let first = missing.first else { return rows.sorted { $0.place < $1.place } }
        let names = missing.map(\.name).joined(separator: "、")
        let read = Set(rows.map(\.line))
        let named = (tableLines.lowerBound...max(tableLines.upperBound, min(source.nextNonBlankLine(after: tableLines.upperBound), source.lines.count))).first { line in
            !read.contains(line) && source.key(line).hasPrefix(JapaneseText.matchKey(first.shortName))
        }
        if let named {
            throw source.error(
                line: named, "the table (lines \(tableLines.lowerBound)–\(tableLines.upperBound)) has no row for \(names): "
                    + "this line names \(first.name) but its cells do not read as a row of the table\(declared)",
                fix: "compare the line's cells with the table's columns; a figure missing, split or run together shows here")
        }
        throw source.error(
            at: tableLines.lowerBound, "the table (lines \(tableLines.lowerBound)–\(tableLines.upperBound)) has no row for \(names)")
    }
}

public typealias PrefectureRows = PlaceRowCollector<[String]>

extension PlaceRowCollector where Value == [String] {
    /// Adds the row for a label with its CSV cells.
    public mutating func add(label: String, values: [String], line: Int) throws { try add(label: label, value: values, line: line) }

    /// Adds a row for a prefecture or one of its designated cities (by name).
    public mutating func add(prefecture: Prefecture, city: String?, values: [String], line: Int) throws {
        guard let city else { return try add(Place(prefecture), value: values, line: line) }
        guard let designated = DesignatedCity.all.first(where: { $0.name == city }) else {
            throw source.error(at: line, "「\(city)」 is not a designated city")
        }
        try add(Place(city: designated), value: values, line: line)
    }

    public var keyColumns: [DatasetColumn] { PlaceDataset.keyColumns(withCities: withCities) }

    /// The rows in dataset order as CSV rows.
    public func csvRows(tableLines: ClosedRange<Int>) throws -> [[String]] {
        try sorted(tableLines: tableLines).map { $0.place.keyCells(withCities: withCities) + $0.value }
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
