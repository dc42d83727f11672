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

    /// The settings a key sets directly, by the kind of value it takes; each is read, and refused
    /// at its line, the same way. The keys with a shape of their own are read in ``declaration(_:file:document:)``.
    typealias Field<Value> = any WritableKeyPath<TableDeclaration, Value> & Sendable
    private static let texts: [(String, Field<String?>)] = [
        ("unlabelled_row", \.unlabelledRow), ("unrecoverable", \.unrecoverable), ("ends_before", \.endsBefore),
        ("totals_label", \.totalsLabel), ("table_with_row", \.tableWithRow), ("months_from", \.monthsFrom),
        ("lines_of", \.linesOf), ("value_row", \.valueRow), ("blank_is_zero", \.blankIsZero), ("bespoke", \.bespoke),
    ]
    private static let flags: [(String, Field<Bool>)] = [
        ("header_repeated", \.headerRepeated), ("transposed", \.transposed),
    ]
    private static let counts: [(String, Field<Int>)] = [
        ("label_column", \.labelColumn), ("lines_below", \.linesBelow),
    ]
    /// Two-valued words, the first the default: `order: source` or `chronological`.
    private static let switches: [(String, off: String, on: String, Field<Bool>)] = [
        ("caption_position", "before", "after", \.captionAfter), ("totals_row", "in-table", "below-caption", \.totalsBelowCaption),
        ("order", "source", "chronological", \.chronological), ("header_above", "none", "page", \.headerFromPageStart),
    ]

    static let tableKeys = [
        "id", "title", "description", "caption", "layout", "rows", "as_of", "columns", "notes", "charts", "checks", "row_label",
        "figures", "figures_within", "source_lines", "skip_lines", "total_in_text", "explanations", "named_totals",
    ] + texts.map(\.0) + flags.map(\.0) + counts.map(\.0) + switches.map(\.0)

    private static func declaration(_ entry: FrontMatter, file: String, document: String) throws -> TableDeclaration {
        try allowOnly(tableKeys, in: entry, file: file)
        let id = try entry.required("id", fix: "give the table a dataset id such as shakai-homeless-h21")
        let (bespoke, captionOptional) = (try entry.string("bespoke"), try entry.string("table_with_row") != nil)
        let columns = try entry.mappings("columns").map { try column($0, file: file, bespoke: bespoke != nil) }
        guard try !columns.isEmpty || entry.string("unrecoverable") != nil || bespoke != nil else {
            throw ContentError(file: file, line: entry.firstLine, problem: "table `\(id)` has no `columns:`", fix: "list its value columns")
        }
        let keys = Set(columns.map(\.column.key))
        var table = TableDeclaration(
            id: id,
            title: try entry.required("title", fix: "add the table's Japanese title"),
            description: try entry.required("description", fix: "add one or two sentences saying what the table holds"),
            document: document,
            caption: captionOptional || bespoke != nil
                ? try entry.string("caption") ?? "" : try entry.required("caption", fix: "copy the caption line the table follows"),
            layout: try choice(entry, "layout", default: .pipe, file: file),
            columns: columns, rows: try choice(entry, "rows", default: .prefectures, file: file),
            origin: DeclarationOrigin(file: file, line: entry.firstLine, captionLine: entry.line(of: "caption")))
        for (key, path) in texts { table[keyPath: path] = try entry.string(key) }
        for (key, path) in flags { table[keyPath: path] = try entry.bool(key) ?? false }
        for (key, path) in counts { table[keyPath: path] = try entry.int(key) ?? 0 }
        for (key, off, on, path) in switches {
            guard let text = try entry.string(key), text != off else { continue }
            guard text == on else {
                throw ContentError(file: file, line: entry.line(of: key), problem: "unknown \(key) `\(text)`", fix: "use one of: \(off), \(on)")
            }
            table[keyPath: path] = true
        }
        table.namedTotals = try NamedTotal.declared(entry, file: file)
        if let first = table.namedTotals.first, table.rows == .years || table.rows == .categories {
            throw ContentError(file: file, line: first.yamlLine, problem: "named_totals: in a table of \(table.rows.rawValue)", fix: "use totals_label:")
        }
        table.checks = try entry.mappings("checks").map {
            try DeclaredCheckFile.check($0, file: file, columns: bespoke == nil ? keys : nil, totals: table.namedTotals.map(\.label))
        }
        table.asOf = try entry.mapping("as_of").map { date -> TableDeclaration.AsOf in
            try allowOnly(["iso", "wareki", "line_containing", "lines_above"], in: date, file: file)
            if let text = try date.string("line_containing") { return .lineContaining(text, linesAbove: try date.int("lines_above") ?? 10) }
            return .stated(DatasetDate(
                iso: try date.required("iso", fix: "write the date as iso: \"2009-11\", or read it with line_containing: 現在"),
                wareki: try date.required("wareki", fix: "write the date as wareki: 平成21年11月")))
        }
        table.notes = try entry.strings("notes")
        table.charts = try entry.mappings("charts").map { try chart($0, file: file, columns: keys) }
        table.rowLabel = try entry.mapping("row_label").map { label in
            try allowOnly(["key", "title"], in: label, file: file)
            return (
                try label.required("key", fix: "name the label column's key, such as month"),
                try label.required("title", fix: "give the label column its Japanese title, such as 月"))
        }
        table.skipLines = try entry.strings("skip_lines").map(JapaneseText.matchKey)
        table.totalInText = try entry.mapping("total_in_text").map { try TotalInText(declared: $0, file: file, columns: keys) }
        table.figures = try FigureRows.declared(entry, file: file)
        table.explanations = try TableDeclaration.declaredExplanations(entry, file: file)
        table.sourceLines = try choice(entry, "source_lines", default: FigureRows.Span.whole, file: file)
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

    /// Refuses a key outside `allowed`, so a misspelt key is never silently ignored.
    static func allowOnly(_ allowed: [String], in entry: FrontMatter, file: String) throws {
        if let unknown = entry.keys.first(where: { !allowed.contains($0) }) {
            throw ContentError(
                file: file, line: entry.line(of: unknown), problem: "unknown key `\(unknown)`",
                fix: "use one of: " + allowed.joined(separator: ", "))
        }
    }
}
