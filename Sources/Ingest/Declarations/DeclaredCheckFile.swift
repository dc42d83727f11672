import Foundation
import Content
import Japanese

/// Reads one entry of a declaration's `checks:` list.
enum DeclaredCheckFile {
    static let keys = [
        "column_sum", "row_sum", "row_at_least", "mark_count", "agrees_with", "list_count", "rate", "parts", "dataset", "other_column", "id",
        "title", "explanation", "numerator", "denominator", "decimals", "scale", "value", "row", "equals",
        "row_count", "total_plus_line", "line", "equals_line", "text_states", "text_change", "line_containing", "pattern", "total", "expected",
    ]

    /// `columns` are the table's declared keys, nil for a bespoke table, whose columns are its
    /// reader's: it may declare only `value:` comparisons with another dataset. `totals` are the
    /// labels of the table's named totals rows, which `total:` may name.
    static func check(_ entry: FrontMatter, file: String, columns: Set<String>?, totals: [String] = []) throws -> DeclaredCheck {
        try TableDeclarationFile.allowOnly(keys, in: entry, file: file)
        let explanation = try entry.string("explanation")
        /// The `id:` and `title:` a check of its own kind needs; `example` an id, `says` what the title says.
        func named(_ example: String, _ says: String) throws -> (String, String) {
            (try entry.required("id", fix: "give the check an id such as \(example)"), try entry.required("title", fix: "say in Japanese \(says)"))
        }
        let check: DeclaredCheck
        if let total = try entry.string("total") {
            check = try namedTotal(entry, total: total, file: file, totals: totals)
        } else if let column = try entry.string("column_sum") {
            check = .columnSum(column: column, title: try entry.string("title"), explanation: explanation)
        } else if let column = try entry.string("mark_count") {
            check = .markCount(column: column, explanation: explanation)
        } else if case let sum = try entry.string("row_sum"), let total = try sum ?? entry.string("row_at_least") {
            let atLeast = sum == nil
            let (id, title) = try named(atLeast ? "year-within-total" : "total-is-parts", "what the check asserts")
            let parts = try entry.strings("parts").map { part in
                part.hasPrefix("-") ? DeclaredCheck.RowPart(column: String(part.dropFirst()), sign: -1) : DeclaredCheck.RowPart(column: part, sign: 1)
            }
            check = .rowSum(id: id, title: title, total: total, parts: parts, atLeast: atLeast, explanation: explanation)
        } else if let rate = try entry.string("rate") {
            let (id, title) = try named("rate-rows", "how the rate is computed")
            check = .rate(
                id: id, title: title, rate: rate, numerator: try entry.required("numerator", fix: "name the numerator column"),
                denominator: try entry.strings("denominator"),
                decimals: try entry.int("decimals") ?? 1, scale: Decimal(try entry.int("scale") ?? 100))
        } else if let column = try entry.string("agrees_with") {
            check = .agreesWith(
                column: column, dataset: try entry.required("dataset", fix: "name the dataset to compare with"),
                otherColumn: try entry.string("other_column") ?? column, explanation: explanation)
        } else if case let values = try entry.strings("value"), let column = values.first {
            let (id, title) = try named("matches-series-count", "which two figures must agree")
            check = .valueAgrees(DeclaredValueCheck(
                id: id, title: title, mine: .init(dataset: nil, column: column, row: try row(entry, file: file), plus: Array(values.dropFirst())),
                other: try equals(entry, file: file),
                otherIsExpected: try TableDeclarationFile.choice(entry, "expected", default: Expected.value, file: file) == .equals))
        } else if let column = try entry.string("list_count") {
            check = .listCount(
                column: column, dataset: try entry.required("dataset", fix: "name the list dataset whose rows are counted"),
                explanation: explanation)
        } else if let count = try entry.int("row_count") {
            check = .rowCount(
                id: try entry.string("id") ?? "count-rows",
                title: try entry.required("title", fix: "say in Japanese which rows the table must have"), expected: count)
        } else if let column = try entry.string("text_states") ?? entry.string("text_change") {
            let pattern = try Self.pattern(entry, file: file, fix: "give a regular expression capturing the figures, such as 実施自治体\\s*([0-9]+)")
            let (id, title) = try named("matches-prose", "where the text states the figures")
            let text = try entry.required("line_containing", fix: "give text of the prose line that states the figures")
            check = .text(id: id, title: title, column: column, lineContaining: text, pattern: pattern, change: try entry.string("text_states") == nil)
        } else if let column = try entry.string("total_plus_line") {
            let (id, title) = try named("total-with-group-training", "which figures must add up")
            check = .totalPlusLine(
                id: id, title: title, column: column,
                line: try entry.required("line", fix: "give the label of the figure printed beside the table, such as 団体研修分"),
                equalsLine: try entry.required("equals_line", fix: "give the label of the figure the sum must equal, such as 合計"))
        } else {
            throw ContentError(
                file: file, line: entry.firstLine,
                problem: "a check names none of column_sum, row_sum, row_at_least, mark_count, rate, agrees_with, list_count, value, row_count, total_plus_line, text_states, text_change",
                fix: "write `- column_sum: key`, `- row_sum: key` with `parts:`, `- mark_count: key`, `- rate: key` with `numerator:` and `denominator:`, `- agrees_with: key` or `- list_count: key` with `dataset:`")
        }
        guard let columns else {
            guard case .valueAgrees = check else {
                throw ContentError(
                    file: file, line: entry.firstLine, problem: "a bespoke table declares a check its Swift reader would have to make",
                    fix: "declare only `value:` … `equals:` comparisons with another dataset; the reader makes the table's own checks")
            }
            return check
        }
        try known(check.columns, in: columns, file: file, line: entry.firstLine)
        return check
    }

    /// `column_sum:` or `mark_count:` against the named totals row `total` (``NamedTotalCheck``).
    private static func namedTotal(_ entry: FrontMatter, total: String, file: String, totals: [String]) throws -> DeclaredCheck {
        let marks = try entry.string("mark_count")
        guard totals.contains(JapaneseText.matchKey(total)), let column = try marks ?? entry.string("column_sum") else {
            throw ContentError(
                file: file, line: entry.line(of: "total"), problem: "`total: \(total)` names no row of named_totals:, or goes with no column_sum: or mark_count:",
                fix: "name one of \(totals) with `- column_sum: key` or `- mark_count: key`")
        }
        return .namedTotal(NamedTotalCheck(
            id: try entry.required("id", fix: "give the check an id such as sum-coordinators-prefectures"),
            title: try entry.required("title", fix: "say in Japanese which rows the named total states"),
            column: column, total: JapaneseText.matchKey(total), countsMarks: marks != nil))
    }

    /// Which figure of a `value:` check is the stated one: its own (default) or the one it `equals`.
    enum Expected: String, CaseIterable { case value, equals }

    /// `row: {key: value}`: the row whose `key` column holds `value`.
    private static func row(_ entry: FrontMatter, file: String) throws -> DeclaredValueCheck.Figure.Row? {
        guard let row = try entry.mapping("row") else { return nil }
        guard row.keys.count == 1, let key = row.keys.first, let value = try row.string(key) else {
            throw ContentError(
                file: file, line: entry.line(of: "row"), problem: "`row:` must name one column and its value",
                fix: "write row: {month: \"2009-10\"}")
        }
        return .init(column: key, value: value)
    }

    /// `equals: {dataset: id, total: key}` or `{dataset: id, column: key, row: {…}}`.
    private static func equals(_ entry: FrontMatter, file: String) throws -> DeclaredValueCheck.Figure {
        guard let other = try entry.mapping("equals") else {
            throw ContentError(
                file: file, line: entry.firstLine, problem: "a `value:` check has no `equals:`",
                fix: "write equals: {dataset: id, total: key} or equals: {dataset: id, column: key, row: {key: value}}")
        }
        try TableDeclarationFile.allowOnly(["dataset", "total", "column", "row"], in: other, file: file)
        let dataset = try other.required("dataset", fix: "name the dataset the figure is compared with")
        if let total = try other.string("total") { return .init(dataset: dataset, column: total, row: nil) }
        let column = try other.required("column", fix: "name its column with total: key (its stated total) or column: key and row:")
        guard let row = try row(other, file: file) else {
            throw ContentError(
                file: file, line: other.firstLine, problem: "`equals:` names a column but no `row:`",
                fix: "add row: {key: value}, or use total: key for the stated total")
        }
        return .init(dataset: dataset, column: column, row: row)
    }

    /// `pattern:`, refused at its line when it is not a regular expression.
    static func pattern(_ entry: FrontMatter, file: String, fix: String) throws -> String {
        let pattern = try entry.required("pattern", fix: fix)
        guard (try? NSRegularExpression(pattern: pattern)) != nil else {
            throw ContentError(file: file, line: entry.line(of: "pattern"), problem: "`pattern:` is not a regular expression", fix: "check its brackets and escapes")
        }
        return pattern
    }

    /// Refuses a column key the table does not declare.
    static func known(_ keys: [String], in columns: Set<String>, file: String, line: Int?) throws {
        if let unknown = keys.first(where: { !columns.contains($0) }) {
            throw ContentError(
                file: file, line: line, problem: "no column `\(unknown)` in this table",
                fix: "use one of the keys under `columns:`: " + columns.sorted().joined(separator: ", "))
        }
    }
}
