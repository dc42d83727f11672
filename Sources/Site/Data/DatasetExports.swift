import Content
import Foundation

/// The downloadable forms of a dataset: CSV for spreadsheets and JSON for programs.
enum DatasetExports {
    /// The CSV with a UTF-8 byte-order mark, without which Excel reads Japanese text as Shift_JIS.
    /// Its header row holds the column titles the page shows, with their units (`設置数（箇所）`),
    /// since spreadsheets are read by people; the column keys (`centres`) are in the JSON only, as a
    /// second header row would be read as a row of data by spreadsheets and CSV readers. Text cells
    /// a spreadsheet would run as a formula are neutralised (see `spreadsheetSafe`).
    static func csv(_ dataset: Dataset) -> Data {
        let header = dataset.columns.map { column in
            spreadsheetSafe(column.unit.map { "\(column.title)（\($0)）" } ?? column.title)
        }
        let rows = dataset.rows.map { $0.map(spreadsheetSafe) }
        return Data([0xEF, 0xBB, 0xBF]) + Data(CSVText.write([header] + rows).utf8)
    }

    /// A cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel and
    /// its kin as a formula (`=HYPERLINK(…)` sends data away), so it gets a leading `'`, which
    /// spreadsheets show as plain text, as OWASP recommends. Numbers (`-12`, `+3.5`) and the
    /// source's dash (`-`) are not formulas and stay as they are; the JSON is never changed.
    static func spreadsheetSafe(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), cell != "-",
            Double(cell) == nil
        else { return cell }
        return "'" + cell
    }

    /// JSON with keys in a fixed order: numbers as numbers written with the CSV's digits (exact at
    /// any length; a reader's own parser decides its precision), blank cells as null, dashes as "-".
    static func json(_ dataset: Dataset) -> Data {
        var out = "{\n"
        out += "  \"id\": \(JSONText.string(dataset.id)),\n"
        out += "  \"title\": \(JSONText.string(dataset.title)),\n"
        out += "  \"description\": \(JSONText.string(dataset.description)),\n"
        out += "  \"source\": {\"document\": \(JSONText.string(dataset.source.document)), \"lines\": \(JSONText.string(dataset.source.lines.plain))},\n"
        if let asOf = dataset.asOf {
            out += "  \"as_of\": {\"iso\": \(JSONText.string(asOf.iso)), \"wareki\": \(JSONText.string(asOf.wareki))},\n"
        }
        let columns = dataset.columns.map { column in
            "{\"key\": \(JSONText.string(column.key)), \"title\": \(JSONText.string(column.title)), \"type\": \(JSONText.string(column.type.rawValue))"
                + (column.unit.map { ", \"unit\": \(JSONText.string($0))" } ?? "") + "}"
        }
        out += "  \"columns\": [\n    " + columns.joined(separator: ",\n    ") + "\n  ],\n"
        // Each column's key is quoted once, not once per row.
        let keys = dataset.columns.map { JSONText.string($0.key) + ": " }
        let rows = dataset.rows.indices.map { row in
            "{" + dataset.columns.indices.map { column in
                keys[column] + JSONText.value(dataset.value(row: row, column: column))
            }.joined(separator: ", ") + "}"
        }
        out += "  \"rows\": [\n    " + rows.joined(separator: ",\n    ") + "\n  ]\n}\n"
        return Data(out.utf8)
    }
}

/// JSON literals written by hand so that output bytes are stable.
enum JSONText {
    static func string(_ text: String) -> String {
        YAMLText.quote(text)
    }

    static func value(_ value: DatasetValue) -> String {
        switch value {
        case .number(let number): number.plain
        case .text(let text): string(text)
        case .blank: "null"
        case .dash: "\"-\""
        }
    }
}
