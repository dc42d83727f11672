import Foundation
import Content
import Japanese

/// A row's place in a per-prefecture table: a prefecture, or a designated city listed after it.
public struct Place: Sendable, Hashable, Comparable {
    public let prefecture: Prefecture
    public let city: DesignatedCity?

    public init(_ prefecture: Prefecture) { (self.prefecture, city) = (prefecture, nil) }

    public init(city: DesignatedCity) { (prefecture, self.city) = (city.prefecture, city) }

    /// The leading CSV cells: code, name, and the city (blank on a prefecture's row) when listed.
    func keyCells(withCities: Bool) -> [String] { [prefecture.jisCode, prefecture.name] + (withCities ? [city?.name ?? ""] : []) }

    public var rowKey: String { PrefectureRowKey.key(code: prefecture.jisCode, city: city?.name) }

    /// An ASCII form of the key for check ids: `14`, `14-yokohama-shi`.
    public var idSuffix: String { city.map { "\(prefecture.jisCode)-\($0.slug)" } ?? prefecture.jisCode }

    /// JIS order, the prefecture's row first, then its cities by local government code: the
    /// source's own order (静岡 before 岐阜, 川崎 before 横浜) is not kept.
    public static func < (lhs: Place, rhs: Place) -> Bool {
        (lhs.prefecture.code, lhs.city?.localGovernmentCode ?? "") < (rhs.prefecture.code, rhs.city?.localGovernmentCode ?? "")
    }
}

/// A cell of a per-prefecture table after reading: a number (or its dash or blank) or a mark.
public enum PlaceCell: Sendable, Hashable {
    case number(NumberCell)
    case mark(String)
    /// A text column's cell (a name, a range such as `36～70`), as printed.
    case text(String)

    /// The number, or nil for dashes, blanks and marks.
    public var value: Decimal? {
        if case .number(let cell) = self { return cell.value }
        return nil
    }
}

/// How a value column's cells are read: numbers (`－` or blank), `○`, a dash (`－`) or blank, or
/// any text as printed; anything else in a number or mark column is an error.
public enum PlaceCellKind: Sendable, Hashable { case number, mark, text }

/// One data row of a per-prefecture table.
public struct PlaceRow: Sendable {
    public let place: Place
    public let label: String
    public let line: Int
    public let cells: [PlaceCell]
}

/// The totals row of a per-prefecture table (合計, 件数合計 …).
public struct TotalsRow: Sendable {
    /// The label as the source writes it, spaces closed up: `合計`, `件数合計`.
    public let label: String
    public let line: Int
    public let cells: [PlaceCell]

    /// The totals row read at `line`; a second one in a table (`earlier` read before) is an error
    /// at its line naming the first.
    static func read(_ label: String, line: Int, cells: [PlaceCell], after earlier: TotalsRow?, in source: SourceText) throws -> TotalsRow {
        if let earlier { throw source.error(at: line, "second totals row 「\(label)」; the first is at line \(earlier.line)") }
        return TotalsRow(label: JapaneseText.matchKey(label), line: line, cells: cells)
    }
}

/// The rows of a per-prefecture table: all 47 prefectures once each, cities when allowed, the
/// totals row, and the table's lines.
public struct PlaceTable: Sendable {
    public let rows: [PlaceRow]
    public let totals: TotalsRow
    public let firstLine: Int
    public let lastLine: Int

    /// Reads the body of `table`.
    ///
    /// Rows whose label is not a place and whose value cells hold no number are sub-headers and
    /// are passed over. Everything else must be a prefecture, an allowed designated city or the one
    /// totals row; an unknown label, a repeated prefecture, a missing prefecture or a cell of the
    /// wrong kind throws an error naming the line. Without `requiresTotals` (a table whose totals
    /// are rows of their own names, read apart) a missing totals row is an empty one.
    public static func read(
        _ table: LocatedTable, in source: SourceText, labelColumn: Int,
        valueColumns: [(index: Int, kind: PlaceCellKind)], allowsCities: Bool, declaredAt: String? = nil, requiresTotals: Bool = true
    ) throws -> PlaceTable {
        var collector = PlaceRowCollector<(label: String, cells: [PlaceCell])>(
            source: source, withCities: allowsCities, declaredAt: declaredAt)
        var totals: TotalsRow?
        for row in table.body {
            // A totals row may put its label in the number column (`| 合 計 |  | 14,865 |`).
            let firstValue = valueColumns.map(\.index).min() ?? row.cells.count
            let label = row[labelColumn].isEmpty
                ? (0..<firstValue).map { row[$0] }.first { !$0.isEmpty } ?? "" : row[labelColumn]
            let match = PrefectureResolver.resolve(label)
            if match == nil, isSubHeader(row, valueColumns: valueColumns) { continue }
            let isTotals = if case .aggregate? = match { true } else { false }
            let cells = try valueColumns.map { column in
                // The totals row counts the ○ marks, so its mark cells are numbers.
                try readCell(row[column.index], kind: isTotals ? .number : column.kind, row: row, source: source)
            }
            guard isTotals else {
                try collector.add(label: label, value: (label, cells), line: row.line)
                continue
            }
            totals = try TotalsRow.read(label, line: row.line, cells: cells, after: totals, in: source)
        }
        let rows = try collector.sorted(tableLines: table.firstLine...table.lastLine).map {
            PlaceRow(place: $0.place, label: $0.value.label, line: $0.line, cells: $0.value.cells)
        }
        if totals == nil, !requiresTotals {
            totals = TotalsRow(label: "", line: table.lastLine, cells: valueColumns.map { _ in .number(.blank) })
        }
        guard let totals else {
            throw source.error(at: table.lastLine, "the table (lines \(table.firstLine)–\(table.lastLine)) has no totals row")
        }
        return PlaceTable(rows: rows, totals: totals, firstLine: table.firstLine, lastLine: table.lastLine)
    }

    static func isSubHeader(_ row: LocatedTable.Row, valueColumns: [(index: Int, kind: PlaceCellKind)]) -> Bool {
        valueColumns.allSatisfy { NumberCell.parse(row[$0.index])?.value == nil } && !valueColumns.contains { row[$0.index] == "○" }
    }

    static func readCell(_ text: String, kind: PlaceCellKind, row: LocatedTable.Row, source: SourceText) throws -> PlaceCell {
        switch kind {
        case .number:
            return .number(try source.number(text, at: row.line))
        case .mark:
            // A printed dash is "none", written as the documents print it.
            if NumberCell.parse(text) == NumberCell.none { return .mark("－") }
            let folded = JapaneseText.matchKey(text)
            guard folded.isEmpty || folded == "○" else { throw source.error(at: row.line, "cell 「\(text)」 is neither ○, a dash nor empty") }
            return .mark(folded)
        case .text:
            return .text(text.trimmingSpaces())
        }
    }
}
