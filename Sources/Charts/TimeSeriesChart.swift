import Content

/// Yearly (or any periodic) values as a line or column chart.
///
/// Period labels come pre-formatted and may span lines (`"平成30年度\n(2018)"`); they are drawn
/// as given. Several series share one axis: lines differ by colour, dash and marker; columns are
/// grouped side by side. A missing value leaves a gap in the line (never a dip to zero) and a
/// vertical「（データなし）」at that period.
///
/// Periods are placed by date, not by index: positions come from `positions` or are read from the
/// labels (a four-digit year or a Japanese era year), so five-yearly values followed by yearly ones
/// take proportional widths; where the source skips periods the gap is shaded and a line crosses
/// it dotted. Labels without a date fall back to even spacing.
public struct TimeSeriesChart: Sendable {
    /// Line for trends, columns for amounts per period.
    public enum Style: Sendable, Hashable {
        case line
        case column
    }

    /// One named series, with one value per period (`nil` = missing).
    public struct Series: Sendable, Hashable {
        /// Legend name, e.g. 全国.
        public var name: String
        /// One value per period, in period order, for drawing.
        public var values: [Double?]
        /// The values as content writes them, printed instead of `values` where given.
        public var exact: [DecimalText?]

        /// Creates a series.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
            self.exact = []
        }

        /// A series from content: drawn by each value's `Double`, labelled by its text.
        public init(name: String, exact: [DecimalText?]) {
            self.name = name
            self.values = exact.map { $0?.double }
            self.exact = exact
        }
    }

    /// The root element id (`id-title` and `id-desc` are derived from it).
    public var id: String
    /// Accessible name, rendered into `<title>`.
    public var title: String
    /// Unit of every value.
    public var unit: Unit
    /// Period labels in drawing order, left to right.
    public var periods: [String]
    /// Each series should have `periods.count` values; extra values are ignored, absent ones
    /// count as missing.
    public var series: [Series]
    /// Line or column.
    public var style: Style
    /// Lines may zoom in on their range; columns always start at zero because their length
    /// carries the value.
    public var includeZero: Bool
    /// Width in px of the wide drawing; narrower screens get the fluid drawing.
    public var width: Double
    /// Height in px of the plot area and axis, before the title and credit are added.
    public var height: Double
    /// Position of each period on the time axis (e.g. years, months as fractions); nil to read
    /// them from the labels.
    public var positions: [Double]?
    /// Source and date, printed at the foot of the chart.
    public var credit: ChartCredit

    /// Creates a time-series chart; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, periods: [String], series: [Series], style: Style = .line,
        includeZero: Bool = true, width: Double = 720, height: Double = 360, positions: [Double]? = nil,
        credit: ChartCredit = ChartCredit()
    ) {
        self.positions = positions
        self.credit = credit
        self.id = id
        self.title = title
        self.unit = unit
        self.periods = periods
        self.series = series
        self.style = style
        self.includeZero = includeZero
        self.width = width
        self.height = height
    }

    func value(_ seriesIndex: Int, _ period: Int) -> Double? {
        let values = series[seriesIndex].values
        return period < values.count ? present(values[period]) : nil
    }

    /// A value as a label prints it (without the unit's symbol when `symbol` is false): exact
    /// where content gives it.
    func text(_ seriesIndex: Int, _ period: Int, _ value: Double, symbol: Bool = true) -> String {
        let given = series[seriesIndex].exact
        let exact = period < given.count ? given[period] : nil
        return symbol ? unit.format(value, exact: exact) : unit.formatNumber(value, exact: exact)
    }

    /// The text of `<desc>`: span, and per series its extremes and missing periods.
    public var summary: String {
        let kind = style == .line ? "折れ線グラフ" : "縦棒グラフ"
        var text: String
        if let first = periods.first, let last = periods.last {
            text = "\(singleLine(first))から\(singleLine(last))までの\(periods.count)期間の推移を示す\(kind)。"
        } else {
            text = "期間のない\(kind)。"
        }
        for index in series.indices {
            let values = periods.indices.map { value(index, $0) }
            var parts: [String] = []
            if let extremes = Extremes(values) {
                parts.append("最大は\(singleLine(periods[extremes.maxIndex]))の\(self.text(index, extremes.maxIndex, values[extremes.maxIndex] ?? 0))")
                parts.append("最小は\(singleLine(periods[extremes.minIndex]))の\(self.text(index, extremes.minIndex, values[extremes.minIndex] ?? 0))")
            } else {
                parts.append("表示できる値はありません")
            }
            let missing = periods.indices.filter { values[$0] == nil }
            if !missing.isEmpty {
                parts.append("データなしは\(missing.count)件（\(missing.map { singleLine(periods[$0]) }.joined(separator: "、"))）")
            }
            let prefix = series.count > 1 ? "\(series[index].name)：" : ""
            text += prefix + parts.joined(separator: "、") + "。"
        }
        return text
    }

    /// The title with a single series' name added (unless the title already ends with it), so
    /// two charts of one table (件数 and 金額) never share an accessible name, even when the
    /// table's title names both.
    var shownTitle: String {
        guard series.count == 1, let name = series.first?.name, !name.isEmpty, !title.hasSuffix(name) else { return title }
        return title.isEmpty ? name : "\(title)：\(name)"
    }

    /// Where each period's x lies, as a fraction of the plot's width (read by tests).
    public var periodFractions: [Double] {
        let placed = PeriodPositions(periods: periods, given: positions)
        return placed.values.map(placed.fraction)
    }

    /// Renders the chart. Deterministic: equal inputs give identical bytes.
    public func render(_ versions: ChartVersions = .both) -> RenderedChart {
        let geometry = TimeGeometry(chart: self)
        return ChartDocument.render(
            id: id, kind: style == .line ? "time-series-line" : "time-series-column", title: shownTitle, description: summary,
            wide: TimeSeriesDrawing(chart: self, geometry: geometry, fluid: false).body(),
            narrow: { TimeSeriesDrawing(chart: self, geometry: geometry, fluid: true).body() }, versions: versions)
    }
}
