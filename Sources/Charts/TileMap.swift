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
    /// Values by JIS code. A code without a value (or a non-finite one) is missing.
    public var values: [Int: Double]
    /// Relative links by JIS code, e.g. `../prefectures/tokyo/index.html`.
    public var links: [Int: String]
    /// How legend classes are formed.
    public var method: ClassBreaks.Method
    /// Wanted number of legend classes (5…7).
    public var classCount: Int
    /// A prefecture to outline, e.g. on its own page.
    public var highlightedCode: Int?

    /// Creates a tile map; nothing is computed until `render()`.
    public init(
        id: String, title: String, unit: Unit, tiles: [PrefectureTile], values: [Int: Double],
        links: [Int: String] = [:], method: ClassBreaks.Method = .quantiles, classCount: Int = 5,
        highlightedCode: Int? = nil
    ) {
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

    /// The legend classes for the present values.
    public var breaks: ClassBreaks {
        ClassBreaks(values: orderedTiles.compactMap(value(for:)), method: method, classes: classCount)
    }

    /// The text of `<desc>`: method, extremes, total (for additive units), missing count.
    public var summary: String {
        summary(ordered: orderedTiles, breaks: breaks)
    }

    /// The description for tiles and classes already worked out, so rendering does it only once.
    private func summary(ordered: [PrefectureTile], breaks: ClassBreaks) -> String {
        let values = ordered.map(value(for:))
        var parts: [String] = []
        if let extremes = Extremes(values) {
            let top = ordered[extremes.maxIndex]
            let bottom = ordered[extremes.minIndex]
            parts.append("最大は\(top.name)の\(unit.format(values[extremes.maxIndex] ?? 0))")
            parts.append("最小は\(bottom.name)の\(unit.format(values[extremes.minIndex] ?? 0))")
            if unit.isAdditive { parts.append(totalPhrase(extremes, count: values.count, unit: unit)) }
        } else {
            parts.append("表示できる値はありません")
        }
        if let code = highlightedCode, let tile = ordered.first(where: { $0.code == code }) {
            if let value = value(for: tile), let index = breaks.classIndex(of: value) {
                parts.append("\(tile.name)は\(unit.format(value))（\(breaks.label(index, unit: unit))）")
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

    /// Renders the map. Deterministic: equal inputs give identical bytes.
    public func render() -> RenderedChart {
        let ordered = orderedTiles
        let breaks = breaks
        let swatches = Palette.sequential(breaks.classCount)
        let tileSize = 60.0
        let cell = tileSize + 4
        let padding = 10.0
        let columns = (ordered.map(\.column).max() ?? 0) + 1
        let rows = (ordered.map(\.row).max() ?? 0) + 1
        let hasMissing = ordered.contains { value(for: $0) == nil }

        // Legend lines: heading, one per class, and one for missing values when there are any.
        let heading = breaks.classCount > 0 ? "凡例（\(breaks.methodDescription(unit: unit))）" : "凡例"
        let counts = (0..<breaks.classCount).map { index in
            ordered.filter { tile in value(for: tile).flatMap(breaks.classIndex(of:)) == index }.count
        }
        var entries: [(label: String, swatch: Palette.Swatch?)] = (0..<breaks.classCount).map { index in
            ("\(breaks.label(index, unit: unit))（\(counts[index])）", swatches[min(index, swatches.count - 1)])
        }
        if hasMissing {
            entries.append(("データなし（\(ordered.filter { value(for: $0) == nil }.count)）", nil))
        }
        let lineHeight = 20.0
        let legendWidth = max(
            TextMetrics.width(heading, fontSize: ChartDocument.fontSize),
            (entries.map { TextMetrics.width($0.label, fontSize: ChartDocument.fontSize) }.max() ?? 0) + 24
        )
        let legendHeight = lineHeight * Double(entries.count + 1)
        // Japan's grid leaves the top-left empty; use it when the given positions do too.
        let legendColumns = Int((legendWidth / cell).rounded(.up))
        let legendRows = Int((legendHeight / cell).rounded(.up))
        let legendFitsTopLeft = !ordered.contains { $0.row < legendRows && $0.column < legendColumns }
        let mapWidth = Double(columns) * cell
        let mapHeight = Double(rows) * cell
        let width = padding * 2 + max(mapWidth, legendFitsTopLeft ? 0 : legendWidth)
        let height = padding * 2 + mapHeight + (legendFitsTopLeft ? 0 : legendHeight + 10)
        let legendX = padding
        let legendY = legendFitsTopLeft ? padding : padding + mapHeight + 10

        var w = MarkupWriter()
        w.open("g", [("class", "shc-tiles")])
        w.newline()
        for tile in ordered {
            let x = padding + Double(tile.column) * cell
            let y = padding + Double(tile.row) * cell
            let value = value(for: tile)
            let classIndex = value.flatMap(breaks.classIndex(of:))
            let swatch = classIndex.map { swatches[min($0, swatches.count - 1)] }
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
                tooltip = "\(tile.name): \(unit.format(value))（\(breaks.label(classIndex, unit: unit))）"
            } else {
                tooltip = "\(tile.name): \(ChartText.missingValue)"
            }
            w.element("title", text: tooltip)
            var rect: [(String, String)] = [
                ("x", coord(x)), ("y", coord(y)), ("width", coord(tileSize)), ("height", coord(tileSize)), ("rx", "3"),
            ]
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
            let textColour = swatch?.text ?? "currentColor"
            let cx = x + tileSize / 2
            ChartDocument.text(&w, tile.shortName, x: cx, y: y + 24, anchor: "middle", bold: highlighted, fill: textColour)
            let valueText = value.map(unit.formatNumber) ?? "データなし"
            if TextMetrics.width(valueText, fontSize: ChartDocument.smallFontSize) <= tileSize - 2 {
                ChartDocument.text(&w, valueText, x: cx, y: y + 42, anchor: "middle", size: ChartDocument.smallFontSize,
                                   fill: textColour)
            }
            w.close(link == nil ? "g" : "a")
            w.newline()
        }
        w.close("g")
        w.newline()

        w.open("g", [("class", "shc-legend")])
        w.newline()
        ChartDocument.text(&w, heading, x: legendX, y: legendY + 14, bold: true)
        for (index, entry) in entries.enumerated() {
            let y = legendY + lineHeight * Double(index + 1)
            var swatchRect: [(String, String)] = [
                ("x", coord(legendX)), ("y", coord(y + 3)), ("width", "16"), ("height", "14"), ("rx", "2"),
            ]
            if let swatch = entry.swatch {
                swatchRect.append(("fill", swatch.fill))
            } else {
                swatchRect += [("fill", "none"), ("stroke", "currentColor"), ("stroke-dasharray", "4 3")]
            }
            w.empty("rect", swatchRect)
            w.newline()
            ChartDocument.text(&w, entry.label, x: legendX + 22, y: y + 14)
        }
        w.close("g")
        w.newline()
        return ChartDocument.render(
            id: id, kind: "tile-map", width: width, height: height, title: title,
            description: summary(ordered: ordered, breaks: breaks), body: w.output)
    }
}
