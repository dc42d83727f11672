/// The one escaping of text for HTML, SVG and XML that every module uses: templates' `{{value}}`,
/// table cells the Markdown renderer builds, chart labels and the lists Swift writes.
public enum Markup {
    /// Escapes `&`, `<`, `>`, `"` and `'`, and drops control characters that XML 1.0 forbids (and
    /// HTML calls parse errors), so any text can be placed in element content or in a quoted
    /// attribute. Works on UTF-8 bytes and returns the text itself when nothing needs changing
    /// (most text), since every template value, table cell and chart label passes through here.
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
}
