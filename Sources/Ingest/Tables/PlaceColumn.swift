import Foundation
import Content
import Japanese

/// A value column of a per-prefecture table: where it sits in the source and what it becomes.
public struct PlaceColumn: Sendable {
    public let column: DatasetColumn
    /// Index of the source cell (0 = first cell after the leading pipe).
    public let sourceIndex: Int
    public let kind: PlaceCellKind

    public static func number(
        _ key: String, _ title: String, at index: Int, unit: String?, type: ColumnType = .integer, additive: Bool? = nil
    ) -> PlaceColumn {
        PlaceColumn(
            column: DatasetColumn(key: key, title: title, type: type, unit: unit, additive: additive), sourceIndex: index, kind: .number)
    }

    /// A ○ mark column.
    public static func mark(_ key: String, _ title: String, at index: Int) -> PlaceColumn {
        PlaceColumn(column: DatasetColumn(key: key, title: title, type: .text), sourceIndex: index, kind: .mark)
    }

    /// A text column (names, ranges), kept as printed.
    public static func text(_ key: String, _ title: String, at index: Int) -> PlaceColumn {
        PlaceColumn(column: DatasetColumn(key: key, title: title, type: .text), sourceIndex: index, kind: .text)
    }
}

/// Turning a ``PlaceTable`` into dataset columns, rows and stated totals.
public enum PlaceDataset {
    /// A series' key columns: the date (`fiscal_year`, ISO) and its 和暦 label (`年度（和暦）`).
    public static func periodColumns(_ key: String, _ title: String) -> [DatasetColumn] {
        [DatasetColumn(key: key, title: title, type: .date), DatasetColumn(key: "label", title: "\(title)（和暦）", type: .text)]
    }

    /// `code`, `prefecture`, and `city` when cities are listed.
    public static func keyColumns(withCities: Bool) -> [DatasetColumn] {
        [DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture), DatasetColumn(key: "prefecture", title: "都道府県", type: .text)]
            + (withCities ? [DatasetColumn(key: "city", title: "指定都市", type: .city)] : [])
    }

    /// One CSV row per place, in ``Place`` order.
    public static func rows(_ table: PlaceTable, withCities: Bool) -> [[String]] {
        table.rows.map { $0.place.keyCells(withCities: withCities) + $0.cells.map(csvCell) }
    }

    /// A totals row's cells as stated totals, leaving out blank ones (and a number column's dash).
    public static func totals(_ totals: TotalsRow, _ values: [PlaceColumn]) -> [StatedTotal] {
        zip(values, totals.cells).compactMap { column, cell in
            let value = csvCell(cell)
            if case .number(let number) = cell, number.value == nil { return nil }
            guard !value.isEmpty else { return nil }
            return StatedTotal(
                column: column.column.key, label: totals.label, value: value, lines: SourceLines(first: totals.line, last: totals.line))
        }
    }

    /// The CSV form of a cell: plain digits, `-` for a printed dash, empty for a blank.
    public static func csvCell(_ cell: PlaceCell) -> String {
        switch cell {
        case .number(let number): Cells.format(number)
        case .mark(let text), .text(let text): text
        }
    }
}
