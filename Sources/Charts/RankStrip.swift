import Content

/// A one-line chart that places one item among all others: a tick per item along the value axis,
/// the chosen item marked and labelled with its rank and value.
///
/// Prefecture pages show one for every dataset; a full ranked bar chart per dataset would make the
/// page several hundred kilobytes.
public struct RankStrip: Sendable {
    /// The root element id.
    public var id: String
    /// Accessible name.
    public var title: String
    /// Unit of the values.
    public var unit: Unit
    /// Every item, in any order (the same items a `RankedBarChart` would take).
    public var items: [RankedBarChart.Item]
    /// The `orderKey` of the item to mark.
    public var highlightedKey: Int
    /// Optional line above the strip naming what it shows, e.g. the indicator's short label.
    public var label: String?
    /// Source and date, printed under the strip.
    public var credit: ChartCredit

    /// Creates a strip; nothing is computed until `render()`. The strip is fluid: it fills the
    /// width it is given, with text at a fixed size; `width` is kept for callers and ignored.
    public init(
        id: String, title: String, unit: Unit, items: [RankedBarChart.Item], highlightedKey: Int, width: Double = 360,
        label: String? = nil, credit: ChartCredit = ChartCredit()
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.items = items
        self.highlightedKey = highlightedKey
        self.label = label
        self.credit = credit
    }

    /// The ranking shared with the ranked bar chart (ties share a rank, missing values have none).
    public var ranked: [RankedBarChart.RankedItem] {
        RankedBarChart(id: id, title: title, unit: unit, items: items).ranked
    }

    /// What a strip's drawing shares whichever item it marks: the ranking, the range and every
    /// item's tick. A prefecture page draws the same strip with each prefecture marked in turn;
    /// working these out once per strip, not once per page, spares most of the drawing.
    public struct Shared: Sendable {
        fileprivate let rows: [RankedBarChart.RankedItem]
        fileprivate let low: Double
        fileprivate let high: Double
        /// Each row's tick, empty for a row without a value.
        fileprivate let ticks: [String]
        /// The credit below the strip, laid out once.
        fileprivate let frame: ChartFrame
    }

    /// The parts of the drawing that do not depend on `highlightedKey`.
    public func shared() -> Shared {
        let rows = ranked
        let values = rows.compactMap { present($0.item.value) }
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 0, low)
        let axisY = axisY
        let ticks = rows.map { row -> String in
            guard let value = present(row.item.value) else { return "" }
            let x = percent(Self.fraction(value, low: low, high: high))
            var w = MarkupWriter()
            w.empty("line", [
                ("x1", x), ("y1", coord(axisY - 6)), ("x2", x), ("y2", coord(axisY + 6)),
                ("stroke", Palette.bar.fill), ("stroke-width", "1.5"),
            ])
            return w.output
        }
        return Shared(
            rows: rows, low: low, high: high, ticks: ticks,
            frame: ChartFrame(title: "", unit: .none, credit: credit, width: ChartDocument.minimumFluidWidth))
    }

    /// Where a value sits along the strip, inset so the end ticks and the marker stay inside at
    /// any width.
    private static func fraction(_ value: Double, low: Double, high: Double) -> Double {
        0.02 + (high > low ? (value - low) / (high - low) : 0) * 0.96
    }

    /// The height of the axis line from the top.
    private var axisY: Double { (label == nil ? 0.0 : 18.0) + 30 }

    /// Renders the strip. Deterministic: equal inputs give identical bytes.
    public func render() -> RenderedChart {
        render(shared: shared())
    }

    /// Renders the strip from the parts `shared()` gave for the same strip (any `highlightedKey`).
    public func render(shared: Shared) -> RenderedChart {
        let rows = shared.rows
        let low = shared.low
        let high = shared.high
        func fraction(_ value: Double) -> Double {
            Self.fraction(value, low: low, high: high)
        }
        let small = ChartDocument.smallFontSize
        let frame = shared.frame
        let axisY = axisY
        let height = axisY + 26 + frame.footerHeight
        var w = MarkupWriter()
        if let label { ChartDocument.text(&w, label, x: "0", y: 13, size: ChartDocument.fontSize) }
        w.empty("line", [
            ("x1", percent(0.02)), ("y1", coord(axisY)), ("x2", percent(0.98)), ("y2", coord(axisY)),
            ("stroke", "currentColor"), ("stroke-opacity", "0.4"),
        ])
        w.newline()
        for (row, tick) in zip(rows, shared.ticks) where row.item.orderKey != highlightedKey {
            w.raw(tick)
        }
        w.newline()
        // The axis's ends, so the strip says what range it spans.
        w.open("g", [("class", "shc-axis")])
        ChartDocument.text(&w, low < 0 ? "最小 \(format(low))" : unit.format(0), x: percent(0.02),
                           y: axisY + 22, size: small)
        ChartDocument.text(&w, "最大 \(format(high))", x: percent(0.98), y: axisY + 22, anchor: "end", size: small)
        w.close("g")
        w.newline()
        let chosen = rows.first { $0.item.orderKey == highlightedKey }
        if let chosen, let value = present(chosen.item.value), let rank = chosen.rank {
            let position = fraction(value)
            // A circle, because its centre can be given in percent.
            w.empty("circle", [
                ("cx", percent(position)), ("cy", coord(axisY)), ("r", "7"), ("fill", Palette.highlight.fill),
                ("stroke", "currentColor"), ("stroke-width", "1.5"),
            ])
            w.newline()
            let anchor = position > 0.66 ? "end" : position < 0.33 ? "start" : "middle"
            ChartDocument.text(
                &w, "\(rows.count)件中\(rank)位　\(chosen.item.valueText(unit))", x: percent(position), y: axisY - 14, anchor: anchor,
                bold: true)
        } else {
            ChartDocument.text(&w, "\(chosen?.item.label ?? "")：\(ChartText.missingValue)", x: "0", y: axisY - 14)
        }
        frame.drawFooter(&w, x: "0", bottom: height)
        return ChartDocument.render(
            id: id, kind: "rank-strip", title: title, description: summary(rows),
            wide: ChartBody(width: nil, height: height, markup: w.output), narrow: nil)
    }

    /// An end of the range: the exact text of the item that holds it, else the computed value.
    private func format(_ value: Double) -> String {
        unit.format(value, exact: RankedBarChart.exact(of: value, among: items))
    }

    private func summary(_ rows: [RankedBarChart.RankedItem]) -> String {
        guard let chosen = rows.first(where: { $0.item.orderKey == highlightedKey }) else {
            return "\(items.count)件の値の分布。"
        }
        let values = rows.compactMap { present($0.item.value) }
        var text = "\(items.count)件の値の分布（最小\(format(values.min() ?? 0))、最大\(format(values.max() ?? 0))）のうち、"
        if let rank = chosen.rank, present(chosen.item.value) != nil {
            text += "\(chosen.item.label)は\(rank)位の\(chosen.item.valueText(unit))。"
        } else {
            text += "\(chosen.item.label)はデータなし。"
        }
        let missing = rows.count - values.count
        if missing > 0 { text += "データなしは\(missing)件。" }
        return text
    }
}
