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
    /// Total width in px.
    public var width: Double

    /// Creates a strip; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, items: [RankedBarChart.Item], highlightedKey: Int, width: Double = 360
    ) {
        self.id = id
        self.title = title
        self.unit = unit
        self.items = items
        self.highlightedKey = highlightedKey
        self.width = width
    }

    /// The ranking shared with the ranked bar chart (ties share a rank, missing values have none).
    public var ranked: [RankedBarChart.RankedItem] {
        RankedBarChart(id: id, title: title, unit: unit, items: items).ranked
    }

    /// Renders the strip. Deterministic: equal inputs give identical bytes.
    public func render() -> RenderedChart {
        let rows = ranked
        let values = rows.compactMap { present($0.item.value) }
        let low = min(values.min() ?? 0, 0)
        let high = max(values.max() ?? 0, low)
        let left = 8.0
        let right = width - 8
        let axisY = 30.0
        let height = 44.0
        func x(_ value: Double) -> Double {
            high > low ? left + (value - low) / (high - low) * (right - left) : left
        }
        var w = MarkupWriter()
        w.empty("line", [
            ("x1", coord(left)), ("y1", coord(axisY)), ("x2", coord(right)), ("y2", coord(axisY)),
            ("stroke", "currentColor"), ("stroke-opacity", "0.4"),
        ])
        for row in rows where row.item.orderKey != highlightedKey {
            guard let value = present(row.item.value) else { continue }
            w.empty("line", [
                ("x1", coord(x(value))), ("y1", coord(axisY - 6)), ("x2", coord(x(value))), ("y2", coord(axisY + 6)),
                ("stroke", Palette.bar.fill), ("stroke-width", "1.5"),
            ])
        }
        let chosen = rows.first { $0.item.orderKey == highlightedKey }
        if let chosen, let value = present(chosen.item.value), let rank = chosen.rank {
            let position = x(value)
            w.empty("path", [
                ("d", "M\(coord(position)) \(coord(axisY - 9))l6 9-6 9-6-9z"),
                ("fill", Palette.highlight.fill), ("stroke", "currentColor"),
            ])
            let anchor = position > width * 0.66 ? "end" : position < width * 0.33 ? "start" : "middle"
            ChartDocument.text(
                &w, "\(rows.count)件中\(rank)位　\(unit.format(value))", x: position, y: 14, anchor: anchor, bold: true)
        } else {
            ChartDocument.text(&w, "\(chosen?.item.label ?? "")：\(ChartText.missingValue)", x: left, y: 14)
        }
        return ChartDocument.render(
            id: id, kind: "rank-strip", width: width, height: height, title: title, description: summary(rows),
            body: w.output)
    }

    private func summary(_ rows: [RankedBarChart.RankedItem]) -> String {
        guard let chosen = rows.first(where: { $0.item.orderKey == highlightedKey }) else {
            return "\(items.count)件の値の分布。"
        }
        let values = rows.compactMap { present($0.item.value) }
        var text = "\(items.count)件の値の分布（最小\(unit.format(values.min() ?? 0))、最大\(unit.format(values.max() ?? 0))）のうち、"
        if let rank = chosen.rank, let value = present(chosen.item.value) {
            text += "\(chosen.item.label)は\(rank)位の\(unit.format(value))。"
        } else {
            text += "\(chosen.item.label)はデータなし。"
        }
        let missing = rows.count - values.count
        if missing > 0 { text += "データなしは\(missing)件。" }
        return text
    }
}
