import Content

extension CompositionChart {
    /// The fluid drawing: each row's label and total on a line of their own above its bar (or
    /// bars), lengths in percent of the width, text at a fixed size.
    func narrow() -> ChartBody {
        let fontSize = ChartDocument.fontSize
        let small = ChartDocument.smallFontSize
        let minimum = ChartDocument.minimumFluidWidth
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: minimum)
        let legend = LegendFlow(
            widths: components.map { 40 + TextMetrics.width($0, fontSize: fontSize) }, availableWidth: minimum, left: 0,
            firstBaseline: frame.headerHeight + 14)
        let top = frame.headerHeight + 22 + max(legend.height, LegendFlow.lineHeight)
        let barHeight = mode == .stacked ? 16.0 : 10.0
        let barGap = 3.0
        let labelSpace = 20.0
        let barsHeight = mode == .stacked ? barHeight : Double(max(components.count, 1)) * (barHeight + barGap)
        let rowHeight = labelSpace + barsHeight + 10
        let scale = scale()
        // Grouped bars stop short of the right edge, leaving room for each bar's value there.
        let reach = mode == .stacked ? 1.0 : 0.7
        func fraction(_ value: Double) -> Double { scale.position(of: value, from: 0, to: reach) }
        let zero = fraction(0)
        let plotBottom = top + Double(categories.count) * rowHeight
        let height = plotBottom + frame.footerHeight + 4

        var w = MarkupWriter()
        frame.drawHeader(&w, x: "0")
        drawLegend(&w, legend)
        drawFluidValueAxis(&w, scale: scale, top: top, reach: reach)

        for category in categories.indices {
            let rowTop = top + Double(category) * rowHeight
            w.open("g", [("class", "shc-category")])
            w.newline()
            ChartDocument.text(&w, categories[category].label, x: "0", y: rowTop + 14)
            switch mode {
            case .stacked:
                let label = endLabel(category)
                if !label.isEmpty {
                    ChartDocument.text(&w, label, x: "100%", y: rowTop + 14, anchor: "end")
                }
                _ = drawStack(&w, category: category, top: rowTop + labelSpace, height: barHeight, fluid: true, x: fraction)
            case .grouped:
                for component in components.indices {
                    let barTop = rowTop + labelSpace + Double(component) * (barHeight + barGap)
                    let baseline = barTop + barHeight / 2 + small * 0.35
                    if let value = value(category, component) {
                        drawSegment(&w, category: category, component: component, value: value,
                                    from: zero, to: fraction(value), top: barTop, height: barHeight, printValue: false,
                                    fluid: true)
                        ChartDocument.text(&w, text(category, component, value), x: "100%", y: baseline, anchor: "end", size: small)
                    } else {
                        drawMissing(&w, category: category, component: component, x: "100%", y: baseline, anchor: "end")
                    }
                }
            }
            w.close("g")
            w.newline()
        }
        frame.drawFooter(&w, x: "0", bottom: height)
        return ChartBody(width: nil, height: height, markup: w.output)
    }
}
