import Escaping

/// Character references in page text and attribute values, decoded the way a browser reads them:
/// the one decoder of the search index and the link check.
public enum HTMLEntities {
    /// The named references Shiryo's renderers and CommonMark emit, plus the common typographic ones.
    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "ensp": "\u{2002}",
        "emsp": "\u{2003}", "thinsp": "\u{2009}", "ndash": "–", "mdash": "—", "hellip": "…", "times": "×",
        "minus": "−", "copy": "©", "middot": "·", "laquo": "«", "raquo": "»", "lsquo": "‘", "rsquo": "’",
        "ldquo": "“", "rdquo": "”", "yen": "¥", "deg": "°", "plusmn": "±",
    ]

    /// Text with `&…;` references replaced; an unknown reference is kept as written.
    public static func decode(_ text: String) -> String {
        // Nearly no attribute value or text run holds a reference: the `&` is looked for with memchr.
        guard ByteSearch.contains(byte: UInt8(ascii: "&"), in: text) else { return text }
        return String(decoding: decode(Array(text.utf8)), as: UTF8.self)
    }

    /// UTF-8 bytes with `&…;` references replaced; an unknown reference is kept as written.
    public static func decode(_ bytes: [UInt8]) -> [UInt8] {
        // Every text run of every page comes here, nearly none with a reference: the first `&` is
        // found with memchr, and what comes before it is copied at once.
        guard let first = bytes.withUnsafeBytes({ ByteSearch.firstOffset(of: UInt8(ascii: "&"), in: $0) }) else { return bytes }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        out.append(contentsOf: bytes[..<first])
        var index = first
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "&"),
                let semicolon = bytes[index..<min(bytes.count, index + 12)].firstIndex(of: UInt8(ascii: ";")),
                let decoded = reference(bytes[(index + 1)..<semicolon])
            else {
                out.append(byte)
                index += 1
                continue
            }
            out.append(contentsOf: decoded.utf8)
            index = semicolon + 1
        }
        return out
    }

    private static func reference(_ body: ArraySlice<UInt8>) -> String? {
        let text = String(decoding: body, as: UTF8.self)
        if text.hasPrefix("#") {
            let digits = text.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X")
                ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
        return named[text]
    }
}
