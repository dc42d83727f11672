/// Yearly (or any periodic) values as a line or column chart.
///
/// Period labels come pre-formatted and may span lines (`"平成30年度\n(2018)"`); they are drawn
/// as given. Several series share one axis: lines differ by colour, dash and marker; columns are
/// grouped side by side. A missing value leaves a gap in the line (never a dip to zero) and a
/// vertical「（データなし）」at that period.
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
        /// One value per period, in period order.
        public var values: [Double?]

        /// Creates a series.
        public init(name: String, values: [Double?]) {
            self.name = name
            self.values = values
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
    /// Total width in px.
    public var width: Double
    /// Total height in px.
    public var height: Double

    /// Creates a time-series chart; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, periods: [String], series: [Series], style: Style = .line,
        includeZero: Bool = true, width: Double = 720, height: Double = 360
    ) {
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

    private func value(_ seriesIndex: Int, _ period: Int) -> Double? {
        let values = series[seriesIndex].values
        return period < values.count ? present(values[period]) : nil
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
                parts.append("最大は\(singleLine(periods[extremes.maxIndex]))の\(unit.format(values[extremes.maxIndex] ?? 0))")
                parts.append("最小は\(singleLine(periods[extremes.minIndex]))の\(unit.format(values[extremes.minIndex] ?? 0))")
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

    /// Renders the chart. Deterministic: equal inputs give identical bytes.
    public func render() -> RenderedChart {
        let fontSize = ChartDocument.fontSize
        let small = ChartDocument.smallFontSize
        let periodCount = max(periods.count, 1)
        let allValues = series.indices.flatMap { s in periods.indices.compactMap { value(s, $0) } }
        let scale = NiceScale(values: allValues, includeZero: includeZero || style == .column)
        let tickLabels = scale.ticks.map { NumberFormat.grouped($0, fractionDigits: scale.fractionDigits) }

        let legend = legendFlow()
        let top = 34 + legend.height
        let lineCount = periods.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count }.max() ?? 1
        let labelLineHeight = 14.0
        let bottomSpace = 12 + Double(lineCount) * labelLineHeight
        let plotLeft = 10 + (tickLabels.map { TextMetrics.width($0, fontSize: small) }.max() ?? 0) + 8
        let plotRight = width - 12
        let plotTop = top
        let plotBottom = max(plotTop + 40, height - bottomSpace)
        let band = (plotRight - plotLeft) / Double(periodCount)
        func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }
        func centre(_ period: Int) -> Double { plotLeft + (Double(period) + 0.5) * band }
        let zeroY = y(min(max(0, scale.lower), scale.upper))

        var w = MarkupWriter()
        if !unit.symbol.isEmpty {
            ChartDocument.text(&w, "単位：\(unit.symbol)", x: 10, y: 16, size: small)
        }
        if series.count > 1 { drawLegend(&w, legend) }

        w.open("g", [("class", "shc-axis"), ("aria-hidden", "true")])
        w.newline()
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = y(tick)
            w.empty("line", [
                ("x1", coord(plotLeft)), ("y1", coord(ty)), ("x2", coord(plotRight)), ("y2", coord(ty)),
                ("stroke", "currentColor"), ("stroke-opacity", tick == 0 ? "0.8" : "0.18"),
            ])
            w.newline()
            ChartDocument.text(&w, label, x: plotLeft - 6, y: ty + small * 0.35, anchor: "end", size: small)
        }
        // Thin out period labels when they would overlap, keeping the first and a fixed stride.
        let widestPeriod = periods.map { TextMetrics.widestLine($0, fontSize: fontSize) }.max() ?? 0
        let stride = max(1, Int(((widestPeriod + 6) / max(band, 1)).rounded(.up)))
        for (index, label) in periods.enumerated() where index % stride == 0 {
            ChartDocument.multilineText(&w, label, x: centre(index), y: plotBottom + 16, lineHeight: labelLineHeight)
        }
        w.close("g")
        w.newline()

        switch style {
        case .column: drawColumns(&w, band: band, centre: centre, y: y, zeroY: zeroY)
        case .line: drawLines(&w, band: band, centre: centre, y: y)
        }

        // Missing periods: a vertical note where the data would be.
        for index in periods.indices {
            let missingSeries = series.indices.filter { value($0, index) == nil }
            guard !missingSeries.isEmpty else { continue }
            let slot = series.count > 1 && style == .column ? missingSeries : [missingSeries[0]]
            for s in slot {
                let x = style == .column && series.count > 1 ? columnCentre(index, s, band: band, centre: centre) : centre(index)
                w.open("g", [("class", "shc-missing")])
                w.element("title", text: "\(singleLine(periods[index])) \(series[s].name): \(ChartText.missingValue)")
                // With several series the note names the one that is missing.
                let note = series.count > 1 ? series[s].name + ChartText.missing : ChartText.missing
                let length = TextMetrics.width(note, fontSize: small)
                ChartDocument.text(&w, note, x: x, y: max(plotTop, zeroY - 4 - length), size: small,
                                   extra: [("writing-mode", "vertical-rl")])
                w.close("g")
                w.newline()
            }
        }
        return ChartDocument.render(
            id: id, kind: style == .line ? "time-series-line" : "time-series-column", width: width, height: height,
            title: title, description: summary, body: w.output)
    }

    private func legendFlow() -> LegendFlow {
        guard series.count > 1 else { return LegendFlow(widths: [], availableWidth: width - 20, firstBaseline: 42) }
        let widths = series.map { 46 + TextMetrics.width($0.name, fontSize: ChartDocument.fontSize) }
        return LegendFlow(widths: widths, availableWidth: width - 20, firstBaseline: 42)
    }

    private func drawLegend(_ w: inout MarkupWriter, _ legend: LegendFlow) {
        w.open("g", [("class", "shc-legend")])
        w.newline()
        for (index, entry) in series.enumerated() {
            let (x, y) = legend.positions[index]
            let style = SeriesStyle(index: index)
            var line: [(String, String)] = [
                ("x1", coord(x)), ("y1", coord(y - 4)), ("x2", coord(x + 24)), ("y2", coord(y - 4)),
                ("stroke", style.swatch.fill), ("stroke-width", "2.5"),
            ]
            if let dash = style.dash { line.append(("stroke-dasharray", dash)) }
            if self.style == .line {
                w.empty("line", line)
                style.drawMarker(&w, x: x + 12, y: y - 4)
            } else {
                w.empty("rect", [
                    ("x", coord(x + 4)), ("y", coord(y - 11)), ("width", "16"), ("height", "14"), ("fill", style.swatch.fill),
                    ("stroke", "currentColor"), ("stroke-width", "0.5"),
                ])
            }
            w.newline()
            ChartDocument.text(&w, entry.name, x: x + 30, y: y)
        }
        w.close("g")
        w.newline()
    }

    private func columnWidth(band: Double) -> Double {
        band * 0.7 / Double(max(series.count, 1))
    }

    private func columnCentre(_ period: Int, _ seriesIndex: Int, band: Double, centre: (Int) -> Double) -> Double {
        let barWidth = columnWidth(band: band)
        return centre(period) - band * 0.35 + (Double(seriesIndex) + 0.5) * barWidth
    }

    private func drawColumns(
        _ w: inout MarkupWriter, band: Double, centre: (Int) -> Double, y: (Double) -> Double, zeroY: Double
    ) {
        let barWidth = columnWidth(band: band)
        let small = ChartDocument.smallFontSize
        for s in series.indices {
            let style = SeriesStyle(index: s)
            w.open("g", [("class", "shc-series")])
            w.newline()
            for period in periods.indices {
                guard let value = value(s, period) else { continue }
                let cx = columnCentre(period, s, band: band, centre: centre)
                let end = y(value)
                w.open("g", [("class", "shc-column")])
                w.element("title", text: "\(singleLine(periods[period]))\(series.count > 1 ? " " + series[s].name : ""): \(unit.format(value))")
                w.empty("rect", [
                    ("x", coord(cx - barWidth / 2)), ("y", coord(min(end, zeroY))), ("width", coord(barWidth)),
                    ("height", coord(abs(zeroY - end))), ("fill", style.swatch.fill),
                ])
                let label = unit.formatNumber(value)
                if TextMetrics.width(label, fontSize: small) <= barWidth + 6 {
                    let ty = value < 0 ? end + small + 2 : end - 4
                    ChartDocument.text(&w, label, x: cx, y: ty, anchor: "middle", size: small)
                }
                w.close("g")
                w.newline()
            }
            w.close("g")
            w.newline()
        }
    }

    private func drawLines(_ w: inout MarkupWriter, band: Double, centre: (Int) -> Double, y: (Double) -> Double) {
        let small = ChartDocument.smallFontSize
        for s in series.indices {
            let style = SeriesStyle(index: s)
            // Each run of consecutive present values becomes its own subpath, leaving gaps.
            var path = ""
            var previousPresent = false
            for period in periods.indices {
                if let value = value(s, period) {
                    path += (previousPresent ? "L" : "M") + "\(coord(centre(period))) \(coord(y(value)))"
                    previousPresent = true
                } else {
                    previousPresent = false
                }
            }
            w.open("g", [("class", "shc-series")])
            w.newline()
            if !path.isEmpty {
                var attributes: [(String, String)] = [
                    ("d", path), ("fill", "none"), ("stroke", style.swatch.fill), ("stroke-width", "2.5"),
                    ("stroke-linejoin", "round"),
                ]
                if let dash = style.dash { attributes.append(("stroke-dasharray", dash)) }
                w.empty("path", attributes)
                w.newline()
            }
            for period in periods.indices {
                guard let value = value(s, period) else { continue }
                let cx = centre(period)
                let cy = y(value)
                w.open("g", [("class", "shc-point")])
                w.element("title", text: "\(singleLine(periods[period]))\(series.count > 1 ? " " + series[s].name : ""): \(unit.format(value))")
                style.drawMarker(&w, x: cx, y: cy)
                let label = unit.formatNumber(value)
                if series.count == 1, TextMetrics.width(label, fontSize: small) <= band - 4 {
                    ChartDocument.text(&w, label, x: cx, y: cy - 9, anchor: "middle", size: small)
                }
                w.close("g")
                w.newline()
            }
            w.close("g")
            w.newline()
        }
    }
}
