/// Escaping for XML and HTML text and attribute values.
public enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters that XML 1.0 forbids,
    /// so any label can be placed in element content or in a quoted attribute.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
            default:
                // XML 1.0 rejects C0 controls and the two non-characters; a parser would stop on them.
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
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
/// callers cannot forget to.
struct MarkupWriter {
    private(set) var output = ""

    mutating func open(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)\(Self.render(attributes))>"
    }

    mutating func close(_ name: String) {
        output += "</\(name)>"
    }

    /// A self-closing element such as `<rect …/>`.
    mutating func empty(_ name: String, _ attributes: [(String, String)] = []) {
        output += "<\(name)\(Self.render(attributes))/>"
    }

    /// An element whose only content is escaped text.
    mutating func element(_ name: String, _ attributes: [(String, String)] = [], text: String) {
        output += "<\(name)\(Self.render(attributes))>\(Markup.escape(text))</\(name)>"
    }

    mutating func text(_ text: String) {
        output += Markup.escape(text)
    }

    /// Markup that is already well-formed and escaped, e.g. another writer's output.
    mutating func raw(_ markup: String) {
        output += markup
    }

    mutating func newline() {
        output += "\n"
    }

    private static func render(_ attributes: [(String, String)]) -> String {
        var out = ""
        for (name, value) in attributes {
            out += " \(name)=\"\(Markup.escape(value))\""
        }
        return out
    }
}
