/// A total printed in the source, copied verbatim so that it can be compared with the rows.
public struct StatedTotal: Sendable, Equatable {
    /// The column it totals.
    public var column: String
    /// The source's label for the total row (全国, 合計, 計 …).
    public var label: String
    /// The stated value, in the plain CSV number form.
    public var value: String
    /// Where the source states it.
    public var lines: SourceLines?

    /// Creates a stated total.
    public init(column: String, label: String, value: String, lines: SourceLines? = nil) {
        self.column = column
        self.label = label
        self.value = value
        self.lines = lines
    }
}

/// One validation of a dataset and its result.
public struct DatasetCheck: Sendable, Equatable {
    /// Unique within the dataset.
    public var id: String
    /// What sort of check it is.
    public var kind: CheckKind
    /// What is checked, in Japanese.
    public var title: String
    /// The outcome.
    public var result: CheckResult
    /// The stated value, when there is one.
    public var expected: String?
    /// The computed value, when there is one.
    public var actual: String?
    /// Row keys involved (JIS code, code + city, or list row number).
    public var rows: [String]
    /// Column keys involved.
    public var columns: [String]
    /// Why it mismatched or could not be checked.
    public var explanation: String?

    /// Creates a check record.
    public init(
        id: String, kind: CheckKind, title: String, result: CheckResult, expected: String? = nil, actual: String? = nil,
        rows: [String] = [], columns: [String] = [], explanation: String? = nil
    ) {
        self.id = id
        self.kind = kind
        self.title = title
        self.result = result
        self.expected = expected
        self.actual = actual
        self.rows = rows
        self.columns = columns
        self.explanation = explanation
    }
}

/// Sorts of dataset checks.
public enum CheckKind: String, Sendable, CaseIterable {
    /// A column's sum against the stated total.
    case columnSum = "column-sum"
    /// A relation between columns of each row (合計 = A + B, △ = difference).
    case rowIdentity = "row-identity"
    /// Agreement with another dataset.
    case crossDataset = "cross-dataset"
    /// A count of rows against a stated count.
    case count
    /// Anything else.
    case other
}

/// Outcomes of a check.
public enum CheckResult: String, Sendable, CaseIterable {
    /// The values agree.
    case pass
    /// The values disagree; both are recorded.
    case mismatch
    /// The source does not allow the check; the explanation says why.
    case notCheckable = "not-checkable"
}

/// A chart to draw for a dataset.
public struct ChartSpec: Sendable, Equatable {
    /// The chart kind.
    public var kind: ChartKind
    /// The value columns it shows.
    public var columns: [String]

    /// Creates a chart choice.
    public init(kind: ChartKind, columns: [String]) {
        self.kind = kind
        self.columns = columns
    }
}

/// Chart kinds a dataset page can draw.
public enum ChartKind: String, Sendable, CaseIterable {
    /// Prefectures ranked by value.
    case rankedBar = "ranked-bar"
    /// A choropleth on the 47-square grid.
    case tileMap = "tile-map"
    /// Values over years.
    case timeSeries = "time-series"
    /// Stacked or grouped parts of a whole.
    case composition
}
