/// How deep sections nest in a template, measured before the Mustache parser sees it.
///
/// The parser and the renderer recurse once per open section, so a template with thousands of
/// `{{#a}}` in a row overflows the stack and kills the build (the fuzz suite found this). No real
/// template comes near the limit; past it the template is refused with the line of the tag.
enum TemplateNesting {
    /// Deeper than this is refused.
    static let limit = 100

    /// The 1-based line of the first tag that opens a section deeper than `limit`, or nil.
    /// Set-delimiter tags (`{{=<% %>=}}`) are followed, so other delimiters cannot hide the depth.
    static func tooDeep(_ text: String) -> Int? {
        var open = Array("{{".utf8)
        var close = Array("}}".utf8)
        let bytes = Array(text.utf8)
        var depth = 0
        var index = 0
        while let start = find(open, in: bytes, from: index) {
            let contentStart = start + open.count
            guard let end = find(close, in: bytes, from: contentStart) else { return nil }
            let content = bytes[contentStart..<end].drop { $0 == 0x20 }
            index = end + close.count
            switch content.first {
            case UInt8(ascii: "#"), UInt8(ascii: "^"), UInt8(ascii: "$"), UInt8(ascii: "<"):
                depth += 1
                if depth > limit { return bytes[..<start].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } }
            case UInt8(ascii: "/"):
                depth = max(0, depth - 1)
            case UInt8(ascii: "="):
                let inner = content.dropFirst().reversed().drop { $0 == 0x20 }.reversed()
                let parts = (inner.last == UInt8(ascii: "=") ? Array(inner.dropLast()) : Array(inner))
                    .split(separator: 0x20, omittingEmptySubsequences: true)
                if parts.count == 2 {
                    open = Array(parts[0])
                    close = Array(parts[1])
                }
            default:
                break
            }
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, !needle.isEmpty, start <= bytes.count - needle.count else { return nil }
        var index = start
        while index <= bytes.count - needle.count {
            if bytes[index] == first && bytes[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
