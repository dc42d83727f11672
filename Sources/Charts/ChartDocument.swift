import Escaping
import Content

/// What every chart renderer returns: the markup a page inlines, the standalone SVG file, and the
/// ids a page needs to point at it.
///
/// A chart comes in two drawings so its text keeps one size in CSS pixels at every width: a wide
/// one laid out at a fixed width (shown only where it fits without shrinking) and a fluid narrow
/// one whose horizontal positions are percentages, so it fills any width while text stays
/// 11–12 px. `svg` holds both; the page's stylesheet shows one (class `shc-wide` or
/// `shc-narrow`, switched by a container query on the figure). Each root `<svg>` has
/// `role="img"` (unless its marks are links), `aria-labelledby` naming its own `<title>` and `<desc>`, and the classes
/// `shc-chart shc-<kind>` (`ranked-bar`, `tile-map`, `time-series-line`, `time-series-column`,
/// `stacked-bar`, `grouped-bar`, `rank-strip`). Text is drawn in `currentColor`, so an inlined
/// chart follows the page's text colour.
public struct RenderedChart: Sendable, Hashable {
    /// The `id` of the wide `<svg>`; its title and description use `id-title` and `id-desc`, the
    /// narrow drawing `id-narrow`, `id-narrow-title` and `id-narrow-desc`.
    public let id: String
    /// Markup to inline in a page: the wide `<svg>` followed by the narrow one (when the chart
    /// has one), each well-formed XML.
    public let svg: String
    /// The wide drawing alone, a complete SVG file for download (its `width`/`height` are set).
    public let wideSVG: String
    /// The fluid drawing alone (`width="100%"`, fixed height in px), or nil when the wide one
    /// already has no fixed width.
    public let narrowSVG: String?
    /// The computed description (also in `<desc>`), e.g. for a `<figcaption>`.
    public let description: String

    /// The id of `<title>`, e.g. for `aria-labelledby` on a surrounding figure.
    public var titleID: String { id + "-title" }
    /// The id of `<desc>`.
    public var descriptionID: String { id + "-desc" }
    /// The id of the narrow drawing's root.
    public var narrowID: String { id + "-narrow" }
}

/// Where a chart's numbers come from, printed at the foot of every drawing so the chart still
/// says so when saved, shared or printed on its own.
public struct ChartCredit: Sendable, Hashable {
    /// The publication, e.g. 社会・援護局関係主管課長会議資料（平成22年3月）.
    public var source: String?
    /// The date the values describe, e.g. 平成20年度.
    public var date: String?

    /// Creates a credit; both parts are optional and omitted from the drawing when nil or empty.
    public init(source: String? = nil, date: String? = nil) {
        self.source = source
        self.date = date
    }

    /// The footer's parts: 出典 and 時点, empty when neither is known.
    var parts: [String] {
        var parts: [String] = []
        if let source, !source.isEmpty { parts.append("出典：\(source)") }
        if let date, !date.isEmpty { parts.append("時点：\(date)") }
        return parts
    }
}

/// Which drawings of a chart to make: both (for a page) or only the wide one (for the SVG
/// download, which keeps the wide drawing alone and need not pay for laying out the narrow one).
public enum ChartVersions: Sendable {
    case both
    case wideOnly
}

/// One drawing's body and size before the shared frame is added.
struct ChartBody {
    /// Width in px for the wide drawing; nil for a fluid drawing (`width="100%"`, x in percent).
    var width: Double?
    var height: Double
    var markup: String
}

/// Shared frame of every chart: root element, accessible name and description, heading, credit
/// line, and the small stylesheet that adapts text to dark mode and print.
enum ChartDocument {
    static let fontSize = 12.0
    static let smallFontSize = 11.0
    static let titleFontSize = 14.0
    /// The narrowest width a fluid drawing is laid out for (a 320 px phone less page margins):
    /// text that must not collide is wrapped or thinned for this width.
    static let minimumFluidWidth = 280.0

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

    /// Renders a chart that has a narrow drawing, drawing it only when `versions` keeps it: a
    /// download keeps the wide drawing alone, which then carries the same `shc-wide` class as
    /// when both are drawn, so the file does not depend on which were asked for.
    static func render(
        id rawID: String, kind: String, title: String, description: String, wide: ChartBody,
        narrow: () -> ChartBody, versions: ChartVersions
    ) -> RenderedChart {
        guard versions == .wideOnly else {
            return render(id: rawID, kind: kind, title: title, description: description, wide: wide, narrow: narrow())
        }
        let id = sanitizedID(rawID)
        let wideSVG = root(id: id, kind: kind, variant: "shc-wide", title: title, description: description, body: wide)
        return RenderedChart(id: id, svg: wideSVG, wideSVG: wideSVG, narrowSVG: nil, description: description)
    }

    static func render(
        id rawID: String, kind: String, title: String, description: String, wide: ChartBody, narrow: ChartBody?
    ) -> RenderedChart {
        let id = sanitizedID(rawID)
        let wideSVG = root(id: id, kind: kind, variant: narrow == nil ? nil : "shc-wide", title: title,
                           description: description, body: wide)
        let narrowSVG = narrow.map {
            root(id: id + "-narrow", kind: kind, variant: "shc-narrow", title: title, description: description, body: $0)
        }
        return RenderedChart(
            id: id, svg: wideSVG + (narrowSVG ?? ""), wideSVG: wideSVG, narrowSVG: narrowSVG, description: description)
    }

    private static func root(
        id: String, kind: String, variant: String?, title: String, description: String, body: ChartBody
    ) -> String {
        var attributes: [(String, String)] = [
            ("xmlns", "http://www.w3.org/2000/svg"),
            ("class", ["shc-chart", "shc-\(kind)", variant].compactMap { $0 }.joined(separator: " ")),
            ("id", id),
        ]
        // A drawing whose marks link to pages keeps the implicit role of <svg> (a graphics
        // document, which may hold links): role="img" would make its links presentational,
        // focusable yet hidden from screen readers.
        if !Markup.holdsLink(body.markup) { attributes.append(("role", "img")) }
        attributes.append(("aria-labelledby", "\(id)-title \(id)-desc"))
        if let width = body.width {
            attributes += [
                ("viewBox", "0 0 \(coord(width)) \(coord(body.height))"), ("width", coord(width)),
                ("height", coord(body.height)),
            ]
        } else {
            // No viewBox: nothing is scaled, percentages follow the page's width, px stay px.
            attributes += [("width", "100%"), ("height", coord(body.height))]
        }
        var w = MarkupWriter()
        w.open("svg", attributes)
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
        w.raw(body.markup)
        w.close("svg")
        w.newline()
        return w.output
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
        text(&w, content, x: coord(x), y: y, anchor: anchor, size: size, bold: bold, fill: fill, extra: extra)
    }

    /// `<text>` at a horizontal position given as written, e.g. a percentage in a fluid drawing.
    static func text(
        _ w: inout MarkupWriter, _ content: String, x: String, y: Double,
        anchor: String = "start", size: Double = fontSize, bold: Bool = false,
        fill: String = "currentColor", extra: [(String, String)] = []
    ) {
        var attributes: [(String, String)] = [
            ("x", x), ("y", coord(y)), ("font-size", coord(size)), ("fill", fill),
        ]
        if anchor != "start" { attributes.append(("text-anchor", anchor)) }
        if bold { attributes.append(("font-weight", "bold")) }
        attributes += extra
        w.element("text", attributes, text: content)
        w.newline()
    }

    /// A multi-line label (lines separated by `\n`), centred on `x`, first baseline at `y`.
    static func multilineText(
        _ w: inout MarkupWriter, _ content: String, x: String, y: Double, size: Double = fontSize,
        lineHeight: Double, anchor: String = "middle"
    ) {
        w.open("text", [
            ("x", x), ("y", coord(y)), ("font-size", coord(size)), ("fill", "currentColor"),
            ("text-anchor", anchor),
        ])
        for (index, line) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            w.element("tspan", [("x", x), ("dy", index == 0 ? "0" : coord(lineHeight))], text: String(line))
        }
        w.close("text")
        w.newline()
    }
}

/// A fraction of a fluid drawing's width as an SVG length, e.g. `0.375` → `37.5%`.
func percent(_ fraction: Double) -> String {
    coord(min(max(fraction, 0), 1) * 100) + "%"
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
/// The sum is exact when every present value has its text from content (`exact`), else worked out
/// in `Double`.
func totalPhrase(_ extremes: Extremes, count: Int, unit: Unit, exact: [DecimalText] = []) -> String {
    let total = exact.count == extremes.presentCount ? unit.format(DecimalText.sum(exact)) : unit.format(extremes.sum)
    return extremes.presentCount == count ? "合計\(total)" : "データなしを除く合計\(total)"
}

/// Treats NaN and infinities as missing: they cannot be drawn and must not be shown as numbers.
func present(_ value: Double?) -> Double? {
    guard let value, value.isFinite else { return nil }
    return value
}
