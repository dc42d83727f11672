import Content

/// A choropleth of Japan on the 47-square tile grid.
///
/// Tile positions come from the caller (`PrefectureTile`, usually parsed from
/// `content/prefectures.csv`); one tile is drawn per given prefecture. Each tile shows the short
/// name and, when it fits, the value; the full name, value and class are in its `<title>`
/// tooltip. A tile with a link becomes an `<a href>` (hrefs are used as given, so pass relative
/// ones). Missing values get a dashed outline and「データなし」, never the colour of zero.
public struct TileMap: Sendable {
    /// The root element id (`id-title` and `id-desc` are derived from it).
    public var id: String
    /// Accessible name, rendered into `<title>`.
    public var title: String
    /// Unit of every value; additive units also get a total in the description.
    public var unit: Unit
    /// The tiles to draw, each at its own row and column.
    public var tiles: [PrefectureTile]
    /// Values by JIS code, for colour classes. A code without a value (or a non-finite one) is
    /// missing.
    public var values: [Int: Double]
    /// Values as content writes them, by JIS code: printed instead of `values` where given.
    public var exact: [Int: DecimalText]
    /// Relative links by JIS code, e.g. `../prefectures/tokyo/index.html`.
    public var links: [Int: String]
    /// How legend classes are formed.
    public var method: ClassBreaks.Method
    /// Wanted number of legend classes (5…7).
    public var classCount: Int
    /// A prefecture to outline, e.g. on its own page.
    public var highlightedCode: Int?
    /// Source and date, printed at the foot of the map.
    public var credit: ChartCredit

    /// Creates a tile map; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, tiles: [PrefectureTile], values: [Int: Double],
        links: [Int: String] = [:], method: ClassBreaks.Method = .quantiles, classCount: Int = 5,
        highlightedCode: Int? = nil, credit: ChartCredit = ChartCredit(), exact: [Int: DecimalText] = [:]
    ) {
        self.credit = credit
        self.exact = exact
        self.id = id
        self.title = title
        self.unit = unit
        self.tiles = tiles
        self.values = values
        self.links = links
        self.method = method
        self.classCount = classCount
        self.highlightedCode = highlightedCode
    }

    /// Tiles in JIS order, so output does not depend on the order the caller listed them.
    private var orderedTiles: [PrefectureTile] { tiles.sorted { $0.code < $1.code } }

    private func value(for tile: PrefectureTile) -> Double? { present(values[tile.code]) }

    /// The text content gives for a value (a class bound), from the first tile (in `ordered`, JIS
    /// order) that holds it: looked up, since every tile's tooltip names its class's bounds.
    private func exactTexts(_ ordered: [PrefectureTile]) -> (Double) -> DecimalText? {
        var first: [Double: Int] = [:]
        for tile in ordered {
            if let value = values[tile.code], !value.isNaN, first[value] == nil { first[value] = tile.code }
        }
        let exact = exact
        return { value in first[value].flatMap { exact[$0] } }
    }

    /// A tile's value as printed: exact where content gives it.
    private func text(_ tile: PrefectureTile, _ value: Double) -> String { unit.format(value, exact: exact[tile.code]) }

    /// The legend classes for the present values.
    public var breaks: ClassBreaks {
        ClassBreaks(values: orderedTiles.compactMap(value(for:)), method: method, classes: classCount)
    }

    /// The text of `<desc>`: method, extremes, total (for additive units), missing count.
    public var summary: String {
        let layout = layout()
        return summary(ordered: layout.ordered, breaks: layout.breaks, labels: layout.labels)
    }

    /// The description for tiles and classes already worked out, so rendering does it only once.
    private func summary(ordered: [PrefectureTile], breaks: ClassBreaks, labels: [String]) -> String {
        let values = ordered.map(value(for:))
        var parts: [String] = []
        if let extremes = Extremes(values) {
            let top = ordered[extremes.maxIndex]
            let bottom = ordered[extremes.minIndex]
            parts.append("最大は\(top.name)の\(text(top, values[extremes.maxIndex] ?? 0))")
            parts.append("最小は\(bottom.name)の\(text(bottom, values[extremes.minIndex] ?? 0))")
            if unit.isAdditive {
                let exact = ordered.compactMap { tile in value(for: tile) == nil ? nil : self.exact[tile.code] }
                parts.append(totalPhrase(extremes, count: values.count, unit: unit, exact: exact))
            }
        } else {
            parts.append("表示できる値はありません")
        }
        if let code = highlightedCode, let tile = ordered.first(where: { $0.code == code }) {
            if let value = value(for: tile), let index = breaks.classIndex(of: value) {
                parts.append("\(tile.name)は\(text(tile, value))（\(labels[index])）")
            } else {
                parts.append("\(tile.name)はデータなし")
            }
        }
        let missing = ordered.filter { value(for: $0) == nil }
        if !missing.isEmpty {
            parts.append("データなしは\(missing.count)件（\(missing.map(\.name).joined(separator: "、"))）")
        }
        let legend = breaks.classCount > 0 ? "、\(breaks.methodDescription(unit: unit))して色分け" : ""
        return "\(ordered.count)都道府県のタイル地図\(legend)。" + parts.joined(separator: "、") + "。"
    }

    /// One line of the legend: the class's range and count, or the missing values' count.
    struct LegendEntry {
        let label: String
        let swatch: Palette.Swatch?
    }

    /// What both drawings share: tiles in order, classes, colours and the legend.
    struct Layout {
        let ordered: [PrefectureTile]
        let breaks: ClassBreaks
        let swatches: [Palette.Swatch]
        let heading: String
        /// Each class's range, as the legend and the tooltips print it.
        let labels: [String]
        let entries: [LegendEntry]
        let columns: Int
        let rows: Int
    }

    func layout() -> Layout {
        let ordered = orderedTiles
        let breaks = breaks
        let swatches = Palette.sequential(breaks.classCount)
        let heading = breaks.classCount > 0 ? "凡例（\(breaks.methodDescription(unit: unit))）" : "凡例"
        let counts = (0..<breaks.classCount).map { index in
            ordered.filter { tile in value(for: tile).flatMap(breaks.classIndex(of:)) == index }.count
        }
        let exactText = exactTexts(ordered)
        let labels = (0..<breaks.classCount).map { breaks.label($0, unit: unit, exact: exactText) }
        var entries: [LegendEntry] = (0..<breaks.classCount).map { index in
            LegendEntry(label: "\(labels[index])（\(counts[index])）",
                        swatch: swatches[min(index, swatches.count - 1)])
        }
        let missing = ordered.filter { value(for: $0) == nil }.count
        if missing > 0 { entries.append(LegendEntry(label: "データなし（\(missing)）", swatch: nil)) }
        return Layout(
            ordered: ordered, breaks: breaks, swatches: swatches, heading: heading, labels: labels, entries: entries,
            columns: (ordered.map(\.column).max() ?? 0) + 1, rows: (ordered.map(\.row).max() ?? 0) + 1)
    }

    /// Renders the map. Deterministic: equal inputs give identical bytes.
    public func render(_ versions: ChartVersions = .both) -> RenderedChart {
        let layout = layout()
        return ChartDocument.render(
            id: id, kind: "tile-map", title: title, description: summary(ordered: layout.ordered, breaks: layout.breaks, labels: layout.labels),
            wide: wide(layout), narrow: { narrow(layout) }, versions: versions)
    }

    static let tileSize = 48.0
    static let cell = tileSize + 4

    /// The map at a fixed scale with names (and values that fit) on the tiles, for screens wide
    /// enough to show it unscaled; the legend sits in the sea at the top left when it fits.
    private func wide(_ layout: Layout) -> ChartBody {
        let padding = 9.0
        let cell = Self.cell
        let lineHeight = 20.0
        let legendWidth = max(
            TextMetrics.width(layout.heading, fontSize: ChartDocument.fontSize),
            (layout.entries.map { TextMetrics.width($0.label, fontSize: ChartDocument.fontSize) }.max() ?? 0) + 24
        )
        let legendHeight = lineHeight * Double(layout.entries.count + 1)
        // Japan's grid leaves the top-left empty; use it when the given positions do too.
        let legendColumns = Int((legendWidth / cell).rounded(.up))
        let legendRows = Int((legendHeight / cell).rounded(.up))
        let legendFitsTopLeft = !layout.ordered.contains { $0.row < legendRows && $0.column < legendColumns }
        let mapWidth = Double(layout.columns) * cell
        let mapHeight = Double(layout.rows) * cell
        let width = padding * 2 + max(mapWidth, legendFitsTopLeft ? 0 : legendWidth)
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: width - 2 * padding)
        let mapTop = frame.headerHeight + 4
        let legendX = padding
        let legendY = legendFitsTopLeft ? mapTop : mapTop + mapHeight + 10
        let height = mapTop + mapHeight + (legendFitsTopLeft ? 0 : legendHeight + 10) + padding + frame.footerHeight

        var w = MarkupWriter()
        frame.drawHeader(&w, x: coord(padding))
        drawTiles(&w, layout, left: padding, top: mapTop, fluid: false)
        w.open("g", [("class", "shc-legend")])
        w.newline()
        ChartDocument.text(&w, layout.heading, x: legendX, y: legendY + 14, bold: true)
        for (index, entry) in layout.entries.enumerated() {
            drawLegendEntry(&w, entry, x: legendX, y: legendY + lineHeight * Double(index + 1))
        }
        w.close("g")
        w.newline()
        frame.drawFooter(&w, x: coord(padding), bottom: height)
        return ChartBody(width: width, height: height, markup: w.output)
    }

    /// Row pitch of the fluid map in px: its tiles take a share of the width each and a fixed
    /// height, so they are near square on a phone and wider on a tablet.
    static let fluidRowPitch = 27.0

    /// The fluid drawing: the map across the width without text on its tiles (names and values
    /// are in each tile's tooltip and the page's table), then the legend at full size below it.
    private func narrow(_ layout: Layout) -> ChartBody {
        let lineHeight = 20.0
        let frame = ChartFrame(title: title, unit: unit, credit: credit, width: ChartDocument.minimumFluidWidth)
        let boxHeight = Double(layout.rows) * Self.fluidRowPitch
        let mapTop = frame.headerHeight + 4
        let legendY = mapTop + boxHeight + 8
        let height = legendY + lineHeight * Double(layout.entries.count + 1) + 6 + frame.footerHeight

        var w = MarkupWriter()
        frame.drawHeader(&w, x: "0")
        drawTiles(&w, layout, left: 0, top: mapTop, fluid: true)
        w.open("g", [("class", "shc-legend")])
        w.newline()
        ChartDocument.text(&w, layout.heading, x: "0", y: legendY + 14, bold: true)
        for (index, entry) in layout.entries.enumerated() {
            drawLegendEntry(&w, entry, x: 0, y: legendY + lineHeight * Double(index + 1))
        }
        w.close("g")
        w.newline()
        frame.drawFooter(&w, x: "0", bottom: height)
        return ChartBody(width: nil, height: height, markup: w.output)
    }

    private func drawLegendEntry(_ w: inout MarkupWriter, _ entry: LegendEntry, x: Double, y: Double) {
        var swatchRect: [(String, String)] = [
            ("x", coord(x)), ("y", coord(y + 3)), ("width", "16"), ("height", "14"), ("rx", "2"),
        ]
        if let swatch = entry.swatch {
            swatchRect.append(("fill", swatch.fill))
        } else {
            swatchRect += [("fill", "none"), ("stroke", "currentColor"), ("stroke-dasharray", "4 3")]
        }
        w.empty("rect", swatchRect)
        ChartDocument.text(&w, entry.label, x: x + 22, y: y + 14)
    }

    /// Draws every tile: at a fixed cell size with names and values, or (`fluid`) as shares of
    /// the width, a fixed height, and no text.
    private func drawTiles(_ w: inout MarkupWriter, _ layout: Layout, left: Double, top: Double, fluid: Bool) {
        let tileSize = Self.tileSize
        let share = 1 / Double(max(layout.columns, 1))
        w.open("g", [("class", "shc-tiles")])
        w.newline()
        for tile in layout.ordered {
            let x = left + Double(tile.column) * Self.cell
            let y = top + Double(tile.row) * (fluid ? Self.fluidRowPitch : Self.cell)
            let value = value(for: tile)
            let classIndex = value.flatMap(layout.breaks.classIndex(of:))
            let swatch = classIndex.map { layout.swatches[min($0, layout.swatches.count - 1)] }
            let highlighted = tile.code == highlightedCode
            let link = links[tile.code]
            var classes = "shc-tile"
            if value == nil { classes += " shc-missing" }
            if highlighted { classes += " shc-highlight" }
            // data-code lets page styles or scripts address a prefecture's tile.
            if let link {
                w.open("a", [("href", link), ("class", classes), ("data-code", String(tile.code))])
            } else {
                w.open("g", [("class", classes), ("data-code", String(tile.code))])
            }
            let tooltip: String
            if let value, let classIndex {
                tooltip = "\(tile.name): \(text(tile, value))（\(layout.labels[classIndex])）"
            } else {
                tooltip = "\(tile.name): \(ChartText.missingValue)"
            }
            w.element("title", text: tooltip)
            var rect: [(String, String)] = fluid
                ? [
                    ("x", percent((Double(tile.column) + 0.04) * share)), ("y", coord(y)), ("width", percent(share * 0.92)),
                    ("height", coord(Self.fluidRowPitch - 3)), ("rx", "2"),
                ]
                : [("x", coord(x)), ("y", coord(y)), ("width", coord(tileSize)), ("height", coord(tileSize)), ("rx", "3")]
            if let swatch {
                rect.append(("fill", swatch.fill))
                if highlighted { rect += [("stroke", "currentColor"), ("stroke-width", "3")] }
            } else {
                rect += [
                    ("fill", "none"), ("stroke", "currentColor"), ("stroke-width", highlighted ? "3" : "1"),
                    ("stroke-dasharray", "4 3"),
                ]
            }
            w.empty("rect", rect)
            w.newline()
            if !fluid {
                let textColour = swatch?.text ?? "currentColor"
                let cx = x + tileSize / 2
                ChartDocument.text(&w, tile.shortName, x: cx, y: y + 21, anchor: "middle", bold: highlighted, fill: textColour)
                let valueText = value.map(unit.formatNumber) ?? "データなし"
                if TextMetrics.width(valueText, fontSize: ChartDocument.smallFontSize) <= tileSize - 2 {
                    ChartDocument.text(&w, valueText, x: cx, y: y + 37, anchor: "middle", size: ChartDocument.smallFontSize,
                                       fill: textColour)
                }
            }
            w.close(link == nil ? "g" : "a")
            w.newline()
        }
        w.close("g")
        w.newline()
    }
}
