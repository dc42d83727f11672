import Foundation
import Content
import Japanese

/// A value column of a per-prefecture table: where it sits in the source and what it becomes.
public struct PlaceColumn: Sendable {
    /// The dataset column.
    public let column: DatasetColumn
    /// Index of the source cell (0 = first cell after the leading pipe).
    public let sourceIndex: Int
    /// How the source cells are read.
    public let kind: PlaceCellKind

    /// A numeric column.
    public static func number(
        _ key: String, _ title: String, at index: Int, unit: String?, type: ColumnType = .integer, additive: Bool? = nil
    ) -> PlaceColumn {
        PlaceColumn(
            column: DatasetColumn(key: key, title: title, type: type, unit: unit, additive: additive),
            sourceIndex: index, kind: .number)
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
    /// `code`, `prefecture`, `city` when cities are listed, then the value columns.
    public static func columns(_ values: [PlaceColumn], withCities: Bool) -> [DatasetColumn] {
        keyColumns(withCities: withCities) + values.map(\.column)
    }

    /// A list's running number.
    public static let numberColumn = DatasetColumn(key: "no", title: "番号", type: .integer, additive: false)

    /// The source line a list entry was read from.
    public static let lineColumn = DatasetColumn(key: "line", title: "原資料の行", type: .integer, additive: false)

    /// A series' key columns: the date (`fiscal_year`, ISO) and its 和暦 label (`年度（和暦）`).
    public static func periodColumns(_ key: String, _ title: String) -> [DatasetColumn] {
        [DatasetColumn(key: key, title: title, type: .date), DatasetColumn(key: "label", title: "\(title)（和暦）", type: .text)]
    }

    /// `code`, `prefecture`, and `city` when cities are listed.
    public static func keyColumns(withCities: Bool) -> [DatasetColumn] {
        var columns = [
            DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
            DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
        ]
        if withCities { columns.append(DatasetColumn(key: "city", title: "指定都市", type: .city)) }
        return columns
    }

    /// One CSV row per place, in ``Place`` order.
    public static func rows(_ table: PlaceTable, withCities: Bool) -> [[String]] {
        table.rows.map { row in
            var cells = [row.place.prefecture.jisCode, row.place.prefecture.name]
            if withCities { cells.append(row.place.city?.name ?? "") }
            return cells + row.cells.map(csvCell)
        }
    }

    /// A totals row's cells as stated totals, leaving out blank ones.
    public static func totals(_ totals: TotalsRow, _ values: [PlaceColumn]) -> [StatedTotal] {
        zip(values, totals.cells).compactMap { column, cell in
            let value: String
            switch cell {
            case .number(let number):
                guard let number = number.value else { return nil }
                value = DatasetNumber.format(number)
            case .mark(let text), .text(let text):
                guard !text.isEmpty else { return nil }
                value = text
            }
            return StatedTotal(
                column: column.column.key, label: totals.label, value: value,
                lines: SourceLines(first: totals.line, last: totals.line))
        }
    }

    /// The CSV form of a numeric cell.
    static func csvCell(number cell: NumberCell) -> String {
        csvCell(.number(cell))
    }

    /// The CSV form of a cell: plain digits, `-` for a printed dash, empty for a blank.
    public static func csvCell(_ cell: PlaceCell) -> String {
        switch cell {
        case .number(let number):
            if let value = number.value { DatasetNumber.format(value) } else if number.isNone { "-" } else { "" }
        case .mark(let text), .text(let text): text
        }
    }
}
