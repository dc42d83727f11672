/// The parts every drawing shares around its plot: the title and the unit above it, notes and
/// the credit (source and date) below it.
///
/// Shared rules: the unit has a line of its own under the title, so it never meets an axis label
/// (such as the axis's 0); every chart states source and date inside the drawing when the caller
/// knows them; text wraps to the drawing's width instead of being shrunk.
struct ChartFrame {
    let titleLines: [String]
    let unitLine: String?
    let footLines: [String]

    static let titleLineHeight = 19.0
    static let unitLineHeight = 17.0
    static let footLineHeight = 15.0

    /// Lays the frame out for `width` px of text (for a fluid drawing, its narrowest width).
    init(title: String, unit: Unit, notes: [String] = [], credit: ChartCredit, width: Double) {
        titleLines = title.isEmpty ? [] : TextMetrics.wrap(title, fontSize: ChartDocument.titleFontSize, width: width)
        unitLine = unit.symbol.isEmpty ? nil : "単位：\(unit.symbol)"
        let small = ChartDocument.smallFontSize
        // Source and date share a line when it holds both; otherwise each starts its own.
        let joined = credit.parts.joined(separator: "　")
        let creditLines = TextMetrics.width(joined, fontSize: small) <= width ? [joined].filter { !$0.isEmpty } : credit.parts
        footLines = (notes + creditLines).flatMap { TextMetrics.wrap($0, fontSize: small, width: width) }
    }

    /// Space taken above the plot.
    var headerHeight: Double {
        4 + Double(titleLines.count) * Self.titleLineHeight + (unitLine == nil ? 0 : Self.unitLineHeight) + 6
    }

    /// Space taken below the plot.
    var footerHeight: Double {
        footLines.isEmpty ? 0 : 8 + Double(footLines.count) * Self.footLineHeight
    }

    /// Draws title and unit from the top of the drawing, starting at `x` (px or a percentage).
    func drawHeader(_ w: inout MarkupWriter, x: String) {
        w.open("g", [("class", "shc-heading")])
        w.newline()
        var baseline = 4.0
        for line in titleLines {
            baseline += Self.titleLineHeight
            ChartDocument.text(&w, line, x: x, y: baseline - 5, size: ChartDocument.titleFontSize, bold: true)
        }
        if let unitLine {
            baseline += Self.unitLineHeight
            ChartDocument.text(&w, unitLine, x: x, y: baseline - 4, size: ChartDocument.fontSize)
        }
        w.close("g")
        w.newline()
    }

    /// Draws notes and credit in the `footerHeight` px that end at `bottom`.
    func drawFooter(_ w: inout MarkupWriter, x: String, bottom: Double) {
        guard !footLines.isEmpty else { return }
        w.open("g", [("class", "shc-credit")])
        w.newline()
        var baseline = bottom - footerHeight + 8
        for line in footLines {
            baseline += Self.footLineHeight
            ChartDocument.text(&w, line, x: x, y: baseline - 4, size: ChartDocument.smallFontSize)
        }
        w.close("g")
        w.newline()
    }
}

/// The value axis of a fluid bar drawing: a rule with the scale's two ends (and zero between
/// them when the scale crosses it), above the first row. `reach` is the fraction of the width
/// the scale spans.
func drawFluidValueAxis(_ w: inout MarkupWriter, scale: NiceScale, top: Double, reach: Double = 1) {
    let small = ChartDocument.smallFontSize
    let format = { (value: Double) in NumberFormat.grouped(value, fractionDigits: scale.fractionDigits) }
    w.open("g", [("class", "shc-axis"), ("aria-hidden", "true")])
    w.newline()
    w.empty("line", [
        ("x1", "0"), ("y1", coord(top - 2)), ("x2", percent(reach)), ("y2", coord(top - 2)),
        ("stroke", "currentColor"), ("stroke-opacity", "0.3"),
    ])
    w.newline()
    ChartDocument.text(&w, format(scale.lower), x: "0", y: top - 6, size: small)
    ChartDocument.text(&w, format(scale.upper), x: percent(reach), y: top - 6, anchor: "end", size: small)
    if scale.lower < 0, scale.upper > 0 {
        let zero = scale.position(of: 0, from: 0, to: reach)
        ChartDocument.text(&w, "0", x: percent(zero), y: top - 6, anchor: "middle", size: small)
    }
    w.close("g")
    w.newline()
}
