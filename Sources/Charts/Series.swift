/// Visual identity of the n-th series or component: colour plus a second channel (dash pattern
/// and marker shape), so series remain distinguishable without colour, e.g. printed in grey.
struct SeriesStyle {
    let swatch: Palette.Swatch
    let dash: String?
    let marker: Marker

    enum Marker { case circle, square, diamond, triangle }

    init(index: Int) {
        let palette = Palette.categorical
        swatch = palette[index % palette.count]
        let dashes: [String?] = [nil, "6 3", "2 3", "8 3 2 3"]
        dash = dashes[index % dashes.count]
        let markers: [Marker] = [.circle, .square, .diamond, .triangle]
        marker = markers[index % markers.count]
    }

    /// Draws this series' marker centred on (x, y).
    func drawMarker(_ w: inout MarkupWriter, x: Double, y: Double, size: Double = 4) {
        let stroke: [(String, String)] = [("fill", swatch.fill), ("stroke", "currentColor"), ("stroke-width", "1")]
        switch marker {
        case .circle:
            w.empty("circle", [("cx", coord(x)), ("cy", coord(y)), ("r", coord(size))] + stroke)
        case .square:
            w.empty("rect", [
                ("x", coord(x - size)), ("y", coord(y - size)), ("width", coord(size * 2)), ("height", coord(size * 2)),
            ] + stroke)
        case .diamond:
            let s = size * 1.3
            w.empty("path", [("d", "M\(coord(x)) \(coord(y - s))L\(coord(x + s)) \(coord(y))L\(coord(x)) \(coord(y + s))L\(coord(x - s)) \(coord(y))Z")] + stroke)
        case .triangle:
            let s = size * 1.2
            w.empty("path", [("d", "M\(coord(x)) \(coord(y - s))L\(coord(x + s)) \(coord(y + s * 0.8))L\(coord(x - s)) \(coord(y + s * 0.8))Z")] + stroke)
        }
    }
}

/// Joins a multi-line label into one line for running text (`平成30年度\n(2018)` → `平成30年度(2018)`).
func singleLine(_ label: String) -> String {
    label.split(separator: "\n").joined()
}

/// Lays legend entries left to right, wrapping onto new lines so many or long names stay
/// inside the chart.
struct LegendFlow {
    let positions: [(x: Double, y: Double)]
    let height: Double

    static let lineHeight = 22.0

    init(widths: [Double], availableWidth: Double, left: Double = 10, firstBaseline: Double) {
        var positions: [(x: Double, y: Double)] = []
        var x = left
        var y = firstBaseline
        for width in widths {
            if x > left, x + width > left + availableWidth {
                x = left
                y += Self.lineHeight
            }
            positions.append((x, y))
            x += width
        }
        self.positions = positions
        height = widths.isEmpty ? 0 : y - firstBaseline + Self.lineHeight
    }
}
