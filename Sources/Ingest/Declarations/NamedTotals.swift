import Content
import Foundation
import Japanese

/// A totals row printed among a per-prefecture table's rows under a name of its own, stating the
/// prefecture rows or the city rows only (R6's `都道府県 47 106` and `指定都市 4 7`):
/// `named_totals: [{label: 都道府県, rows: prefectures}, {label: 指定都市, rows: cities}]`.
/// It is taken out before the places are read (the table then needs no 合計 row); its figures under
/// number columns are stated totals, and one under a mark column, a count of ○, is only checked.
public struct NamedTotal: Sendable {
    public enum Rows: String, Sendable, CaseIterable { case prefectures, cities }
    /// The named totals rows of a table as read, by label.
    typealias Read = [String: (Rows, TotalsRow)]

    public var label: String
    public var rows: Rows
    public var yamlLine: Int

    static func declared(_ entry: FrontMatter, file: String) throws -> [NamedTotal] {
        try entry.mappings("named_totals").map { total in
            try TableDeclarationFile.allowOnly(["label", "rows"], in: total, file: file)
            return NamedTotal(
                label: JapaneseText.matchKey(try total.required("label", fix: "copy the row's label as the source prints it, such as 都道府県")),
                rows: try TableDeclarationFile.choice(total, "rows", default: nil, file: file), yamlLine: total.firstLine)
        }
    }
}

/// `column_sum: key` or `mark_count: key` with `total: 都道府県`: the column's sum, or its ○
/// count, over the rows a named total states, against that row's figure.
public struct NamedTotalCheck: Sendable, Equatable {
    public var id: String
    public var title: String
    public var column: String
    public var total: String
    public var countsMarks: Bool

    func run(_ checks: PlaceChecks, named: NamedTotal.Read) -> DatasetCheck {
        guard let (rows, row) = named[total], let index = checks.columns.firstIndex(where: { $0.column.key == column }) else {
            return DatasetChecks.notCheckable(id: id, kind: .other, title: title, reason: "原資料に\(total)の行がない")
        }
        let scoped = PlaceChecks(
            rows: checks.rows.filter { $0.isCity == (rows == .cities) }, totals: row, columns: checks.columns, blankIsZero: checks.blankIsZero)
        guard countsMarks else {
            var check = scoped.columnSum(column, scope: .listedRows, title: title) { stated, sum in "差 \(DatasetNumber.grouped(sum - stated))" }
            check.id = id
            return check
        }
        let marked = scoped.rows.filter { $0.cells[index] == .mark("○") }.count
        guard let stated = row.cells[index].value.flatMap({ Int(DatasetNumber.format($0)) }) else {
            return DatasetChecks.notCheckable(id: id, kind: .count, title: title, reason: "原資料の\(total)の行に件数がない")
        }
        return DatasetChecks.count(id: id, title: title, expected: stated, actual: marked)
    }
}

extension TableDeclaration {
    /// `table` without its named totals rows, and those rows by label; a named total the table
    /// does not print is an error at its YAML line.
    func separatingNamedTotals(_ table: LocatedTable, in source: SourceText) throws -> (LocatedTable, NamedTotal.Read) {
        guard !namedTotals.isEmpty else { return (table, [:]) }
        var named: NamedTotal.Read = [:]
        for total in namedTotals {
            guard let row = table.body.first(where: { JapaneseText.matchKey($0[labelColumn]) == total.label }) else {
                throw origin.error(at: total.yamlLine, "table `\(id)` has no row labelled 「\(total.label)」", fix: "copy the label as the source prints it")
            }
            let cells = try columns.map { try PlaceTable.readCell(row[$0.sourceIndex], kind: .number, row: row, source: source) }
            named[total.label] = (total.rows, TotalsRow(label: total.label, line: row.line, cells: cells))
        }
        let body = table.body.filter { named[JapaneseText.matchKey($0[labelColumn])] == nil }
        let kept = LocatedTable(
            caption: table.caption, firstLine: table.firstLine, lastLine: table.lastLine,
            rows: Array(table.rows.prefix(table.headerRows) + body), headerRows: table.headerRows, layout: table.layout)
        return (kept, named)
    }

    /// The figures of the named totals rows under number columns, in declared order.
    func namedTotalsStated(_ named: NamedTotal.Read) -> [StatedTotal] {
        let summed = Set(columns.filter { $0.kind == .number }.map(\.column.key))
        return namedTotals.compactMap { named[$0.label] }.flatMap { PlaceDataset.totals($0.1, columns).filter { summed.contains($0.column) } }
    }
}
