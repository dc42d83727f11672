/// Escaping for XML and HTML text and attribute values.
public enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters that XML 1.0 forbids,
    /// so any label can be placed in element content or in a quoted attribute.
    /// Works on UTF-8 bytes and returns the text itself when nothing needs changing (most labels),
    /// since every label and cell of every chart and table passes through here.
    public static func escape(_ text: String) -> String {
        var text = text
        let escaped: String? = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, !needsChange(bytes, at: index) { index += 1 }
            guard index < bytes.count else { return nil }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[0..<index])
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): out.append(contentsOf: "&#39;".utf8)
                case 0x09, 0x0A, 0x0D: out.append(byte)
                // XML 1.0 rejects C0 controls and the two non-characters; a parser would stop on them.
                case ..<0x20: break
                case 0xEF where isNonCharacter(bytes, at: index): index += 2
                default: out.append(byte)
                }
                index += 1
            }
            return String(decoding: out, as: UTF8.self)
        }
        return escaped ?? text
    }

    @inline(__always)
    private static func needsChange(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        switch bytes[index] {
        case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"): true
        case 0x09, 0x0A, 0x0D: false
        case ..<0x20: true
        case 0xEF: isNonCharacter(bytes, at: index)
        default: false
        }
    }

    /// U+FFFE or U+FFFF (EF BF BE, EF BF BF) starting at `index`.
    @inline(__always)
    private static func isNonCharacter(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        index + 2 < bytes.count && bytes[index + 1] == 0xBF && (bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF)
    }

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
