import Content

/// What both drawings of a time series share: period positions and the value scale.
struct TimeGeometry {
    let placed: PeriodPositions
    let scale: NiceScale
    let tickLabels: [String]

    init(chart: TimeSeriesChart) {
        placed = PeriodPositions(periods: chart.periods, given: chart.positions)
        let allValues = chart.series.indices.flatMap { s in chart.periods.indices.compactMap { chart.value(s, $0) } }
        // Columns always start at zero because their length carries the value.
        let scale = NiceScale(values: allValues, includeZero: chart.includeZero || chart.style == .column)
        self.scale = scale
        tickLabels = scale.ticks.map { NumberFormat.grouped($0, fractionDigits: scale.fractionDigits) }
    }
}

/// One drawing of a time series. The wide one has a fixed width with value labels left of the
/// plot; the fluid one (`fluid`) gives every x as a percentage of the page's width, writes value
/// labels on their gridlines, and draws lines in a viewport stretched to the width with strokes
/// kept at their size, so its text is never scaled.
struct TimeSeriesDrawing {
    let chart: TimeSeriesChart
    let geometry: TimeGeometry
    let fluid: Bool

    private var periods: [String] { chart.periods }
    private var series: [TimeSeriesChart.Series] { chart.series }
    private var unit: Unit { chart.unit }
    private var placed: PeriodPositions { geometry.placed }
    private static let skipNote = "網かけは原資料に値のない期間（点線はその前後を結ぶ）。"
    private static let zoomNote = "縦軸は0から始まっていない。"

    // Horizontal layout, fixed once the drawing's width is known.
    private var plotLeft = 0.0
    private var plotRight = 1.0
    /// The width text collisions are judged at: the plot's px width, or the narrowest fluid width.
    private var layoutWidth = 1.0

    init(chart: TimeSeriesChart, geometry: TimeGeometry, fluid: Bool) {
        self.chart = chart
        self.geometry = geometry
        self.fluid = fluid
        let small = ChartDocument.smallFontSize
        if fluid {
            plotLeft = 0.01
            plotRight = 0.99
            layoutWidth = ChartDocument.minimumFluidWidth * 0.98
        } else {
            plotLeft = 10 + (geometry.tickLabels.map { TextMetrics.width($0, fontSize: small) }.max() ?? 0) + 8
            plotRight = chart.width - 12
            layoutWidth = plotRight - plotLeft
        }
    }

    /// A position across the plot (0…1) in the drawing's horizontal coordinate: px or percent.
    private func x(_ fraction: Double) -> String {
        let value = plotLeft + fraction * (plotRight - plotLeft)
        return fluid ? percent(value) : coord(value)
    }

    /// The same position in the 0…1000 units of the fluid drawing's stretched line viewport, or px.
    private func pathX(_ fraction: Double) -> String {
        let value = plotLeft + fraction * (plotRight - plotLeft)
        return coord(fluid ? value * 1000 : value)
    }

    private func centre(_ period: Int) -> Double { placed.fraction(placed.values[period]) }

    /// The distance between neighbouring periods as a fraction of the plot.
    private var band: Double {
        let (low, high) = placed.domain
        return high > low ? placed.step / (high - low) : 1
    }

    func body() -> ChartBody {
        let small = ChartDocument.smallFontSize
        let textWidth = fluid ? ChartDocument.minimumFluidWidth : chart.width - 20
        var notes = placed.skips.isEmpty ? [] : [Self.skipNote]
        // Shared rule: bars always start at zero; a line may zoom in, and then says so.
        if geometry.scale.lower > 0 || geometry.scale.upper < 0 { notes.append(Self.zoomNote) }
        let frame = ChartFrame(title: chart.shownTitle, unit: unit, notes: notes, credit: chart.credit, width: textWidth)
        let legend = legendFlow(frame: frame, width: textWidth)
        let lineCount = periods.map { $0.split(separator: "\n", omittingEmptySubsequences: false).count }.max() ?? 1
        let labelLineHeight = 14.0
        let bottomSpace = 12 + Double(lineCount) * labelLineHeight
        let plotTop = frame.headerHeight + legend.height + (fluid ? 16 : 10)
        let blockHeight = fluid ? 220.0 : chart.height
        let plotBottom = max(plotTop + 40, plotTop + blockHeight - bottomSpace)
        let height = plotBottom + bottomSpace + frame.footerHeight
        let scale = geometry.scale
        func y(_ value: Double) -> Double { scale.position(of: value, from: plotBottom, to: plotTop) }
        let zeroY = y(min(max(0, scale.lower), scale.upper))

        var w = MarkupWriter()
        let textX = fluid ? "0" : "10"
        frame.drawHeader(&w, x: textX)
        if series.count > 1 { drawLegend(&w, legend) }
        drawSkips(&w, top: plotTop, bottom: plotBottom)

        w.open("g", [("class", "shc-axis"), ("aria-hidden", "true")])
        w.newline()
        for (tick, label) in zip(scale.ticks, geometry.tickLabels) {
            let ty = y(tick)
            w.empty("line", [
                ("x1", fluid ? "0" : coord(plotLeft)), ("y1", coord(ty)), ("x2", fluid ? "100%" : coord(plotRight)),
                ("y2", coord(ty)), ("stroke", "currentColor"), ("stroke-opacity", tick == 0 ? "0.8" : "0.18"),
            ])
            w.newline()
            if fluid {
                ChartDocument.text(&w, label, x: "0", y: ty - 3, size: small)
            } else {
                ChartDocument.text(&w, label, x: plotLeft - 6, y: ty + small * 0.35, anchor: "end", size: small)
            }
        }
        drawPeriodLabels(&w, y: plotBottom + 16, lineHeight: labelLineHeight)
        w.close("g")
        w.newline()

        switch chart.style {
        case .column: drawColumns(&w, y: y, zeroY: zeroY)
        case .line: drawLines(&w, y: y, height: height)
        }
        drawMissing(&w, top: plotTop, zeroY: zeroY)
        frame.drawFooter(&w, x: textX, bottom: height)
        return ChartBody(width: fluid ? nil : chart.width, height: height, markup: w.output)
    }

    /// Period labels from left to right, leaving out any that would touch the one before; the
    /// first and last are anchored inward so they stay inside the drawing.
    private func drawPeriodLabels(_ w: inout MarkupWriter, y: Double, lineHeight: Double) {
        let fontSize = ChartDocument.fontSize
        var previousEnd = -Double.infinity
        let pxPerFraction = layoutWidth
        let offset = fluid ? plotLeft * ChartDocument.minimumFluidWidth : plotLeft
        for (index, label) in periods.enumerated() {
            let width = TextMetrics.widestLine(label, fontSize: fontSize)
            let centrePx = offset + centre(index) * pxPerFraction
            var anchor = "middle"
            var start = centrePx - width / 2
            if start < 0 {
                anchor = "start"
                start = centrePx
            }
            let totalWidth = offset * 2 + pxPerFraction
            if start + width > totalWidth {
                anchor = "end"
                start = centrePx - width
            }
            guard start > previousEnd + 6 else { continue }
            previousEnd = start + width
            ChartDocument.multilineText(&w, label, x: x(centre(index)), y: y, lineHeight: lineHeight, anchor: anchor)
        }
    }

    /// Shades the stretches the source skips, e.g. the four years between five-yearly values.
    private func drawSkips(_ w: inout MarkupWriter, top: Double, bottom: Double) {
        guard !placed.skips.isEmpty else { return }
        w.open("g", [("class", "shc-skip")])
        w.newline()
        for index in placed.skips {
            let from = placed.values[index] + placed.step / 2
            let to = placed.values[index + 1] - placed.step / 2
            let first = placed.values[index] + placed.step
            let last = placed.values[index + 1] - placed.step
            let span = first == last ? NumberFormat.raw(first) : "\(NumberFormat.raw(first))〜\(NumberFormat.raw(last))"
            w.open("g")
            w.element("title", text: "\(span)：原資料に値なし")
            let left = placed.fraction(from)
            let right = placed.fraction(to)
            w.empty("rect", [
                ("x", x(left)), ("y", coord(top)), ("width", fluid ? percent((right - left) * (plotRight - plotLeft)) : coord((right - left) * (plotRight - plotLeft))),
                ("height", coord(bottom - top)), ("fill", "currentColor"), ("fill-opacity", "0.08"),
            ])
            w.close("g")
            w.newline()
        }
        w.close("g")
        w.newline()
    }

    private func legendFlow(frame: ChartFrame, width: Double) -> LegendFlow {
        let first = frame.headerHeight + 14
        let left = fluid ? 0.0 : 10.0
        guard series.count > 1 else { return LegendFlow(widths: [], availableWidth: width, left: left, firstBaseline: first) }
        let widths = series.map { 46 + TextMetrics.width($0.name, fontSize: ChartDocument.fontSize) }
        return LegendFlow(widths: widths, availableWidth: width, left: left, firstBaseline: first)
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
            if chart.style == .line {
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

    private var columnWidth: Double { band * 0.7 / Double(max(series.count, 1)) }

    private func columnCentre(_ period: Int, _ seriesIndex: Int) -> Double {
        centre(period) - band * 0.35 + (Double(seriesIndex) + 0.5) * columnWidth
    }

    /// A width across the plot (0…1) in the drawing's units.
    private func span(_ fraction: Double) -> String {
        let value = fraction * (plotRight - plotLeft)
        return fluid ? percent(value) : coord(value)
    }

    private func tooltip(_ period: Int, _ s: Int, _ value: Double) -> String {
        "\(singleLine(periods[period]))\(series.count > 1 ? " " + series[s].name : ""): \(chart.text(s, period, value))"
    }

    private func drawColumns(_ w: inout MarkupWriter, y: (Double) -> Double, zeroY: Double) {
        let small = ChartDocument.smallFontSize
        let barPx = columnWidth * layoutWidth
        for s in series.indices {
            let style = SeriesStyle(index: s)
            w.open("g", [("class", "shc-series")])
            w.newline()
            for period in periods.indices {
                guard let value = chart.value(s, period) else { continue }
                let cx = columnCentre(period, s)
                let end = y(value)
                w.open("g", [("class", "shc-column")])
                w.element("title", text: tooltip(period, s, value))
                w.empty("rect", [
                    ("x", x(cx - columnWidth / 2)), ("y", coord(min(end, zeroY))), ("width", span(columnWidth)),
                    ("height", coord(abs(zeroY - end))), ("fill", style.swatch.fill),
                ])
                let label = chart.text(s, period, value, symbol: false)
                if TextMetrics.width(label, fontSize: small) <= barPx + 6 {
                    let ty = value < 0 ? end + small + 2 : end - 4
                    ChartDocument.text(&w, label, x: x(cx), y: ty, anchor: "middle", size: small)
                }
                w.close("g")
                w.newline()
            }
            w.close("g")
            w.newline()
        }
    }

    private func drawLines(_ w: inout MarkupWriter, y: (Double) -> Double, height: Double) {
        let small = ChartDocument.smallFontSize
        for s in series.indices {
            let style = SeriesStyle(index: s)
            // Runs of consecutive present values are solid subpaths; a run broken only by
            // periods the source skips is joined by a dotted path; a missing value leaves a gap.
            var solid = ""
            var dotted = ""
            var previous: (period: Int, point: String)?
            for period in periods.indices {
                guard let value = chart.value(s, period) else {
                    previous = nil
                    continue
                }
                let point = "\(pathX(centre(period))) \(coord(y(value)))"
                if let previous, placed.skips.contains(previous.period) {
                    dotted += "M\(previous.point)L\(point)"
                    solid += "M\(point)"
                } else {
                    solid += (previous == nil ? "M" : "L") + point
                }
                previous = (period, point)
            }
            w.open("g", [("class", "shc-series")])
            w.newline()
            let markerSize = band * layoutWidth < 10 ? 2.5 : 4
            // The fluid drawing cannot give path points in percent: its lines are drawn in a
            // symbol stretched to the width (strokes keep their px size), its markers are
            // symbols placed at percentages.
            let symbol = ChartDocument.sanitizedID(chart.id) + "-narrow-s\(s)"
            if fluid {
                w.open("defs")
                w.open("g", [("id", symbol + "-marker")])
                style.drawMarker(&w, x: 0, y: 0, size: markerSize)
                w.close("g")
                w.open("symbol", [
                    ("id", symbol + "-line"), ("viewBox", "0 0 1000 \(coord(height))"), ("preserveAspectRatio", "none"),
                ])
            }
            for (path, dash, widthValue) in [(solid, style.dash, "2.5"), (dotted, Optional("1 4"), "1.5")] where !path.isEmpty {
                var attributes: [(String, String)] = [
                    ("d", path), ("fill", "none"), ("stroke", style.swatch.fill), ("stroke-width", widthValue),
                    ("stroke-linejoin", "round"),
                ]
                if let dash { attributes.append(("stroke-dasharray", dash)) }
                if fluid { attributes.append(("vector-effect", "non-scaling-stroke")) }
                w.empty("path", attributes)
                w.newline()
            }
            if fluid {
                w.close("symbol")
                w.close("defs")
                w.empty("use", [
                    ("href", "#\(symbol)-line"), ("x", "0"), ("y", "0"), ("width", "100%"), ("height", coord(height)),
                ])
                w.newline()
            }
            for period in periods.indices {
                guard let value = chart.value(s, period) else { continue }
                let cx = centre(period)
                let cy = y(value)
                w.open("g", [("class", "shc-point")])
                w.element("title", text: tooltip(period, s, value))
                if fluid {
                    w.empty("use", [("href", "#\(symbol)-marker"), ("x", x(cx)), ("y", coord(cy))])
                } else {
                    style.drawMarker(&w, x: Double(x(cx)) ?? 0, y: cy, size: markerSize)
                }
                let label = chart.text(s, period, value, symbol: false)
                if series.count == 1, TextMetrics.width(label, fontSize: small) <= band * layoutWidth - 4 {
                    ChartDocument.text(&w, label, x: x(cx), y: cy - 9, anchor: "middle", size: small)
                }
                w.close("g")
                w.newline()
            }
            w.close("g")
            w.newline()
        }
    }

    /// Missing periods: a vertical note where the data would be.
    private func drawMissing(_ w: inout MarkupWriter, top: Double, zeroY: Double) {
        let small = ChartDocument.smallFontSize
        for index in periods.indices {
            let missingSeries = series.indices.filter { chart.value($0, index) == nil }
            guard !missingSeries.isEmpty else { continue }
            let slot = series.count > 1 && chart.style == .column ? missingSeries : [missingSeries[0]]
            for s in slot {
                let position = chart.style == .column && series.count > 1 ? columnCentre(index, s) : centre(index)
                w.open("g", [("class", "shc-missing")])
                w.element("title", text: "\(singleLine(periods[index])) \(series[s].name): \(ChartText.missingValue)")
                // With several series the note names the one that is missing.
                let note = series.count > 1 ? series[s].name + ChartText.missing : ChartText.missing
                let length = TextMetrics.width(note, fontSize: small)
                // `tb` is the SVG 1.1 spelling of vertical-rl: the attribute is validated against SVG 1.1.
                ChartDocument.text(&w, note, x: x(position), y: max(top, zeroY - 4 - length), size: small,
                                   extra: [("writing-mode", "tb")])
                w.close("g")
                w.newline()
            }
        }
    }
}
