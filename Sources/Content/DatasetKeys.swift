/// The keys a dataset's YAML may hold in each of its nested blocks, and the references between
/// blocks that must name a column: a misspelt `unti:` or a chart of a column that does not exist
/// would otherwise vanish from the page without a word.
enum DatasetKeys {
    static let top = ["id", "title", "description", "shape", "source", "as_of", "columns", "totals", "notes", "checks", "charts", "unrecoverable"]
    static let nested: [(key: String, known: [String], list: Bool)] = [
        ("source", ["document", "lines"], false),
        ("as_of", ["iso", "wareki"], false),
        ("columns", ["key", "title", "type", "unit", "additive"], true),
        ("totals", ["column", "label", "value", "lines"], true),
        ("checks", ["id", "kind", "title", "result", "expected", "actual", "rows", "columns", "explanation"], true),
        ("charts", ["kind", "columns"], true),
    ]

    /// Unknown keys inside `source:`, `as_of:` and every entry of `columns:`, `totals:`, `checks:`
    /// and `charts:`.
    static func checkNested(_ yaml: FrontMatter, file: String) throws {
        for (key, known, list) in nested {
            let blocks = list ? try yaml.mappings(key) : [try yaml.mapping(key)].compactMap { $0 }
            for block in blocks {
                try KnownKeys.check(block, known: known, file: file, what: "key in `\(key)`")
            }
        }
    }

    /// Column keys are unique, and every column a total, chart or check names exists.
    static func checkColumnReferences(_ dataset: Dataset, yaml: FrontMatter, file: String) throws {
        var seen: Set<String> = []
        let columnLines = try yaml.mappings("columns").map { $0.line(of: "key") }
        for (column, line) in zip(dataset.columns, columnLines) where !seen.insert(column.key).inserted {
            throw ContentError(
                file: file, line: line, problem: "column key `\(column.key)` is declared twice",
                fix: "give every column its own key (it is the CSV header and the JSON field name)")
        }
        let known = dataset.columns.map(\.key)
        let references: [(block: String, columns: [[String]])] = [
            ("totals", dataset.totals.map { [$0.column] }), ("charts", dataset.charts.map(\.columns)),
            ("checks", dataset.checks.map(\.columns)),
        ]
        for (block, columnLists) in references {
            let nodes = try yaml.mappings(block)
            for (columns, node) in zip(columnLists, nodes) {
                for name in columns where !known.contains(name) {
                    let suggestion = KnownKeys.nearest(name, in: known).map { "did you mean `\($0)`? " } ?? ""
                    throw ContentError(
                        file: file, line: node.line(of: block == "totals" ? "column" : "columns") ?? node.firstLine,
                        problem: "`\(block)` names column `\(name)`, which the dataset does not have",
                        fix: "\(suggestion)use one of the column keys: \(known.joined(separator: ", "))")
                }
            }
        }
    }
}
