/// A typed table recovered from a source document, as stored in `content/data/<id>.csv` + `.yaml`.
///
/// Cells stay as the CSV strings written by the importer: numbers in plain ASCII, an empty string for
/// a cell the source leaves blank, `-` for a cell where the source prints a dash. Typed access goes
/// through `DatasetColumn.type` so that blank, dash and 0 never collapse into one another.
public struct Dataset: Sendable, Equatable {
    /// Lower-case ASCII id; also the file name and address part.
    public var id: String
    /// Japanese title.
    public var title: String
    /// One or two sentences about what the table holds.
    public var description: String
    /// What one row is.
    public var shape: DatasetShape
    /// Where the table stands in its source.
    public var source: DatasetSource
    /// The date the figures describe, when the source states one.
    public var asOf: DatasetDate?
    /// Columns in CSV order.
    public var columns: [DatasetColumn]
    /// Rows of cell strings, one per CSV line after the header.
    public var rows: [[String]]
    /// Totals printed in the source, copied verbatim.
    public var totals: [StatedTotal]
    /// Notes shown with the table.
    public var notes: [String]
    /// Validations computed at import time.
    public var checks: [DatasetCheck]
    /// Charts drawn for the table; empty means the defaults for its shape.
    public var charts: [ChartSpec]
    /// Why the table could not be recovered; such a dataset has no columns and no rows.
    public var unrecoverable: String?

    /// Creates a dataset.
    public init(
        id: String, title: String, description: String = "", shape: DatasetShape, source: DatasetSource,
        asOf: DatasetDate? = nil, columns: [DatasetColumn] = [], rows: [[String]] = [], totals: [StatedTotal] = [],
        notes: [String] = [], checks: [DatasetCheck] = [], charts: [ChartSpec] = [], unrecoverable: String? = nil
    ) {
        self.id = id
        self.title = title
        self.description = description
        self.shape = shape
        self.source = source
        self.asOf = asOf
        self.columns = columns
        self.rows = rows
        self.totals = totals
        self.notes = notes
        self.checks = checks
        self.charts = charts
        self.unrecoverable = unrecoverable
    }

    /// The index of a column by key.
    public func columnIndex(_ key: String) -> Int? {
        columns.firstIndex { $0.key == key }
    }

    /// The typed value of a cell.
    public func value(row: Int, column: Int) -> DatasetValue {
        guard rows.indices.contains(row), columns.indices.contains(column), rows[row].indices.contains(column) else {
            return .blank
        }
        return DatasetValue(cell: rows[row][column], type: columns[column].type)
    }

    /// A numeric cell's number exactly as the CSV writes it, for printing; nil for blanks, dashes
    /// and text.
    public func exact(row: Int, column: Int) -> DecimalText? {
        value(row: row, column: column).exact
    }
}

/// What one row of a dataset is.
public enum DatasetShape: String, Sendable, CaseIterable {
    /// One row per prefecture (plus designated-city or municipal rows), keyed by JIS code.
    case prefectures
    /// A list of named things (centres, organisations, municipalities).
    case list
    /// One row per year or period.
    case series
}

/// Where a dataset stands in its source document.
public struct DatasetSource: Sendable, Equatable {
    /// Document id from `content/sources/sources.yaml`.
    public var document: String
    /// Lines of the table in the source file.
    public var lines: SourceLines

    /// Creates a source reference.
    public init(document: String, lines: SourceLines) {
        self.document = document
        self.lines = lines
    }
}

/// A date in ISO form with its 和暦 reading.
public struct DatasetDate: Sendable, Equatable {
    /// `2020-02`, `2019-04-01`, `2019`.
    public var iso: String
    /// `令和2年2月`.
    public var wareki: String

    /// Creates a date.
    public init(iso: String, wareki: String) {
        self.iso = iso
        self.wareki = wareki
    }
}
