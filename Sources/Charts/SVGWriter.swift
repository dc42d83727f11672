import Escaping

extension Markup {
    /// Whether markup holds a link (`<a `), compared on bytes: Foundation's `contains` bridges the
    /// whole drawing to NSString.
    static func holdsLink(_ markup: String) -> Bool {
        var markup = markup
        return markup.withUTF8 { bytes in
            guard bytes.count >= 3 else { return false }
            for index in 0..<(bytes.count - 2)
            where bytes[index] == UInt8(ascii: "<") && bytes[index + 1] == UInt8(ascii: "a") && bytes[index + 2] == 0x20 {
                return true
            }
            return false
        }
    }
}

/// Formats a coordinate with at most one decimal so output bytes are stable across platforms.
/// Non-finite input becomes `0`: a coordinate must never read `nan` or `inf`.
func coord(_ value: Double) -> String {
    guard value.isFinite else { return "0" }
    let tenths = (value * 10).rounded()
    guard abs(tenths) < 1e15 else { return "0" }
    let t = Int64(tenths)
    let sign = t < 0 ? "-" : ""
    let magnitude = t.magnitude
    let whole = magnitude / 10
    let fraction = magnitude % 10
    return fraction == 0 ? "\(sign)\(whole)" : "\(sign)\(whole).\(fraction)"
}

/// Accumulates SVG or HTML markup. Attribute values and text are escaped on the way in, so
/// callers cannot forget to. Every piece is appended to the output in place: tables and charts are
/// written a cell or a tick at a time, thousands per page, and building each tag as a string of its
/// own first cost more than the rest of the drawing. The pieces go into bytes, made a string once:
/// appending to a string checks its storage on every piece, which was most of drawing a table.
struct MarkupWriter {
    private var bytes: [UInt8] = []

    /// The markup written so far.
    var output: String { String(decoding: bytes, as: UTF8.self) }

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        append(">")
    }

    mutating func close(_ name: String) {
        append("</")
        append(name)
        append(">")
    }

    /// A self-closing element such as `<rect …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        start(name, attributes)
        append("/>")
    }

    /// An element whose only content is escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        open(name, attributes)
        append(Markup.escape(text))
        close(name)
    }

    mutating func text(_ text: String) {
        append(Markup.escape(text))
    }

    /// Markup that is already well-formed and escaped, e.g. another writer's output.
    mutating func raw(_ markup: String) {
        append(markup)
    }

    /// Another writer's markup.
    mutating func raw(_ other: MarkupWriter) {
        bytes += other.bytes
    }

    mutating func newline() {
        bytes.append(UInt8(ascii: "\n"))
    }

    /// `<name`, the tag left open for `attribute` and `endTag`: for callers that decide attribute by
    /// attribute, without gathering them in an array first.
    mutating func startTag(_ name: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        append(name)
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: StaticString, _ value: String) {
        bytes.append(UInt8(ascii: " "))
        append(name)
        bytes.append(UInt8(ascii: "="))
        bytes.append(UInt8(ascii: "\""))
        append(Markup.escape(value))
        bytes.append(UInt8(ascii: "\""))
    }

    /// A table cell's ` class="…"`: its kind, then each class that applies, space-separated.
    mutating func classAttribute(kind: StaticString, indent: Bool, missing: Bool, flagged: Bool) {
        append(" class=\"")
        append(kind)
        if indent { append(" indent") }
        if missing { append(" missing") }
        if flagged { append(" flagged") }
        bytes.append(UInt8(ascii: "\""))
    }

    /// The `>` that ends a tag begun with `startTag`.
    mutating func endTag() {
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<name` and its attributes, the tag left open.
    private mutating func start(_ name: String, _ attributes: [(String, String)]) {
        append("<")
        append(name)
        for (name, value) in attributes {
            append(" ")
            append(name)
            append("=\"")
            append(Markup.escape(value))
            append("\"")
        }
    }

    private mutating func append(_ text: String) {
        bytes.append(contentsOf: text.utf8)
    }

    private mutating func append(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }
}
