import Content

/// An accessible, sortable-by-script HTML table built from typed columns.
///
/// Output is a `<div class="table-wrap">` holding the `<table>` and, when any cell is flagged,
/// a `<ul class="table-notes">` of footnotes (a list without numbering: each note starts with
/// its own ※ marker). Without JavaScript the table is complete and in
/// the given row order; `templates/assets/table-sort.js` sorts `table.sortable` on click.
///
/// Class names for the stylesheet: `data-table`, `sortable`, `sticky-header` (table);
/// `num` / `text` (cells and headers, numbers are right-aligned); `subrow` and `indent`
/// (designated-city rows under their prefecture); `totals` (the `<tfoot>` row); `flagged`,
/// `flag-marker` (cells that failed a check); `missing` (no value); `sort` (header buttons the script adds to `th[data-sort]`);
/// `cell-note` (a second line in a cell); plus the row and value classes a caller gives.
public struct DataTable: Sendable {
    /// A column with its type; numeric columns carry their unit into the header.
    public struct Column: Sendable, Hashable {
        /// Text columns are left-aligned; number columns right-aligned and formatted with their unit.
        public enum Kind: Sendable, Hashable {
            case text
            case number(Unit)
        }

        /// Header text without the unit.
        public var title: String
        /// Text or number with unit.
        public var kind: Kind
        /// Whether the script gives the header a sort button (`data-sort`).
        public var sortable: Bool

        /// Creates a column; numeric columns show their unit in the header.
        public init(_ title: String, kind: Kind = .text, sortable: Bool = true) {
            self.title = title
            self.kind = kind
            self.sortable = sortable
        }

        /// `人口` with unit 人 → `人口（人）`.
        public var header: String {
            if case .number(let unit) = kind { return unit.header(title) }
            return title
        }
    }

    /// One cell. Text cells may link somewhere and may carry a numeric sort key (e.g. the JIS
    /// code, so sorting by prefecture name gives JIS order rather than Unicode order).
    public struct Cell: Sendable, Hashable {
        /// What the cell holds.
        public enum Content: Sendable, Hashable {
            case text(String)
            /// A computed number (a rank, a rate); `nil` (or non-finite) is missing and
            /// shows「（データなし）」, never 0.
            case number(Double?)
            /// A number from content, printed exactly as written (grouped, padded to the column's
            /// precision); its text is also the sort key.
            case decimal(DecimalText)
        }

        /// The value shown.
        public var content: Content
        /// Turns the cell text into a link; used as given, so pass relative hrefs.
        public var href: String?
        /// Numeric sort key written to `data-value` for text cells.
        public var sortKey: Double?
        /// Why this cell failed a check; shown as a marker, a `title` and a footnote.
        public var flag: String?
        /// A class for a `<span>` around the value (a badge such as a check result).
        public var valueClass: String?
        /// A second line of text below the value (`<span class="cell-note">`).
        public var note: String?
        /// Decimals for a number, when they vary from cell to cell (else the column's unit decides).
        public var fractionDigits: Int?

        /// Creates a cell.
        public init(
            _ content: Content, href: String? = nil, sortKey: Double? = nil, flag: String? = nil, valueClass: String? = nil,
            note: String? = nil, fractionDigits: Int? = nil
        ) {
            self.content = content
            self.href = href
            self.sortKey = sortKey
            self.flag = flag
            self.valueClass = valueClass
            self.note = note
            self.fractionDigits = fractionDigits
        }

        /// A text cell, optionally linked and with a numeric sort key.
        public static func text(_ text: String, href: String? = nil, sortKey: Double? = nil) -> Cell {
            Cell(.text(text), href: href, sortKey: sortKey)
        }

        /// A numeric cell; `flag` explains a failed check.
        public static func number(_ value: Double?, flag: String? = nil) -> Cell {
            Cell(.number(value), flag: flag)
        }

        /// A numeric cell from content, exact; nil is missing.
        public static func decimal(_ value: DecimalText?, flag: String? = nil) -> Cell {
            Cell(value.map { .decimal($0) } ?? .number(nil), flag: flag)
        }
    }

    /// A row and the rows nested under it (e.g. designated cities under their prefecture). Sub-rows
    /// are shown indented and are never summed into their parent.
    public struct Row: Sendable, Hashable {
        /// One cell per column; missing trailing cells render empty.
        public var cells: [Cell]
        /// Rows shown indented directly below this one and sorted together with it.
        public var subRows: [Row]
        /// Classes for the `<tr>` (for example a check's result, which styles its badge).
        public var className: String?

        /// Creates a row with optional sub-rows.
        public init(_ cells: [Cell], subRows: [Row] = [], className: String? = nil) {
            self.cells = cells
            self.subRows = subRows
            self.className = className
        }
    }

    /// The column the rows are already ordered by, announced through `aria-sort`.
    public struct SortState: Sendable, Hashable {
        /// Index into `columns`.
        public var column: Int
        /// `true` for ascending order.
        public var ascending: Bool

        /// Declares the order the rows are already in.
        public init(column: Int, ascending: Bool = true) {
            self.column = column
            self.ascending = ascending
        }
    }

    /// The table's `id`; charts and pages link to it with `#id`.
    public var id: String
    /// Rendered as `<caption>`.
    public var caption: String
    /// Columns left to right.
    public var columns: [Column]
    /// Body rows in source order; the page shows them in this order without JavaScript.
    public var rows: [Row]
    /// Rendered in `<tfoot>`, after sorting has no effect on it.
    public var totals: Row?
    /// Cells of this column become `<th scope="row">`.
    public var rowHeaderColumn: Int
    /// The column the rows are already ordered by, announced with `aria-sort`.
    public var sortedBy: SortState?
    /// Adds the `sticky-header` class so the stylesheet can pin the header row.
    public var stickyHeader: Bool

    /// Creates a table; nothing is rendered until `render()`.
    public init(
        id: String, caption: String, columns: [Column], rows: [Row], totals: Row? = nil,
        rowHeaderColumn: Int = 0, sortedBy: SortState? = nil, stickyHeader: Bool = true
    ) {
        self.id = id
        self.caption = caption
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.rowHeaderColumn = rowHeaderColumn
        self.sortedBy = sortedBy
        self.stickyHeader = stickyHeader
    }

    /// Renders the table markup. Deterministic: equal inputs give identical bytes.
    public func render() -> String {
        let tableID = ChartDocument.sanitizedID(id)
        var notes = FootnoteList(prefix: tableID)
        var body = MarkupWriter()
        var rowNumber = 0
        for row in rows {
            renderRow(&body, row, depth: 0, parentRowID: nil, tableID: tableID, rowNumber: &rowNumber, notes: &notes)
        }
        var footer = MarkupWriter()
        if let totals {
            footer.open("tfoot")
            footer.newline()
            footer.open("tr", [("class", "totals")])
            renderCells(&footer, totals, headerID: nil, parentHeaderID: nil, depth: 0, notes: &notes)
            footer.close("tfoot")
            footer.newline()
        }

        var w = MarkupWriter()
        w.open("div", [("class", "table-wrap")])
        w.newline()
        let sortable = columns.contains { $0.sortable }
        var classes = ["data-table"]
        if sortable { classes.append("sortable") }
        if stickyHeader { classes.append("sticky-header") }
        w.open("table", [("id", tableID), ("class", classes.joined(separator: " "))])
        w.newline()
        w.element("caption", text: caption)
        w.newline()
        w.open("thead")
        w.open("tr")
        for (index, column) in columns.enumerated() {
            var attributes: [(String, String)] = [("scope", "col"), ("class", Self.isNumeric(column) ? "num" : "text")]
            if let sortedBy, sortedBy.column == index {
                attributes.append(("aria-sort", sortedBy.ascending ? "ascending" : "descending"))
            }
            // The script turns the header into a sort button; without it there is no control that
            // does nothing.
            if column.sortable { attributes.append(("data-sort", String(index))) }
            w.open("th", attributes)
            w.text(column.header)
            w.close("th")
        }
        w.close("tr")
        w.close("thead")
        w.newline()
        w.open("tbody")
        w.newline()
        w.raw(body)
        w.close("tbody")
        w.newline()
        w.raw(footer)
        w.close("table")
        w.newline()
        if !notes.entries.isEmpty {
            w.open("ul", [("class", "table-notes")])
            w.newline()
            for (index, explanation) in notes.entries.enumerated() {
                w.open("li", [("id", notes.id(index))])
                w.element("span", [("class", "flag-marker")], text: notes.marker(index))
                w.text(" " + explanation)
                w.close("li")
                w.newline()
            }
            w.close("ul")
            w.newline()
        }
        w.close("div")
        w.newline()
        return w.output
    }

    private static func isNumeric(_ column: Column) -> Bool {
        if case .number = column.kind { return true }
        return false
    }

    private func renderRow(
        _ w: inout MarkupWriter, _ row: Row, depth: Int, parentRowID: String?, tableID: String,
        rowNumber: inout Int, notes: inout FootnoteList
    ) {
        rowNumber += 1
        let rowID = tableID + "-r" + String(rowNumber)
        w.startTag("tr")
        w.attribute("id", rowID)
        if depth > 0, let parentRowID {
            // The sort script moves sub-rows together with the row named here.
            w.attribute("class", row.className.map { "subrow " + $0 } ?? "subrow")
            w.attribute("data-parent", parentRowID)
        } else if let className = row.className {
            w.attribute("class", className)
        }
        w.endTag()
        renderCells(&w, row, headerID: rowID + "-h", parentHeaderID: parentRowID.map { $0 + "-h" }, depth: depth, notes: &notes)
        for sub in row.subRows {
            renderRow(&w, sub, depth: depth + 1, parentRowID: rowID, tableID: tableID, rowNumber: &rowNumber,
                      notes: &notes)
        }
    }

    /// The cells of a row and the row's end; the `<tr>` is written by the caller. Each cell is
    /// written straight into the writer, attribute by attribute: a table holds thousands of cells,
    /// and gathering each one's attributes and classes in arrays first was most of its cost.
    private func renderCells(
        _ w: inout MarkupWriter, _ row: Row, headerID: String?, parentHeaderID: String?, depth: Int,
        notes: inout FootnoteList
    ) {
        for (index, column) in columns.enumerated() {
            let cell = index < row.cells.count ? row.cells[index] : Cell(.text(""))
            let isHeader = index == rowHeaderColumn
            let text: String
            let sortValue: String?
            var isMissing = false
            var kind: StaticString = "num"
            switch cell.content {
            case .text(let value):
                kind = "text"
                text = value
                sortValue = cell.sortKey.flatMap { present($0) }.map(NumberFormat.raw)
            case .number(let value):
                if let value = present(value) {
                    if let digits = cell.fractionDigits {
                        text = NumberFormat.grouped(value, fractionDigits: digits)
                    } else if case .number(let unit) = column.kind {
                        text = unit.formatNumber(value)
                    } else {
                        text = NumberFormat.grouped(value, fractionDigits: value == value.rounded() ? 0 : 2)
                    }
                    sortValue = NumberFormat.raw(value)
                } else {
                    isMissing = true
                    text = ChartText.missing
                    sortValue = ""
                }
            case .decimal(let value):
                // Padded to the column's (or cell's) precision, never rounded below what is written.
                if let digits = cell.fractionDigits {
                    text = value.grouped(fractionDigits: max(digits, value.fractionDigits))
                } else if case .number(let unit) = column.kind {
                    text = unit.formatNumber(value)
                } else {
                    text = value.grouped()
                }
                sortValue = value.plain
            }
            let note = cell.flag.map { notes.index(for: $0) }
            // Attributes in the order they always had: a header's scope first, then the classes
            // (kind, indent, missing, flagged), its id and description, the flag's title, the sort value.
            w.startTag(isHeader ? "th" : "td")
            if isHeader { w.attribute("scope", "row") }
            w.classAttribute(
                kind: kind, indent: isHeader && depth > 0, missing: isMissing, flagged: cell.flag != nil)
            if isHeader {
                if let headerID { w.attribute("id", headerID) }
                if depth > 0, let parentHeaderID { w.attribute("aria-describedby", parentHeaderID) }
            }
            if let flag = cell.flag { w.attribute("title", flag) }
            if let sortValue { w.attribute("data-value", sortValue) }
            w.endTag()
            if let href = cell.href {
                w.startTag("a")
                w.attribute("href", href)
                w.endTag()
                w.text(text)
                w.close("a")
            } else if let valueClass = cell.valueClass {
                w.element("span", [("class", valueClass)], text: text)
            } else {
                w.text(text)
            }
            if let note = cell.note {
                w.element("span", [("class", "cell-note")], text: note)
            }
            if let note {
                w.element("a", [("class", "flag-marker"), ("href", "#" + notes.id(note))], text: notes.marker(note))
            }
            w.close(isHeader ? "th" : "td")
        }
        w.close("tr")
        w.newline()
    }
}

/// Numbered footnotes for flagged cells; the same explanation reuses its number.
private struct FootnoteList {
    let prefix: String
    private(set) var entries: [String] = []

    init(prefix: String) {
        self.prefix = prefix
    }

    mutating func index(for explanation: String) -> Int {
        if let existing = entries.firstIndex(of: explanation) { return existing }
        entries.append(explanation)
        return entries.count - 1
    }

    func id(_ index: Int) -> String { "\(prefix)-note-\(index + 1)" }
    func marker(_ index: Int) -> String { "※\(index + 1)" }
}
