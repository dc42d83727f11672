import Charts
import Content
import Foundation

/// Builds the HTML table of a dataset: typed cells, units in headers, designated-city rows under
/// their prefecture, the stated totals in the footer, and cells named by failed checks flagged.
struct DatasetTable {
    let dataset: Dataset
    /// Relative link to a prefecture's page by JIS code, when prefecture pages exist.
    let prefectureLink: (Int) -> String?
    /// When set, only this many rows (with their designated-city rows) are drawn: a section page
    /// shows the start of a long list and links to the rest.
    var rowLimit: Int?

    /// Columns shown: the JIS code column is left out when the table also names the prefecture.
    var shownColumns: [Int] {
        let hasName = dataset.prefectureNameColumn != nil
        return dataset.columns.indices.filter { !(hasName && dataset.columns[$0].type == .prefecture) }
    }

    func render(id: String) -> String {
        let shown = shownColumns
        let flags = CheckFlags(dataset: dataset)
        var rows: [DataTable.Row] = []
        for row in dataset.rows.indices {
            let isSubRow = dataset.isCityRow(row) && !rows.isEmpty && dataset.shape == .prefectures
            if let rowLimit, rows.count >= rowLimit, !isSubRow { break }
            let cells = shown.map { cell(row: row, column: $0, flag: flags.flag(row: row, column: $0)) }
            if dataset.isCityRow(row), let parent = rows.indices.last, dataset.shape == .prefectures {
                rows[parent].subRows.append(DataTable.Row(cells))
            } else {
                rows.append(DataTable.Row(linkingPrefecture(cells, row: row)))
            }
        }
        return DataTable(
            id: id, caption: SiteText.caption(dataset.title, asOf: dataset.asOf.map(DateText.display)),
            columns: shown.map(column), rows: rows, totals: totalsRow(shown: shown, flags: flags),
            rowHeaderColumn: 0
        ).render()
    }

    private func column(_ index: Int) -> DataTable.Column {
        let column = dataset.columns[index]
        return column.type.isNumeric
            ? DataTable.Column(column.title, kind: .number(Self.unit(column: index, in: dataset))) : DataTable.Column(column.title)
    }

    private func cell(row: Int, column: Int, flag: String?) -> DataTable.Cell {
        switch dataset.value(row: row, column: column) {
        case .number:
            return .decimal(dataset.exact(row: row, column: column), flag: flag)
        case .blank:
            return dataset.columns[column].type.isNumeric ? .number(nil, flag: flag) : DataTable.Cell(.text(""), flag: flag)
        case .dash:
            return DataTable.Cell(.text("－"), flag: flag)
        case .text(let text) where dataset.columns[column].type == .date:
            let date = DateCell(iso: text)
            return DataTable.Cell(.text(date.display), sortKey: date.sortKey, flag: flag)
        case .text(let text):
            return DataTable.Cell(.text(text), flag: flag)
        }
    }

    private func linkingPrefecture(_ cells: [DataTable.Cell], row: Int) -> [DataTable.Cell] {
        guard let code = dataset.code(ofRow: row), let href = prefectureLink(code),
            let first = cells.first, case .text(let name) = first.content
        else { return cells }
        var cells = cells
        cells[0] = DataTable.Cell(.text(name), href: href, sortKey: Double(code), flag: first.flag)
        return cells
    }

    /// The source's own totals; a mismatched sum is flagged on the stated figure.
    private func totalsRow(shown: [Int], flags: CheckFlags) -> DataTable.Row? {
        guard let label = dataset.totals.first?.label else { return nil }
        let cells = shown.enumerated().map { position, column -> DataTable.Cell in
            let key = dataset.columns[column].key
            if let total = dataset.totals.first(where: { $0.column == key }), let value = DecimalText(total.value) {
                return .decimal(value, flag: flags.totalFlag(column: key))
            }
            return .text(position == 0 ? SiteText.statedTotals(label) : "")
        }
        return DataTable.Row(cells)
    }

    /// The chart and table unit for a column: its symbol, the precision its cells were printed
    /// at (so 8.826 is shown as 8.826, not rounded), and whether it may be summed.
    static func unit(column: Int, in dataset: Dataset) -> Charts.Unit {
        let definition = dataset.columns[column]
        return Charts.Unit(
            definition.unit ?? "", fractionDigits: dataset.decimals(column: column), isAdditive: definition.additive)
    }
}

/// Which cells the failed checks of a dataset point at, with the explanation shown for them.
struct CheckFlags {
    private var cells: [Int: [Int: String]] = [:]
    private var totals: [String: String] = [:]

    init(dataset: Dataset) {
        for check in dataset.checks where check.result == .mismatch {
            let text = Self.explain(check)
            let columns = check.columns.compactMap(dataset.columnIndex)
            if check.kind == .columnSum {
                for key in check.columns { totals[key] = text }
            }
            for row in RowKeys.match(check.rows, in: dataset) {
                for column in columns.isEmpty ? [0] : columns {
                    cells[row, default: [:]][column] = text
                }
            }
        }
    }

    func flag(row: Int, column: Int) -> String? {
        cells[row]?[column]
    }

    func totalFlag(column: String) -> String? {
        totals[column]
    }

    static func explain(_ check: DatasetCheck) -> String {
        let figures = check.expected.flatMap { expected in check.actual.map { (expected, $0) } }
        return SiteText.failedCheck(
            check, expected: figures.map { NumberText.grouped($0.0) }, actual: figures.map { NumberText.grouped($0.1) })
    }
}

/// Finds the rows a check names: by JIS code (prefecture row), by city name, by `code:city`, or by
/// 1-based row number in lists.
enum RowKeys {
    static func match(_ keys: [String], in dataset: Dataset) -> [Int] {
        let code = dataset.codeColumn
        let city = dataset.cityColumn
        var found: [Int] = []
        for key in keys {
            for row in dataset.rows.indices {
                let cells = dataset.rows[row]
                let rowCode = code.map { cells[$0] } ?? ""
                let rowCity = city.map { cells[$0] } ?? ""
                let matches =
                    (key == rowCode && rowCity.isEmpty) || (!rowCity.isEmpty && (key == rowCity || key == "\(rowCode):\(rowCity)"))
                    || (code == nil && key == String(row + 1))
                if matches { found.append(row) }
            }
        }
        return found
    }
}

/// Numbers written for people: thousands separators on the plain CSV form, digits as written.
enum NumberText {
    static func grouped(_ plain: String) -> String {
        DecimalText.grouped(plain)
    }
}

/// A date cell as a Japanese reader expects it (和暦 with the Western year), sortable by its ISO
/// value.
struct DateCell {
    let display: String
    let sortKey: Double?

    init(iso: String) {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        display = DateText.display(iso: iso)
        sortKey = parts.isEmpty ? nil : Double(parts[0] * 10_000 + (parts.count > 1 ? parts[1] * 100 : 0) + (parts.count > 2 ? parts[2] : 0))
    }
}
