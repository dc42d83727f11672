import Content

extension RankedBarChart {
    /// The fluid drawing: each item on two lines, rank, label and value written above a bar whose
    /// length is a percentage of the width, so no text is ever scaled and none can collide.
    func narrow(_ rows: [RankedItem]) -> ChartBody {
        let fontSize = ChartDocument.fontSize
        let rowHeight = 34.0
        let labelBaseline = 14.0
        let barTop = 19.0
        let barHeight = 10.0
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: ChartDocument.minimumFluidWidth)
        let scale = scale(rows)
        func fraction(_ value: Double) -> Double { scale.position(of: value, from: 0, to: 1) }
        let top = frame.headerHeight + 20
        let plotBottom = top + Double(rows.count) * rowHeight
        let referenceSpace = referenceLine == nil ? 0.0 : 20.0
        let height = plotBottom + referenceSpace + frame.footerHeight

        var w = MarkupWriter()
        frame.drawHeader(&w, x: "0")
        drawFluidValueAxis(&w, scale: scale, top: top)

        w.open("g", [("class", "shc-bars")])
        w.newline()
        let zero = fraction(0)
        for (index, row) in rows.enumerated() {
            let item = row.item
            let y = top + Double(index) * rowHeight
            let highlighted = item.orderKey == highlightedKey
            openRow(&w, row)
            let rank = row.rank.map { "\($0)　" } ?? ""
            ChartDocument.text(&w, (highlighted ? "▶" : "") + rank + item.label, x: "0", y: y + labelBaseline,
                               size: fontSize, bold: highlighted)
            if let value = present(item.value) {
                ChartDocument.text(&w, item.valueText(unit), x: "100%", y: y + labelBaseline, anchor: "end",
                                   bold: highlighted)
                let end = fraction(value)
                let swatch = highlighted ? Palette.highlight : Palette.bar
                var rect: [(String, String)] = [
                    ("x", percent(min(zero, end))), ("y", coord(y + barTop)), ("width", percent(abs(end - zero))),
                    ("height", coord(barHeight)), ("fill", swatch.fill),
                ]
                if highlighted { rect += [("stroke", "currentColor"), ("stroke-width", "1.5")] }
                w.empty("rect", rect)
                w.newline()
            } else {
                ChartDocument.text(&w, ChartText.missing, x: "100%", y: y + labelBaseline, anchor: "end")
            }
            w.close(item.href == nil ? "g" : "a")
            w.newline()
        }
        if scale.lower < 0 {
            w.empty("line", [
                ("x1", percent(zero)), ("y1", coord(top)), ("x2", percent(zero)), ("y2", coord(plotBottom)),
                ("stroke", "currentColor"), ("stroke-opacity", "0.8"),
            ])
            w.newline()
        }
        w.close("g")
        w.newline()

        // The reference line runs through the bars only, never through the text above them.
        if let line = referenceLine, line.value.isFinite {
            let lx = percent(fraction(line.value))
            w.open("g", [("class", "shc-reference")])
            w.element("title", text: "\(line.label): \(unit.format(line.value))")
            w.newline()
            for index in rows.indices {
                let y = top + Double(index) * rowHeight
                w.empty("line", [
                    ("x1", lx), ("y1", coord(y + barTop - 3)), ("x2", lx), ("y2", coord(y + barTop + barHeight + 3)),
                    ("stroke", "currentColor"), ("stroke-width", "1.5"), ("stroke-dasharray", "3 2"),
                ])
            }
            w.newline()
            let anchor = fraction(line.value) > 0.5 ? "end" : "start"
            ChartDocument.text(&w, "\(line.label) \(unit.format(line.value))", x: lx, y: plotBottom + 14, anchor: anchor)
            w.close("g")
            w.newline()
        }
        frame.drawFooter(&w, x: "0", bottom: height)
        return ChartBody(width: nil, height: height, markup: w.output)
    }
}
