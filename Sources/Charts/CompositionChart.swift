import Content

/// Compositions such as 男/女/不明 or 基幹/地域/連携 per category, as stacked or grouped
/// horizontal bars (horizontal so long Japanese category labels stay readable).
///
/// Components keep the order given; each has an Okabe–Ito colour, a legend entry, and its value
/// printed on the segment when it fits, and always in the segment's `<title>`. Stacks grow right
/// from zero for positive parts and left for negative ones. Missing components are left out of
/// the stack (not drawn as zero) and the row says「一部データなし」.
public struct CompositionChart: Sendable {
    /// Stacked bars show parts of a whole; grouped bars compare parts side by side.
    public enum Mode: Sendable, Hashable {
        case stacked
        case grouped
    }

    /// One row: a label and one value per component (`nil` = missing).
    public struct Category: Sendable, Hashable {
        /// Row label, e.g. a prefecture name.
        public var label: String
        /// One value per component, in component order, for drawing.
        public var values: [Double?]
        /// The values as content writes them, printed instead of `values` where given.
        public var exact: [DecimalText?]

        /// Creates a row; `values` line up with the chart's components.
        public init(label: String, values: [Double?]) {
            self.label = label
            self.values = values
            self.exact = []
        }

        /// A row from content: drawn by each value's `Double`, labelled by its text.
        public init(label: String, exact: [DecimalText?]) {
            self.label = label
            self.values = exact.map { $0?.double }
            self.exact = exact
        }
    }

    /// The root element id (`id-title` and `id-desc` are derived from it).
    public var id: String
    /// Accessible name, rendered into `<title>`.
    public var title: String
    /// Unit of every value; additive units also get totals.
    public var unit: Unit
    /// Component names in legend and stacking order, e.g. 男, 女, 不明.
    public var components: [String]
    /// Rows, drawn top to bottom in the given order.
    public var categories: [Category]
    /// Stacked or grouped.
    public var mode: Mode
    /// Width in px of the wide drawing; height follows from the number of rows. Narrower
    /// screens get the fluid drawing, each row's label and total written above its bar.
    public var width: Double
    /// Source and date, printed at the foot of the chart.
    public var credit: ChartCredit

    /// Creates a composition chart; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, components: [String], categories: [Category],
        mode: Mode = .stacked, width: Double = 720, credit: ChartCredit = ChartCredit()
    ) {
        self.credit = credit
        self.id = id
        self.title = title
        self.unit = unit
        self.components = components
        self.categories = categories
        self.mode = mode
        self.width = width
    }

    func value(_ category: Int, _ component: Int) -> Double? {
        let values = categories[category].values
        return component < values.count ? present(values[component]) : nil
    }

    /// A value as a label prints it (without the unit's symbol when `symbol` is false): exact
    /// where content gives it.
    func text(_ category: Int, _ component: Int, _ value: Double, symbol: Bool = true) -> String {
        let given = categories[category].exact
        let exact = component < given.count ? given[component] : nil
        return symbol ? unit.format(value, exact: exact) : unit.formatNumber(value, exact: exact)
    }

    /// Sum of a category's present components; `nil` when all are missing. A computed value, in
    /// `Double` (exact for integer sums below 2^53), printed as such.
    func total(_ category: Int) -> Double? {
        let present = components.indices.compactMap { value(category, $0) }
        return present.isEmpty ? nil : present.reduce(0, +)
    }

    /// The text of `<desc>`: components, totals per component, largest and smallest category,
    /// and missing values.
    public var summary: String {
        let kind = mode == .stacked ? "積み上げ横棒グラフ" : "集合横棒グラフ"
        var text = "\(categories.count)項目について\(components.joined(separator: "・"))の\(components.count)区分の内訳を示す\(kind)。"
        var parts: [String] = []
        let totals = categories.indices.map { total($0) }
        if let extremes = Extremes(totals) {
            let name = unit.isAdditive ? "合計" : "値の和"
            parts.append("\(name)が最大は\(categories[extremes.maxIndex].label)の\(unit.format(totals[extremes.maxIndex] ?? 0))")
            parts.append("最小は\(categories[extremes.minIndex].label)の\(unit.format(totals[extremes.minIndex] ?? 0))")
        } else {
            parts.append("表示できる値はありません")
        }
        if unit.isAdditive {
            let byComponent = components.indices.compactMap { component -> String? in
                let values = categories.indices.compactMap { value($0, component) }
                return values.isEmpty ? nil : "\(components[component])\(unit.format(values.reduce(0, +)))"
            }
            if !byComponent.isEmpty { parts.append("区分別の合計は" + byComponent.joined(separator: "、")) }
        }
        var missing: [String] = []
        for category in categories.indices {
            for component in components.indices where value(category, component) == nil {
                missing.append("\(categories[category].label)の\(components[component])")
            }
        }
        if !missing.isEmpty {
            parts.append("データなしは\(missing.count)件（\(missing.joined(separator: "、"))）")
        }
        text += parts.joined(separator: "、") + "。"
        return text
    }

    /// Renders the chart. Deterministic: equal inputs give identical bytes.
    public func render(_ versions: ChartVersions = .both) -> RenderedChart {
        ChartDocument.render(
            id: id, kind: mode == .stacked ? "stacked-bar" : "grouped-bar", title: title, description: summary,
            wide: wide(), narrow: { narrow() }, versions: versions)
    }

    /// The value scale of both drawings. Stacks add up per sign; grouped bars are single values.
    func scale() -> NiceScale {
        var extents: [Double] = []
        for category in categories.indices {
            let values = components.indices.compactMap { value(category, $0) }
            if mode == .stacked {
                extents.append(values.filter { $0 > 0 }.reduce(0, +))
                extents.append(values.filter { $0 < 0 }.reduce(0, +))
            } else {
                extents += values
            }
        }
        return NiceScale(values: extents, includeZero: true)
    }

    private func wide() -> ChartBody {
        let fontSize = ChartDocument.fontSize
        let small = ChartDocument.smallFontSize
        let barHeight = mode == .stacked ? 20.0 : 13.0
        let rowHeight = mode == .stacked ? 28.0 : Double(max(components.count, 1)) * (barHeight + 2) + 12
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: width - 20)
        let legend = LegendFlow(
            widths: components.map { 40 + TextMetrics.width($0, fontSize: fontSize) }, availableWidth: width - 20,
            firstBaseline: frame.headerHeight + 14)
        let top = frame.headerHeight + 22 + max(legend.height, LegendFlow.lineHeight)
        let scale = scale()
        let labelWidth = (categories.map { TextMetrics.width($0.label, fontSize: fontSize) }.max() ?? 0) + 16
        let endLabels: [String] = categories.indices.flatMap { category -> [String] in
            if mode == .stacked { return [endLabel(category)] }
            return components.indices.map { value(category, $0).map(unit.format) ?? ChartText.missing }
        }
        let endWidth = (endLabels.map { TextMetrics.width($0, fontSize: fontSize) }.max() ?? 0) + 10
        let hasNegative = scale.lower < 0
        let plotLeft = 10 + labelWidth + (hasNegative ? endWidth : 0)
        let plotRight = max(plotLeft + 40, width - 10 - endWidth)
        let plotBottom = top + Double(categories.count) * rowHeight
        let height = plotBottom + 12 + frame.footerHeight
        func x(_ value: Double) -> Double { scale.position(of: value, from: plotLeft, to: plotRight) }
        let zeroX = x(0)

        var w = MarkupWriter()
        frame.drawHeader(&w, x: "10")
        drawLegend(&w, legend)
        w.open("g", [("class", "shc-axis"), ("aria-hidden", "true")])
        w.newline()
        for tick in scale.ticks {
            let tx = x(tick)
            w.empty("line", [
                ("x1", coord(tx)), ("y1", coord(top - 6)), ("x2", coord(tx)), ("y2", coord(plotBottom)),
                ("stroke", "currentColor"), ("stroke-opacity", tick == 0 ? "0.8" : "0.18"),
            ])
            w.newline()
            ChartDocument.text(&w, NumberFormat.grouped(tick, fractionDigits: scale.fractionDigits), x: tx, y: top - 12,
                               anchor: "middle", size: small)
        }
        w.close("g")
        w.newline()

        for category in categories.indices {
            let rowTop = top + Double(category) * rowHeight
            w.open("g", [("class", "shc-category")])
            w.newline()
            ChartDocument.text(&w, categories[category].label, x: 10 + labelWidth - 8,
                               y: rowTop + rowHeight / 2 + fontSize * 0.35, anchor: "end")
            switch mode {
            case .stacked:
                let barTop = rowTop + (rowHeight - barHeight) / 2
                let (positive, negative) = drawStack(&w, category: category, top: barTop, height: barHeight, fluid: false, x: x)
                let label = endLabel(category)
                let anchorRight = positive > 0 || negative == 0
                ChartDocument.text(&w, label, x: anchorRight ? x(positive) + 5 : x(negative) - 5,
                                   y: barTop + barHeight / 2 + fontSize * 0.35, anchor: anchorRight ? "start" : "end")
            case .grouped:
                for component in components.indices {
                    let barTop = rowTop + 6 + Double(component) * (barHeight + 2)
                    let baseline = barTop + barHeight / 2 + small * 0.35
                    if let value = value(category, component) {
                        drawSegment(&w, category: category, component: component, value: value,
                                    from: zeroX, to: x(value), top: barTop, height: barHeight, printValue: false)
                        ChartDocument.text(&w, text(category, component, value), x: value < 0 ? x(value) - 4 : x(value) + 4,
                                           y: baseline, anchor: value < 0 ? "end" : "start", size: small)
                    } else {
                        drawMissing(&w, category: category, component: component, x: coord(zeroX + 4), y: baseline)
                    }
                }
            }
            w.close("g")
            w.newline()
        }
        frame.drawFooter(&w, x: "10", bottom: height)
        return ChartBody(width: width, height: height, markup: w.output)
    }

    /// Draws a category's stack, positive parts rightwards from zero and negative ones leftwards;
    /// returns where each side ends. `x` maps a value to the drawing's x (px, or a fraction when fluid).
    func drawStack(
        _ w: inout MarkupWriter, category: Int, top: Double, height: Double, fluid: Bool, x: (Double) -> Double
    ) -> (positive: Double, negative: Double) {
        var positive = 0.0
        var negative = 0.0
        for component in components.indices {
            guard let value = value(category, component) else { continue }
            let start = value >= 0 ? positive : negative
            let end = start + value
            if value >= 0 { positive = end } else { negative = end }
            drawSegment(&w, category: category, component: component, value: value, from: x(start), to: x(end),
                        top: top, height: height, fluid: fluid)
        }
        return (positive, negative)
    }

    /// A grouped bar's note that its component is missing, at `x` (px or percent).
    func drawMissing(_ w: inout MarkupWriter, category: Int, component: Int, x: String, y: Double, anchor: String = "start") {
        w.open("g", [("class", "shc-missing")])
        w.element("title", text: "\(categories[category].label) \(components[component]): \(ChartText.missingValue)")
        ChartDocument.text(&w, "\(components[component])\(ChartText.missing)", x: x, y: y, anchor: anchor,
                           size: ChartDocument.smallFontSize)
        w.close("g")
        w.newline()
    }

    /// The label after a stacked bar: the total, and whether parts are missing.
    func endLabel(_ category: Int) -> String {
        let missingCount = components.indices.filter { value(category, $0) == nil }.count
        guard let total = total(category) else { return ChartText.missing }
        let prefix = unit.isAdditive ? "計\(unit.format(total))" : ""
        if missingCount == 0 { return prefix }
        return prefix + "（一部データなし）"
    }

    func drawSegment(
        _ w: inout MarkupWriter, category: Int, component: Int, value: Double, from: Double, to: Double,
        top: Double, height: Double, printValue: Bool = true, fluid: Bool = false
    ) {
        // In a fluid drawing `from` and `to` are fractions of the width; a label is printed only
        // when it fits at the narrowest width the drawing is laid out for.
        let place: (Double) -> String = fluid ? { percent($0) } : { coord($0) }
        let room = abs(to - from) * (fluid ? ChartDocument.minimumFluidWidth : 1)
        let style = SeriesStyle(index: component)
        let share: String
        if mode == .stacked, unit.isAdditive, let total = total(category), total > 0, value >= 0 {
            share = "（\(NumberFormat.grouped(value / total * 100, fractionDigits: 1))%）"
        } else {
            share = ""
        }
        w.open("g", [("class", "shc-segment")])
        w.element("title", text: "\(categories[category].label) \(components[component]): \(text(category, component, value))\(share)")
        // A thin stroke in the page colour separates adjacent segments without relying on hue.
        w.empty("rect", [
            ("x", place(min(from, to))), ("y", coord(top)), ("width", place(abs(to - from))), ("height", coord(height)),
            ("fill", style.swatch.fill), ("stroke", "currentColor"), ("stroke-width", "0.5"),
        ])
        let label = text(category, component, value, symbol: false)
        if printValue, TextMetrics.width(label, fontSize: ChartDocument.smallFontSize) + 6 <= room {
            ChartDocument.text(&w, label, x: place((from + to) / 2), y: top + height / 2 + ChartDocument.smallFontSize * 0.35,
                               anchor: "middle", size: ChartDocument.smallFontSize, fill: style.swatch.text)
        }
        w.close("g")
        w.newline()
    }

    func drawLegend(_ w: inout MarkupWriter, _ legend: LegendFlow) {
        w.open("g", [("class", "shc-legend")])
        w.newline()
        for (index, name) in components.enumerated() {
            let style = SeriesStyle(index: index)
            let (x, y) = legend.positions[index]
            w.empty("rect", [
                ("x", coord(x)), ("y", coord(y - 11)), ("width", "16"), ("height", "14"), ("fill", style.swatch.fill),
                ("stroke", "currentColor"), ("stroke-width", "0.5"),
            ])
            w.newline()
            ChartDocument.text(&w, name, x: x + 22, y: y)
        }
        w.close("g")
        w.newline()
    }
}
