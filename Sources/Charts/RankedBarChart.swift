import Content

/// A horizontal bar chart ranking items (typically the 47 prefectures) by value, largest first.
///
/// Ties keep the order given by each item's `orderKey` (for prefectures, the JIS code), so the
/// same data always produces the same bytes. Missing values are listed last, in `orderKey` order,
/// with a「（データなし）」label instead of a bar. Negative values extend left of the zero line.
public struct RankedBarChart: Sendable {
    /// One bar.
    public struct Item: Sendable, Hashable {
        /// Breaks ties between equal values and orders missing items (e.g. the JIS code).
        public var orderKey: Int
        /// Row label, e.g. 東京都.
        public var label: String
        /// `nil` (or a non-finite number) means the value is missing, not zero. Bar lengths and
        /// ranks are worked out from it, in `Double` (so values past 2^53 that differ only in the
        /// last digits tie); its label is printed from `exact` where given.
        public var value: Double?
        /// Makes the whole row a link (e.g. to the prefecture's page); used as given, so relative.
        public var href: String?
        /// The value as content writes it, printed in labels and descriptions instead of `value`.
        public var exact: DecimalText?

        /// Creates an item.
        public init(orderKey: Int, label: String, value: Double?, href: String? = nil, exact: DecimalText? = nil) {
            self.orderKey = orderKey
            self.label = label
            self.value = value
            self.href = href
            self.exact = exact
        }

        /// An item whose value comes from content: drawn by its `Double`, labelled by its text.
        public init(orderKey: Int, label: String, exact: DecimalText?, href: String? = nil) {
            self.init(orderKey: orderKey, label: label, value: exact?.double, href: href, exact: exact)
        }

        /// The value as a label prints it, with the unit: exact where content gives it.
        func valueText(_ unit: Unit) -> String {
            unit.format(value ?? 0, exact: exact)
        }
    }

    /// The exact text of `value` when an item holds it (for extremes printed in descriptions).
    static func exact(of value: Double, among items: [Item]) -> DecimalText? {
        items.first { $0.value == value }?.exact
    }

    /// A vertical reference line such as the national average.
    public struct ReferenceLine: Sendable, Hashable {
        /// Text next to the line, e.g. 全国平均.
        public var label: String
        /// Position of the line, in the chart's unit.
        public var value: Double

        /// Creates a reference line.
        public init(label: String, value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// The root element id (`id-title` and `id-desc` are derived from it).
    public var id: String
    /// Accessible name, rendered into `<title>`.
    public var title: String
    /// Unit of every value; additive units also get a total in the description.
    public var unit: Unit
    /// Items in any order; the chart sorts them.
    public var items: [Item]
    /// The `orderKey` of the item to emphasise (bold label, outlined vermillion bar, ▶ marker).
    public var highlightedKey: Int?
    /// Optional vertical line, e.g. the national average.
    public var referenceLine: ReferenceLine?
    /// Width in px of the wide drawing; height follows from the number of items. Narrower
    /// screens get the fluid drawing: one row per item with its label and value above its bar.
    public var width: Double
    /// Source and date, printed at the foot of the chart.
    public var credit: ChartCredit

    /// Creates a ranked bar chart; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, items: [Item],
        highlightedKey: Int? = nil, referenceLine: ReferenceLine? = nil, width: Double = 720,
        credit: ChartCredit = ChartCredit()
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.items = items
        self.highlightedKey = highlightedKey
        self.referenceLine = referenceLine
        self.width = width
        self.credit = credit
    }

    /// A ranked entry: the item plus its competition rank (1, 2, 2, 4 …), `nil` when missing.
    public struct RankedItem: Sendable, Hashable {
        /// The item as given.
        public let item: Item
        /// Competition rank (ties share a rank); `nil` for missing values.
        public let rank: Int?
    }

    /// Items in drawing order: by value descending, ties by `orderKey`, missing last.
    public var ranked: [RankedItem] {
        let presentItems = items.filter { present($0.value) != nil }.sorted { a, b in
            let va = a.value ?? 0
            let vb = b.value ?? 0
            return va != vb ? va > vb : a.orderKey < b.orderKey
        }
        let missingItems = items.filter { present($0.value) == nil }.sorted { $0.orderKey < $1.orderKey }
        var result: [RankedItem] = []
        var previous: Double?
        var rank = 0
        for (index, item) in presentItems.enumerated() {
            if item.value != previous { rank = index + 1 }
            previous = item.value
            result.append(RankedItem(item: item, rank: rank))
        }
        result += missingItems.map { RankedItem(item: $0, rank: nil) }
        return result
    }

    /// The text of `<desc>`: extremes, total (for additive units), reference line, missing count.
    public var summary: String {
        summary(rows: ranked)
    }

    /// The description for rows already ranked, so rendering ranks only once.
    private func summary(rows: [RankedItem]) -> String {
        let values = rows.map { present($0.item.value) }
        var parts: [String] = []
        if let extremes = Extremes(values) {
            let top = rows[extremes.maxIndex].item
            let bottom = rows[extremes.minIndex].item
            parts.append("最大は\(top.label)の\(top.valueText(unit))")
            parts.append("最小は\(bottom.label)の\(bottom.valueText(unit))")
            if unit.isAdditive {
                let exact = rows.compactMap { present($0.item.value) == nil ? nil : $0.item.exact }
                parts.append(totalPhrase(extremes, count: values.count, unit: unit, exact: exact))
            }
        } else {
            parts.append("表示できる値はありません")
        }
        if let line = referenceLine, line.value.isFinite {
            parts.append("\(line.label)は\(unit.format(line.value))")
        }
        if let key = highlightedKey, let row = rows.first(where: { $0.item.orderKey == key }) {
            if let rank = row.rank, present(row.item.value) != nil {
                parts.append("\(row.item.label)は\(rows.count)件中\(rank)位の\(row.item.valueText(unit))")
            } else {
                parts.append("\(row.item.label)はデータなし")
            }
        }
        let missing = values.filter { $0 == nil }.count
        if missing > 0 {
            let names = rows.filter { present($0.item.value) == nil }.map(\.item.label).joined(separator: "、")
            parts.append("データなしは\(missing)件（\(names)）")
        }
        return "\(items.count)件を値の大きい順に並べた横棒グラフ。" + parts.joined(separator: "、") + "。"
    }

    /// Renders the chart. Deterministic: equal inputs give identical bytes.
    public func render(_ versions: ChartVersions = .both) -> RenderedChart {
        let rows = ranked
        return ChartDocument.render(
            id: id, kind: "ranked-bar", title: title, description: summary(rows: rows), wide: wide(rows),
            narrow: { narrow(rows) }, versions: versions)
    }

    /// The value scale shared by both drawings; it always includes zero, because a bar's length
    /// carries its value.
    func scale(_ rows: [RankedItem]) -> NiceScale {
        var scaleValues = rows.compactMap { present($0.item.value) }
        if let line = referenceLine, line.value.isFinite { scaleValues.append(line.value) }
        return NiceScale(values: scaleValues, includeZero: true)
    }

    /// Opens a row's group (a link when the item has one) with its tooltip.
    func openRow(_ w: inout MarkupWriter, _ row: RankedItem) {
        let item = row.item
        let value = present(item.value)
        var rowClass = item.orderKey == highlightedKey ? "shc-row shc-highlight" : "shc-row"
        if value == nil { rowClass += " shc-missing" }
        let groupAttributes: [(String, String)] = [("class", rowClass), ("data-key", String(item.orderKey))]
        if let href = item.href {
            w.open("a", [("href", href)] + groupAttributes)
        } else {
            w.open("g", groupAttributes)
        }
        let rankText = row.rank.map { "\($0)位" } ?? "順位なし"
        w.element("title", text: "\(item.label): \(value.map { _ in item.valueText(unit) } ?? ChartText.missingValue)（\(rankText)）")
        w.newline()
    }

    private func wide(_ rows: [RankedItem]) -> ChartBody {
        let fontSize = ChartDocument.fontSize
        let rowHeight = 20.0
        let barHeight = 14.0
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: width - 16)
        let top = frame.headerHeight + 22
        let presentValues = rows.compactMap { present($0.item.value) }
        let scale = scale(rows)

        let rankWidth = TextMetrics.width(String(rows.count), fontSize: fontSize) + 6
        let labelWidth = (rows.map { TextMetrics.width($0.item.label, fontSize: fontSize) }.max() ?? 0) + 14
        let valueWidth = max(
            rows.map { row in present(row.item.value).map { _ in TextMetrics.width(row.item.valueText(unit), fontSize: fontSize) } ?? 0 }.max() ?? 0,
            rows.contains { present($0.item.value) == nil } ? TextMetrics.width(ChartText.missing, fontSize: fontSize) : 0
        ) + 8
        let hasNegative = presentValues.contains { $0 < 0 }
        let plotLeft = 8 + rankWidth + labelWidth + (hasNegative ? valueWidth : 0)
        let plotRight = max(plotLeft + 40, width - 8 - valueWidth)
        let bottomSpace = referenceLine == nil ? 10.0 : 28.0
        let plotBottom = top + Double(rows.count) * rowHeight
        let height = plotBottom + bottomSpace + frame.footerHeight
        func x(_ value: Double) -> Double { scale.position(of: value, from: plotLeft, to: plotRight) }
        let zeroX = x(0)

        var w = MarkupWriter()
        frame.drawHeader(&w, x: "8")
        // Axis: gridlines with tick labels above the first bar, so they stay visible at the top.
        w.open("g", [("class", "shc-axis"), ("aria-hidden", "true")])
        w.newline()
        for tick in scale.ticks {
            let tx = x(tick)
            w.empty("line", [
                ("x1", coord(tx)), ("y1", coord(top - 4)), ("x2", coord(tx)), ("y2", coord(plotBottom)),
                ("stroke", "currentColor"), ("stroke-opacity", tick == 0 ? "0.8" : "0.18"),
            ])
            w.newline()
            ChartDocument.text(
                &w, NumberFormat.grouped(tick, fractionDigits: scale.fractionDigits), x: tx, y: top - 8,
                anchor: "middle", size: ChartDocument.smallFontSize)
        }
        w.close("g")
        w.newline()

        w.open("g", [("class", "shc-bars")])
        w.newline()
        for (index, row) in rows.enumerated() {
            let item = row.item
            let y = top + Double(index) * rowHeight
            let baseline = y + rowHeight / 2 + fontSize * 0.35
            let highlighted = item.orderKey == highlightedKey
            let value = present(item.value)
            openRow(&w, row)
            if let rank = row.rank {
                ChartDocument.text(&w, String(rank), x: 8 + rankWidth - 6, y: baseline, anchor: "end",
                                   size: ChartDocument.smallFontSize)
            }
            let label = highlighted ? "▶" + item.label : item.label
            ChartDocument.text(&w, label, x: 8 + rankWidth + labelWidth - 6, y: baseline, anchor: "end", bold: highlighted)
            if let value {
                let end = x(value)
                let swatch = highlighted ? Palette.highlight : Palette.bar
                var rect: [(String, String)] = [
                    ("x", coord(min(zeroX, end))), ("y", coord(y + (rowHeight - barHeight) / 2)),
                    ("width", coord(abs(end - zeroX))), ("height", coord(barHeight)), ("fill", swatch.fill),
                ]
                if highlighted { rect += [("stroke", "currentColor"), ("stroke-width", "1.5")] }
                w.empty("rect", rect)
                w.newline()
                let text = item.valueText(unit)
                if value < 0 {
                    ChartDocument.text(&w, text, x: end - 4, y: baseline, anchor: "end", bold: highlighted)
                } else {
                    ChartDocument.text(&w, text, x: end + 4, y: baseline, bold: highlighted)
                }
            } else {
                ChartDocument.text(&w, ChartText.missing, x: zeroX + 4, y: baseline)
            }
            w.close(item.href == nil ? "g" : "a")
            w.newline()
        }
        w.close("g")
        w.newline()

        // Drawn over the bars so the line stays visible across long bars.
        if let line = referenceLine, line.value.isFinite {
            let lx = x(line.value)
            w.open("g", [("class", "shc-reference")])
            w.element("title", text: "\(line.label): \(unit.format(line.value))")
            // The line is broken wherever it would cross a row's value label, so every number
            // stays legible without a background-coloured halo (the background is unknown).
            var path = ""
            var penDown = false
            for (index, row) in rows.enumerated() {
                let rowTop = top + Double(index) * rowHeight
                let label: (start: Double, end: Double)
                if let value = present(row.item.value) {
                    let text = TextMetrics.width(row.item.valueText(unit), fontSize: fontSize)
                    label = value < 0 ? (x(value) - 4 - text, x(value) - 4) : (x(value) + 4, x(value) + 4 + text)
                } else {
                    label = (zeroX + 4, zeroX + 4 + TextMetrics.width(ChartText.missing, fontSize: fontSize))
                }
                let blocked = lx >= label.start - 2 && lx <= label.end + 2
                if blocked {
                    if penDown { path += "L\(coord(lx)) \(coord(rowTop + 2))" }
                    penDown = false
                } else if !penDown {
                    path += "M\(coord(lx)) \(coord(index == 0 ? top - 4 : rowTop + 1))"
                    penDown = true
                }
            }
            if penDown || rows.isEmpty {
                if !penDown { path += "M\(coord(lx)) \(coord(top - 4))" }
                path += "L\(coord(lx)) \(coord(plotBottom + 4))"
            }
            w.empty("path", [
                ("d", path), ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", "1.5"),
                ("stroke-dasharray", "5 3"), ("stroke-opacity", "0.8"),
            ])
            w.newline()
            let anchor = lx > (plotLeft + plotRight) / 2 ? "end" : "start"
            ChartDocument.text(&w, "\(line.label) \(unit.format(line.value))", x: lx, y: plotBottom + 18, anchor: anchor)
            w.close("g")
            w.newline()
        }
        frame.drawFooter(&w, x: "8", bottom: height)
        return ChartBody(width: width, height: height, markup: w.output)
    }
}
