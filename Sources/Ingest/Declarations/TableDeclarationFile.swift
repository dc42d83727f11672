import Foundation
import Content
import Japanese

/// Reads `content/sources/<doc-id>.tables.yaml`, the declarations of a document's regular tables.
///
/// Every problem (an unknown key, column type, layout or row kind, a check naming a column the
/// table does not have) is a ``ContentError`` at the YAML line, so an editor can fix the file
/// without reading Swift. See README, "Declaring a table".
public enum TableDeclarationFile {
    /// The file name of a document's declarations.
    public static func name(document: String) -> String { "\(document).tables.yaml" }

    /// The declarations of `document` in `text`; `file` names the YAML in errors.
    public static func declarations(yaml text: String, file: String, document: String) throws -> [TableDeclaration] {
        let yaml = try FrontMatter(yaml: text, file: file)
        try allowOnly(["tables"], in: yaml, file: file)
        var seen: Set<String> = []
        return try yaml.mappings("tables").map { entry in
            let table = try declaration(entry, file: file, document: document)
            guard seen.insert(table.id).inserted else {
                throw ContentError(file: file, line: entry.firstLine, problem: "the id `\(table.id)` is declared twice", fix: "give each table its own id")
            }
            return table
        }
    }

    static let tableKeys = [
        "id", "title", "description", "caption", "caption_position", "totals_row", "unlabelled_row", "layout", "label_column", "rows", "as_of", "columns", "notes",
        "charts", "blank_is_zero", "checks", "row_label", "order", "lines_below", "unrecoverable", "ends_before",
        "totals_label", "header_repeated", "figures", "figures_within", "source_lines", "skip_lines", "header_above",
        "table_with_row", "transposed", "months_from", "lines_of", "value_row", "total_in_text",
        "bespoke", "explanations", "named_totals",
    ]

    private static func declaration(_ entry: FrontMatter, file: String, document: String) throws -> TableDeclaration {
        try allowOnly(tableKeys, in: entry, file: file)
        let id = try entry.required("id", fix: "give the table a dataset id such as shakai-homeless-h21")
        let unrecoverable = try entry.string("unrecoverable")
        let bespoke = try entry.string("bespoke")
        let columns = try entry.mappings("columns").map { try column($0, file: file, bespoke: bespoke != nil) }
        guard !columns.isEmpty || unrecoverable != nil || bespoke != nil else {
            throw ContentError(file: file, line: entry.firstLine, problem: "table `\(id)` has no `columns:`", fix: "list its value columns")
        }
        let keys = Set(columns.map(\.column.key))
        let rows: TableDeclaration.RowKind = try choice(entry, "rows", default: .prefectures, file: file)
        let namedTotals = try NamedTotal.declared(entry, file: file)
        if let first = namedTotals.first, rows == .years || rows == .categories {
            throw ContentError(file: file, line: first.yamlLine, problem: "named_totals: in a table of \(rows.rawValue)", fix: "use totals_label:")
        }
        let checks = try entry.mappings("checks").map {
            try DeclaredCheckFile.check($0, file: file, columns: bespoke == nil ? keys : nil, totals: namedTotals.map(\.label))
        }
        let asOf = try entry.mapping("as_of").map { date -> TableDeclaration.AsOf in
            try allowOnly(["iso", "wareki", "line_containing", "lines_above"], in: date, file: file)
            if let text = try date.string("line_containing") { return .lineContaining(text, linesAbove: try date.int("lines_above") ?? 10) }
            return .stated(DatasetDate(
                iso: try date.required("iso", fix: "write the date as iso: \"2009-11\", or read it with line_containing: 現在"),
                wareki: try date.required("wareki", fix: "write the date as wareki: 平成21年11月")))
        }
        var table = TableDeclaration(
            id: id,
            title: try entry.required("title", fix: "add the table's Japanese title"),
            description: try entry.required("description", fix: "add one or two sentences saying what the table holds"),
            document: document,
            caption: try entry.string("table_with_row") != nil || bespoke != nil
                ? try entry.string("caption") ?? "" : try entry.required("caption", fix: "copy the caption line the table follows"),
            captionAfter: try isSet(entry, "caption_position", off: "before", on: "after", file: file),
            totalsBelowCaption: try isSet(entry, "totals_row", off: "in-table", on: "below-caption", file: file),
            unlabelledRow: try entry.string("unlabelled_row"),
            layout: try choice(entry, "layout", default: .pipe, file: file),
            labelColumn: try entry.int("label_column") ?? 0,
            columns: columns,
            rows: rows,
            asOf: asOf,
            notes: try entry.strings("notes"),
            charts: try entry.mappings("charts").map { try chart($0, file: file, columns: keys) },
            blankIsZero: try entry.string("blank_is_zero"),
            checks: checks,
            origin: DeclarationOrigin(file: file, line: entry.firstLine, captionLine: entry.line(of: "caption")),
            rowLabel: try entry.mapping("row_label").map { label in
                try allowOnly(["key", "title"], in: label, file: file)
                return (
                    try label.required("key", fix: "name the label column's key, such as month"),
                    try label.required("title", fix: "give the label column its Japanese title, such as 月"))
            },
            chronological: try isSet(entry, "order", off: "source", on: "chronological", file: file),
            linesBelow: try entry.int("lines_below") ?? 0,
            unrecoverable: unrecoverable,
            endsBefore: try entry.string("ends_before"),
            headerRepeated: try entry.bool("header_repeated") ?? false,
            totalsLabel: try entry.string("totals_label"),
            skipLines: try entry.strings("skip_lines").map(JapaneseText.matchKey),
            headerFromPageStart: try isSet(entry, "header_above", off: "none", on: "page", file: file),
            tableWithRow: try entry.string("table_with_row"),
            transposed: try entry.bool("transposed") ?? false,
            monthsFrom: try entry.string("months_from"),
            linesOf: try entry.string("lines_of"),
            valueRow: try entry.string("value_row"),
            totalInText: try entry.mapping("total_in_text").map { try TotalInText(declared: $0, file: file, columns: keys) })
        table.figures = try FigureRows.declared(entry, file: file)
        (table.bespoke, table.explanations) = (bespoke, try TableDeclaration.declaredExplanations(entry, file: file))
        table.sourceLines = try choice(entry, "source_lines", default: FigureRows.Span.whole, file: file)
        table.namedTotals = namedTotals
        return table
    }

    /// A column; a bespoke table's has no `source:` (its reader puts the cells) and may be of any type.
    private static func column(_ entry: FrontMatter, file: String, bespoke: Bool) throws -> PlaceColumn {
        try allowOnly(["source", "key", "title", "type", "unit", "additive"], in: entry, file: file)
        guard let index = try entry.int("source") ?? (bespoke ? 0 : nil) else {
            throw ContentError(
                file: file, line: entry.firstLine, problem: "a column has no `source:`",
                fix: "give the index of its source cell (0 = the first cell)")
        }
        let key = try entry.required("key", fix: "give the column a key of lower-case ASCII letters, digits and _")
        let title = try entry.required("title", fix: "give the column its Japanese title")
        let typeName = try entry.string("type") ?? ColumnType.integer.rawValue
        if typeName == "mark" { return .mark(key, title, at: index) }
        if typeName == "text" { return .text(key, title, at: index) }
        guard let type = ColumnType(rawValue: typeName), type.isNumeric || bespoke else {
            throw ContentError(
                file: file, line: entry.line(of: "type"), problem: "unknown column type `\(typeName)`",
                fix: "use integer, decimal, percent, mark or text")
        }
        return .number(key, title, at: index, unit: try entry.string("unit"), type: type, additive: try entry.bool("additive"))
    }

    private static func chart(_ entry: FrontMatter, file: String, columns: Set<String>) throws -> ChartSpec {
        try allowOnly(["kind", "columns"], in: entry, file: file)
        let chartColumns = try entry.strings("columns")
        try DeclaredCheckFile.known(chartColumns, in: columns, file: file, line: entry.line(of: "columns"))
        return ChartSpec(kind: try choice(entry, "kind", default: nil, file: file), columns: chartColumns)
    }

    /// A value of a closed list, or an error at its line listing the choices.
    static func choice<T: RawRepresentable & CaseIterable>(
        _ entry: FrontMatter, _ key: String, default fallback: T?, file: String
    ) throws -> T where T.RawValue == String {
        guard let text = try entry.string(key) else {
            if let fallback { return fallback }
            throw ContentError(file: file, line: entry.firstLine, problem: "has no `\(key)`", fix: "add `\(key):`")
        }
        guard let value = T(rawValue: text) else {
            throw ContentError(
                file: file, line: entry.line(of: key), problem: "unknown \(key) `\(text)`",
                fix: "use one of: " + T.allCases.map(\.rawValue).joined(separator: ", "))
        }
        return value
    }

    /// Whether a two-valued setting (`order: source` or `chronological`) is `on`, `off` being its
    /// default; any other value is an error at its line listing both.
    static func isSet(_ entry: FrontMatter, _ key: String, off: String, on: String, file: String) throws -> Bool {
        guard let text = try entry.string(key), text != off else { return false }
        guard text == on else {
            throw ContentError(file: file, line: entry.line(of: key), problem: "unknown \(key) `\(text)`", fix: "use one of: \(off), \(on)")
        }
        return true
    }

    /// Refuses a key outside `allowed`, so a misspelt key is never silently ignored.
    static func allowOnly(_ allowed: [String], in entry: FrontMatter, file: String) throws {
        if let unknown = entry.keys.first(where: { !allowed.contains($0) }) {
            throw ContentError(
                file: file, line: entry.line(of: unknown), problem: "unknown key `\(unknown)`",
                fix: "use one of: " + allowed.joined(separator: ", "))
        }
    }
}
