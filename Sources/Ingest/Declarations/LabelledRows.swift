import Foundation
import Content
import Japanese

/// The body of a declared table whose rows are years or categories rather than prefectures.
enum LabelledRows {
    /// What was read: CSV rows, the rows as the checks see them, and the totals row if stated.
    struct Read {
        var rows: [[String]]
        var checkRows: [PlaceChecks.Row]
        var totals: TotalsRow?
        /// The date of every row of a year series, in row order.
        var dates: [EraDate] = []

        /// Puts the rows of a series in date order, numbering them anew as the checks name them.
        mutating func sortByDate() {
            let order = dates.indices.sorted { dates[$0] < dates[$1] }
            rows = order.map { rows[$0] }
            checkRows = order.enumerated().map { number, index in
                var row = checkRows[index]
                row.key = String(number + 1)
                row.idSuffix = String(number + 1)
                return row
            }
            dates = order.map { dates[$0] }
        }
    }

    /// `year` (ISO) and `label` (和暦 as read) for a year series; `category` for a breakdown;
    /// `label` names them otherwise (`row_label: {key: month, title: 月}`).
    static func keyColumns(_ kind: TableDeclaration.RowKind, label: (key: String, title: String)?) -> [DatasetColumn] {
        kind == .years
            ? PlaceDataset.periodColumns(label?.key ?? "year", label?.title ?? "年")
            : [DatasetColumn(key: label?.key ?? "category", title: label?.title ?? "区分", type: .text)]
    }

    /// A year label: `平成30年度`, `2019年`, or after a dated row a bare era year (`35`, `2`) in
    /// that row's era and kind (年度 or 年), as year series print them.
    /// A label that names one date among other words (`平成15年調査`) is read as that date.
    static func year(_ label: String, after previous: EraDate?) -> EraDate? {
        if let date = EraDate.parse(label, contextEra: previous?.era) { return date }
        guard let previous, Int(label) != nil else {
            let found = EraDate.matches(in: label, contextEra: previous?.era)
            return found.count == 1 ? found[0].date : nil
        }
        return EraDate.parse(label + (previous.isFiscalYear ? "年度" : "年"), contextEra: previous.era)
    }

    /// The dates of a series whose labels give years only, with the months the first line
    /// containing `text` states for those years (`(H15.1→H21.1)`): `months_from:`.
    static func withMonths(_ dates: [EraDate], from text: String?, in source: SourceText) -> [EraDate] {
        guard let text, let line = source.captionLine(containing: text) else { return dates }
        let dated = EraDate.matches(in: JapaneseText.foldWidth(source[line])).map(\.date)
        return dates.map { date in dated.first { $0.year == date.year && $0.month != nil } ?? date }
    }

    /// A cell that prints a unit or counter word after the figure (`33自治体`, `21,887人`,
    /// `１６か所`) without it; any other cell as it is. Text columns keep their cells as printed.
    static func withoutCounter(_ cell: String) -> String {
        let text = JapaneseText.foldWidth(cell).trimmingSpaces()
        guard NumberCell.parse(text) == nil, let last = text.lastIndex(where: \.isNumber) else { return cell }
        let counter = text[text.index(after: last)...]
        guard !counter.isEmpty, counter.allSatisfy({ !$0.isASCII }), NumberCell.parse(String(text[...last])) != nil else { return cell }
        return String(text[...last])
    }

    /// Whether a row label names the totals row: 合計, 計, 全国 and their kin, or the label the
    /// declaration gives it (`totals_label: 累計`).
    static func isTotals(_ label: String, declared: String?) -> Bool {
        if case .aggregate? = PrefectureResolver.resolve(label) { return true }
        return declared.map { JapaneseText.matchKey($0) == JapaneseText.matchKey(label) } ?? false
    }

    /// Reads every body row in source order. A row labelled 合計/計 is the totals row; a row whose
    /// label is empty and whose value cells hold no number is a sub-header and is passed over;
    /// any other row must have a label (a year, for a series) and a readable cell in every column.
    static func read(_ table: LocatedTable, for declaration: TableDeclaration, in source: SourceText) throws -> Read {
        let valueColumns = declaration.columns.map { ($0.sourceIndex, $0.kind) }
        var read = Read(rows: [], checkRows: [], totals: nil, dates: [])
        var previous: EraDate?
        for row in table.body {
            let label = row[declaration.labelColumn]
            if label.isEmpty, PlaceTable.isSubHeader(row, valueColumns: valueColumns) { continue }
            let cells = try declaration.columns.map {
                try PlaceTable.readCell(
                    $0.column.type == .text ? row[$0.sourceIndex] : withoutCounter(row[$0.sourceIndex]), kind: $0.kind, row: row, source: source)
            }
            if Self.isTotals(label, declared: declaration.totalsLabel) {
                read.totals = try TotalsRow.read(label, line: row.line, cells: cells, after: read.totals, in: source)
                continue
            }
            guard !label.isEmpty else { throw source.error(at: row.line, "a row without a label (declared at \(declaration.origin))") }
            var keys = [label]
            if declaration.rows == .years {
                guard let date = year(label, after: previous) else {
                    throw source.error(
                        at: row.line, "row label 「\(label)」 is not a year; the table is declared at \(declaration.origin) with rows: years")
                }
                previous = date
                keys = [date.iso, date.wareki]
                read.dates.append(date)
            }
            let number = String(read.rows.count + 1)
            read.rows.append(keys + cells.map(PlaceDataset.csvCell))
            read.checkRows.append(PlaceChecks.Row(key: number, idSuffix: number, label: label, isCity: false, cells: cells))
        }
        if declaration.monthsFrom != nil {
            read.dates = withMonths(read.dates, from: declaration.monthsFrom, in: source)
            for (index, date) in read.dates.enumerated() { read.rows[index].replaceSubrange(0..<2, with: [date.iso, date.wareki]) }
        }
        return read
    }
}
