/// What every chart renderer returns: the SVG plus the ids a page needs to point at it.
///
/// The root `<svg>` has `role="img"`, `aria-labelledby` naming its `<title>` and `<desc>`, and the
/// classes `shc-chart shc-<kind>` (`ranked-bar`, `tile-map`, `time-series-line`,
/// `time-series-column`, `stacked-bar`, `grouped-bar`). Text is drawn in `currentColor`, so an
/// inlined chart follows the page's text colour; `width`/`height` are set for standalone use and
/// can be overridden with CSS (`max-width: 100%; height: auto`).
public struct RenderedChart: Sendable, Hashable {
    /// The `id` of the root `<svg>`; the title and description use `id-title` and `id-desc`.
    public let id: String
    /// The complete `<svg>` element, well-formed XML, ready to inline or save as a file.
    public let svg: String
    /// The computed description (also in `<desc>`), e.g. for a `<figcaption>`.
    public let description: String

    /// The id of `<title>`, e.g. for `aria-labelledby` on a surrounding figure.
    public var titleID: String { id + "-title" }
    /// The id of `<desc>`.
    public var descriptionID: String { id + "-desc" }
}

/// Shared frame of every chart: root element, accessible name and description, and the small
/// stylesheet that adapts text to dark mode and print.
enum ChartDocument {
    static let fontSize = 12.0
    static let smallFontSize = 11.0

    /// Restricts an id to characters valid in XML ids and CSS selectors without escaping.
    static func sanitizedID(_ id: String) -> String {
        var out = ""
        for scalar in id.unicodeScalars {
            switch scalar {
            case "a"..."z", "A"..."Z", "0"..."9", "-", "_": out.unicodeScalars.append(scalar)
            default: out += "-"
            }
        }
        if out.isEmpty || out.unicodeScalars.first.map({ ("0"..."9").contains($0) || $0 == "-" }) == true {
            out = "chart-" + out
        }
        return out
    }

    static func render(
        id rawID: String, kind: String, width: Double, height: Double,
        title: String, description: String, body: String
    ) -> RenderedChart {
        let id = sanitizedID(rawID)
        var w = MarkupWriter()
        w.open("svg", [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", "shc-chart shc-\(kind)"),
            ("id", id),
            ("role", "img"),
            ("aria-labelledby", "\(id)-title \(id)-desc"),
            ("viewBox", "0 0 \(coord(width)) \(coord(height))"),
            ("width", coord(width)),
            ("height", coord(height)),
        ])
        w.newline()
        w.element("title", [("id", "\(id)-title")], text: title)
        w.newline()
        w.element("desc", [("id", "\(id)-desc")], text: description)
        w.newline()
        // Written raw: the stylesheet has no markup characters, and entity references would
        // not be decoded if a page inlined this SVG into an HTML <style> context.
        w.raw("<style>")
        w.raw(stylesheet)
        w.raw("</style>")
        w.newline()
        w.raw(body)
        w.close("svg")
        w.newline()
        return RenderedChart(id: id, svg: w.output, description: description)
    }

    /// Text uses `currentColor`, so inline SVG follows the page's colour. A standalone file or
    /// `<img>` has no page colour to inherit, hence the `:root` rules for dark mode and print.
    private static let stylesheet =
        ".shc-chart{font-family:\"Hiragino Sans\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans JP\",\"Noto Sans CJK JP\",\"Yu Gothic\",Meiryo,sans-serif}"
        + ".shc-chart a:focus rect,.shc-chart a:hover rect{stroke:currentColor;stroke-width:3}"
        + "@media (prefers-color-scheme:dark){:root.shc-chart{color:#e8e8e8;background:#181818}}"
        + "@media print{:root.shc-chart{color:#000;background:none}}"

    /// `<text>` with the attributes every chart label shares.
    static func text(
        _ w: inout MarkupWriter, _ content: String, x: Double, y: Double,
        anchor: String = "start", size: Double = fontSize, bold: Bool = false,
        fill: String = "currentColor", extra: [(String, String)] = []
    ) {
        var attributes: [(String, String)] = [
            ("x", coord(x)), ("y", coord(y)), ("font-size", coord(size)), ("fill", fill),
        ]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if bold { attributes.append(("font-weight", "bold")) }
        attributes += extra
        w.element("text", attributes, text: content)
        w.newline()
    }

    /// A multi-line label (lines separated by `\n`), centred on `x`, first baseline at `y`.
    static func multilineText(
        _ w: inout MarkupWriter, _ content: String, x: Double, y: Double, size: Double = fontSize,
        lineHeight: Double
    ) {
        w.open("text", [
            ("x", coord(x)), ("y", coord(y)), ("font-size", coord(size)), ("fill", "currentColor"),
            ("text-anchor", "middle"),
        ])
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            w.element("tspan", [("x", coord(x)), ("dy", index == 0 ? "0" : coord(lineHeight))], text: String(line))
        }
        w.close("text")
        w.newline()
    }
}

/// Summary statistics used in chart descriptions, over present (non-nil, finite) values.
struct Extremes {
    let maxIndex: Int
    let minIndex: Int
    let sum: Double
    let presentCount: Int

    /// First occurrence wins on ties, so callers control tie-breaking through the input order.
    init?(_ values: [Double?]) {
        var maxIndex: Int?
        var minIndex: Int?
        var sum = 0.0
        var count = 0
        for (index, value) in values.enumerated() {
            guard let value, value.isFinite else { continue }
            count += 1
            sum += value
            if maxIndex.map({ value > (values[$0] ?? 0) }) ?? true { maxIndex = index }
            if minIndex.map({ value < (values[$0] ?? 0) }) ?? true { minIndex = index }
        }
        guard let maxIndex, let minIndex else { return nil }
        self.maxIndex = maxIndex
        self.minIndex = minIndex
        self.sum = sum
        self.presentCount = count
    }
}

/// 「合計X」, saying so when missing values are left out: a partial sum must not pass for the total.
func totalPhrase(_ extremes: Extremes, count: Int, unit: Unit) -> String {
    let total = unit.format(extremes.sum)
    return extremes.presentCount == count ? "合計\(total)" : "データなしを除く合計\(total)"
}

/// Treats NaN and infinities as missing: they cannot be drawn and must not be shown as numbers.
func present(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}
