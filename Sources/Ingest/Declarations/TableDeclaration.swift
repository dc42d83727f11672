import Foundation
import Content

/// One regular table of a document, declared in `content/sources/<doc-id>.tables.yaml`: how to
/// find it, how to read it, and what to say and check about it. The generic reader
/// (``read(_:)``) turns it into a dataset, so a new table or a new edition needs no Swift.
public struct TableDeclaration: Sendable {
    public typealias Layout = LocatedTable.TableLayout

    /// Which rows the table holds.
    public enum RowKind: String, Sendable, CaseIterable {
        /// The 47 prefectures once each, and one totals row.
        case prefectures
        /// The 47 prefectures, designated cities listed apart from them, and one totals row whose
        /// figures are prefectures plus cities.
        case prefecturesAndCities = "prefectures-and-cities"
        /// One row per year (和暦 or Western, 元 and bare era years after the first), a totals
        /// row optional: a year series.
        case years
        /// One row per category named as the source names it, a totals row optional: a breakdown.
        case categories
    }

    public var id: String
    public var title: String
    public var description: String
    public var document: String
    /// Text of the caption line the table follows; the table is the first one after it.
    public var caption: String
    /// Whether the caption is printed under the table (PDF text often puts it there): the table
    /// is then the block of rows that ends just above it.
    public var captionAfter = false
    /// Whether the totals row stands below the caption (after the repeated column headers)
    /// rather than in the block of rows: `totals_row: below-caption`.
    public var totalsBelowCaption = false
    /// The label given to a text row printed without one (`unlabelled_row: 合計`), or nil.
    public var unlabelledRow: String?
    public var layout: Layout
    public var labelColumn = 0
    public var columns: [PlaceColumn]
    public var rows: RowKind
    public var asOf: AsOf?
    public var notes: [String] = []
    public var charts: [ChartSpec] = []
    /// Why a blank cell of this table means 0, citing the source line that shows it; nil when
    /// a blank means "not stated" (the rule, see ``PlaceChecks``).
    public var blankIsZero: String?
    public var checks: [DeclaredCheck] = []
    public var origin: DeclarationOrigin
    /// The key and Japanese title of the row-label column of a year series or a breakdown
    /// (`row_label: {key: month, title: 月}`); nil for `year`/`年` and `category`/`区分`.
    public var rowLabel: (key: String, title: String)?
    /// Whether a series is put in date order whatever the source's order (`order: chronological`).
    public var chronological = false
    /// Lines under the table that belong to it (notes printed below), added to its source lines.
    public var linesBelow = 0
    /// Why the table cannot be read (a chart whose numbers the source lost): the dataset is then
    /// recorded with this reason and no rows, its lines running from the caption to ``endsBefore``
    /// (or over the blank lines after the caption).
    public var unrecoverable: String?
    /// Text of the first line after the caption that no longer belongs to an unrecoverable table.
    public var endsBefore: String?
    /// Whether a text-rows table prints its column header again among its rows (`header_repeated:
    /// true`): the rows then run over text until the 47 prefectures (and the designated cities,
    /// and the totals row) are read.
    public var headerRepeated = false
    /// The label of a series' or breakdown's totals row when it is not 合計, 計 or 全国
    /// (`totals_label: 累計`).
    public var totalsLabel: String?
    /// The rows as read by a person where the conversion scattered a table's figures (a chart's
    /// labels and numbers on separate lines): each printed figure is looked up near the caption,
    /// so the declaration can only arrange what the source prints (`figures:`, see ``FigureRows``).
    public var figures: FigureRows?
    /// Which lines the dataset stands for (`source_lines:`), and so which lines of its section
    /// its table takes the place of; see ``FigureRows/Span``.
    public var sourceLines = FigureRows.Span.whole
    /// Texts that begin lines printed between the table and its caption that are no rows of it
    /// (`skip_lines: [団体研修分, 合計]`), as match keys.
    public var skipLines: [String] = []
    /// Whether the column headers above the rows, from the page start, belong to the table's
    /// source lines (`header_above: page`).
    public var headerFromPageStart = false
    /// With no caption to follow, the table is the first pipe table one of whose rows starts
    /// with this text (`table_with_row: ホームレス対策実施自治体`); its lines are the table's own.
    public var tableWithRow: String?
    /// Whether the table is printed across (`transposed: true`): its header cells label the rows
    /// (the years of a series) and each body row is a column, `source: 1` the first.
    public var transposed = false
    /// Text of a line that states the months of a series' years (`months_from: ホームレス数推移(`).
    public var monthsFrom: String?
    /// For an unrecoverable table whose surviving part another dataset reads: that dataset, whose
    /// source lines and date it cites (`lines_of:`, see ``SharedLines``).
    public var linesOf: String?
    /// With `layout: text-across`, text of the start of the line that holds the figures.
    public var valueRow: String?
    /// A totals row the table does not print but the text near it states (`total_in_text:`).
    public var totalInText: TotalInText?
    /// Why a Swift reader reads the table (`bespoke:`); the declaration then gives only its text
    /// and ``explanations`` (see ``shell()``).
    public var bespoke: String?
    /// Check id → the explanation shown when it does not pass, for a bespoke table.
    public var explanations: [(key: String, text: String)] = []
    /// Totals rows printed among the rows under names of their own (`named_totals:`), each
    /// stating some of the rows; see ``NamedTotal``.
    public var namedTotals: [NamedTotal] = []

    /// Where a table's as-of date comes from.
    public enum AsOf: Sendable {
        /// Written in the declaration: `as_of: {iso: "2009-11", wareki: 平成21年11月}`.
        case stated(DatasetDate)
        /// Read from the first line that contains the text, from `linesAbove` (10 unless
        /// declared) lines above the caption or the table, whichever comes first, to the table's
        /// end: `as_of: {line_containing: 現在}`. The dataset's source lines then include it.
        case lineContaining(String, linesAbove: Int)
    }

    public var allowsCities: Bool { rows == .prefecturesAndCities }

    /// Finds, reads and checks the table.
    public func read(_ source: SourceText) throws -> Dataset {
        if bespoke != nil { return shell() }
        let captionLine = try self.captionLine(in: source)
        if let unrecoverable { return lost(unrecoverable, captionLine: captionLine, in: source) }
        var table = try locate(in: source, captionLine: captionLine)
        if transposed { table = table.transposed() }
        let top = min(captionLine, table.firstLine)
        let (date, dateLine) = try asOfDate(in: source, top: top, lastLine: min(table.lastLine + linesBelow, source.lines.count))
        let header = headerFromPageStart ? LocatedTable.pageStart(source, above: table.firstLine) : top
        let whole = SourceLines(
            first: min(top, dateLine ?? top, header), last: min(max(captionLine, table.lastLine) + linesBelow, source.lines.count))
        // Figures printed beside the table are looked for below it whatever lines the dataset stands for.
        let beside = FiguresBeside(source, lines: min(table.lastLine + 1, whole.last)...whole.last)
        let lines = sourceLines.narrow(whole, caption: captionLine, table: table)
        switch rows {
        case .prefectures, .prefecturesAndCities:
            let (body, named) = try separatingNamedTotals(table, in: source)
            let placeRows = try PlaceTable.read(
                body, in: source, labelColumn: labelColumn,
                valueColumns: columns.map { ($0.sourceIndex, $0.kind) }, allowsCities: allowsCities,
                declaredAt: origin.description, requiresTotals: named.isEmpty)
            let checker = PlaceChecks(table: placeRows, columns: columns, blankIsZero: blankIsZero != nil)
            return dataset(
                shape: .prefectures, lines: lines, columns: PlaceDataset.keyColumns(withCities: allowsCities) + columns.map(\.column),
                rows: PlaceDataset.rows(placeRows, withCities: allowsCities),
                totals: PlaceDataset.totals(placeRows.totals, columns) + namedTotalsStated(named),
                checker: checker, asOf: date, beside: beside, named: named)
        case .years, .categories:
            var read = try LabelledRows.read(table, for: self, in: source)
            var totals = read.totals.map { PlaceDataset.totals($0, columns) } ?? []
            if let totalInText { (read.totals, totals) = totalInText.completing(read.totals, in: source, above: top, columns: columns) }
            if chronological { read.sortByDate() }
            let checker = PlaceChecks(rows: read.checkRows, totals: read.totals, columns: columns, blankIsZero: blankIsZero != nil)
            return dataset(
                shape: shape, lines: lines, columns: LabelledRows.keyColumns(rows, label: rowLabel) + columns.map(\.column),
                rows: read.rows, totals: totals, checker: checker,
                asOf: date, beside: beside)
        }
    }

    var shape: DatasetShape {
        switch rows {
        case .prefectures, .prefecturesAndCities: .prefectures
        case .years: .series
        case .categories: .list
        }
    }
}

/// Where a declaration is written: the YAML file and the lines of its entry and caption.
public struct DeclarationOrigin: Sendable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var captionLine: Int

    public init(file: String, line: Int, captionLine: Int? = nil) {
        self.file = file
        self.line = line
        self.captionLine = captionLine ?? line
    }

    public var description: String { "\(file):\(line)" }

    /// An error about the declaration, at `line` of its file.
    func error(at line: Int, _ problem: String, fix: String) -> ContentError {
        ContentError(file: file, line: line, problem: problem, fix: fix)
    }
}
