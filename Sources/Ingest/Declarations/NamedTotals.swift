import Content
import Foundation
import Japanese

/// A totals row printed inside a per-prefecture table under a name of its own, stating the figures
/// of some of its rows only (`都道府県 47 106` and `指定都市 4 7` among the groups of R6):
///
/// ```yaml
/// named_totals:
///   - {label: 都道府県, rows: prefectures}   # states the prefecture rows
///   - {label: 指定都市, rows: cities}        # states the designated-city rows
/// ```
///
/// The rows are taken out of the table before its places are read (the table then needs no 合計
/// row), and their number cells are written as stated totals under their label. A figure under a
/// mark column is a count of ○, not a sum, so it is checked but not written as a total. A check
/// names the row it is checked against with `total:` (``NamedTotalCheck``).
public struct NamedTotal: Sendable {
    /// The rows a named total states.
    public enum Rows: String, Sendable, CaseIterable { case prefectures, cities, all }

    public var label: String
    public var rows: Rows
    /// The line of its entry in the YAML file.
    public var yamlLine: Int

    /// The `named_totals:` of a declaration.
    static func declared(_ entry: FrontMatter, file: String) throws -> [NamedTotal] {
        try entry.mappings("named_totals").map { total in
            try TableDeclarationFile.allowOnly(["label", "rows"], in: total, file: file)
            return NamedTotal(
                label: try total.required("label", fix: "copy the row's label as the source prints it, such as 都道府県"),
                rows: try TableDeclarationFile.choice(total, "rows", default: nil, file: file), yamlLine: total.firstLine)
        }
    }

    /// Whether the total states `row`.
    func states(_ row: PlaceChecks.Row) -> Bool {
        switch rows {
        case .prefectures: !row.isCity
        case .cities: row.isCity
        case .all: true
        }
    }

    /// A named totals row as read: the declaration and its cells.
    struct Read: Sendable {
        var total: NamedTotal
        var row: TotalsRow
    }
}

/// `column_sum: key` or `mark_count: key` with `total: 都道府県`: the column's sum, or its number
/// of ○, over the rows a named total states (``NamedTotal``) against that row's figure.
public struct NamedTotalCheck: Sendable, Equatable {
    public var id: String
    public var title: String
    public var column: String
    /// The label of the named total.
    public var total: String
    /// Whether ○ marks are counted (`mark_count:`) rather than figures summed.
    public var countsMarks: Bool

    func run(_ checks: PlaceChecks, named: [NamedTotal.Read]) -> DatasetCheck {
        let key = JapaneseText.matchKey(total)
        guard let read = named.first(where: { JapaneseText.matchKey($0.total.label) == key }),
              let index = checks.columns.firstIndex(where: { $0.column.key == column })
        else { return DatasetChecks.notCheckable(id: id, kind: countsMarks ? .count : .columnSum, title: title, reason: "原資料に\(total)の行がない") }
        let scoped = PlaceChecks(rows: checks.rows.filter(read.total.states), totals: read.row, columns: checks.columns, blankIsZero: checks.blankIsZero)
        guard countsMarks else {
            var check = scoped.columnSum(column, scope: .listedRows, title: title) { stated, sum in "差 \(DatasetNumber.grouped(sum - stated))" }
            check.id = id
            return check
        }
        let marked = scoped.rows.filter { $0.cells[index] == .mark("○") }.count
        guard let stated = read.row.cells[index].value.flatMap({ Int(DatasetNumber.format($0)) }) else {
            return DatasetChecks.notCheckable(id: id, kind: .count, title: title, reason: "原資料の\(total)の行に件数がない")
        }
        return DatasetChecks.count(id: id, title: title, expected: stated, actual: marked)
    }
}

extension TableDeclaration {
    /// `table` without its named totals rows, and those rows read in declared order; a named
    /// total the table does not print is an error at its YAML line.
    func separatingNamedTotals(_ table: PipeTable, in source: SourceText) throws -> (PipeTable, [NamedTotal.Read]) {
        guard !namedTotals.isEmpty else { return (table, []) }
        let keys = namedTotals.map { JapaneseText.matchKey($0.label) }
        let isNamed = { (row: PipeTable.Row) in keys.contains(JapaneseText.matchKey(row[self.labelColumn])) }
        let read = try namedTotals.map { total in
            guard let row = table.body.first(where: { JapaneseText.matchKey($0[labelColumn]) == JapaneseText.matchKey(total.label) }) else {
                throw origin.error(
                    at: total.yamlLine, "table `\(id)` has no row labelled 「\(total.label)」",
                    fix: "copy the label as the source prints it, or remove the named total")
            }
            let cells = try columns.map { try PlaceTable.readCell(row[$0.sourceIndex], kind: .number, row: row, source: source) }
            return NamedTotal.Read(total: total, row: TotalsRow(label: JapaneseText.matchKey(total.label), line: row.line, cells: cells))
        }
        let kept = PipeTable(
            firstLine: table.firstLine, lastLine: table.lastLine,
            rows: Array(table.rows.prefix(table.headerRows)) + table.body.filter { !isNamed($0) }, headerRows: table.headerRows)
        return (kept, read)
    }

    /// The stated totals of the named totals rows: their figures under number columns.
    func namedTotalsStated(_ named: [NamedTotal.Read]) -> [StatedTotal] {
        let summed = Set(columns.filter { $0.kind == .number }.map(\.column.key))
        return named.flatMap { PlaceDataset.totals($0.row, columns).filter { summed.contains($0.column) } }
    }
}
