import Escaping

/// The text a reader sees on a rendered page, read from its HTML at byte level.
///
/// Only `<main>` is read (the header, navigation and footer repeat on every page and would make
/// every page match the site's own labels). The title is the document's `<title>` without the
/// site name after its last ` | ` (the first `<h1>` when there is no `<title>`: an `<h1>` may hold
/// more than the title, such as a prefecture's region); `<h1>`–`<h6>` are headings; everything else is body: paragraphs, lists, table cells, captions and the `<title>` /
/// `<desc>` of charts. Scripts, styles, `<noscript>`, `<template>`, `<aside>` (the list of pages
/// that link here, which would make every page match its heading) and the drawing inside `<svg>`
/// are skipped. Block elements and table cells end a run of text, so words from two cells never
/// join; inline elements (`<a>`, `<strong>`, `<code>` …) do not.
public struct VisibleText: Sendable, Equatable {
    /// What a run of text is on its page, for ranking.
    public enum Role: UInt8, Sendable {
        case title, heading, body
    }

    /// One run of text between block boundaries, entities decoded, whitespace not yet collapsed.
    public struct Run: Sendable, Equatable {
        public let role: Role
        /// The run's UTF-8 bytes.
        public let utf8: [UInt8]
        /// The run as text.
        public var text: String { String(decoding: utf8, as: UTF8.self) }
    }

    /// The page title's UTF-8 bytes (text of the first `<h1>`), empty when the page has none.
    public private(set) var titleUTF8: [UInt8] = []
    /// The page title.
    public var title: String { String(decoding: titleUTF8, as: UTF8.self) }
    /// Headings and body runs in reading order.
    public private(set) var runs: [Run] = []

    /// Reads the visible text of one HTML page.
    public init(html: [UInt8]) {
        // The walk reads a buffer: indexing an array checks and retains on every byte in an
        // unoptimised build.
        let (title, runs) = html.withUnsafeBufferPointer { bytes in
            var reader = Reader(bytes: bytes)
            reader.read()
            return (reader.title, reader.runs)
        }
        titleUTF8 = title
        self.runs = runs
    }

    /// Reads the visible text of one HTML page.
    public init(html: String) {
        self.init(html: Array(html.utf8))
    }
}

/// The tag walker behind `VisibleText`.
private struct Reader {
    let bytes: UnsafeBufferPointer<UInt8>
    var title: [UInt8] = []
    var runs: [VisibleText.Run] = []
    private var buffer: [UInt8] = []
    private var role: VisibleText.Role = .body
    private var sawTitle = false

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// Elements whose content is not visible text.
    static let skipped: Set<UInt64> = Set(["script", "style", "noscript", "template", "head", "aside"].map(TagName.pack))
    /// Elements that do not break a run of text.
    static let inline: Set<UInt64> = Set([
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s",
        "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ruby", "rb", "label",
    ].map(TagName.pack))

    mutating func read() {
        let (start, end) = mainRange()
        title = documentTitle(before: start)
        sawTitle = !title.isEmpty
        var index = start
        var skipUntil: UInt64? = nil
        var svgDepth = 0
        var inSVGText = false
        while index < end {
            let byte = bytes[index]
            if byte != UInt8(ascii: "<") {
                // The text up to the next tag, copied as one run rather than byte by byte.
                let next = nextTag(from: index, end: end)
                if skipUntil == nil && (svgDepth == 0 || inSVGText) {
                    buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<next]))
                }
                index = next
                continue
            }
            if matches("<!--", at: index) {
                index = find(Array("-->".utf8), from: index + 4, end: end).map { $0 + 3 } ?? end
                continue
            }
            guard let tag = parseTag(at: index, end: end) else {
                if skipUntil == nil && (svgDepth == 0 || inSVGText) { buffer.append(byte) }
                index += 1
                continue
            }
            index = tag.next
            if let closing = skipUntil {
                if tag.closing && tag.name == closing { skipUntil = nil }
                continue
            }
            let name = tag.name
            if name == Self.svgName {
                if tag.closing { svgDepth = max(0, svgDepth - 1) } else if !tag.selfClosing { svgDepth += 1 }
                flush()
                inSVGText = false
                continue
            }
            if svgDepth > 0 {
                if name == Self.titleName || name == Self.descName {
                    flush()
                    inSVGText = !tag.closing
                }
                continue
            }
            if !tag.closing && Self.skipped.contains(name) && !tag.selfClosing {
                skipUntil = name
                continue
            }
            if Self.inline.contains(name) { continue }
            flush()
            if let level = TagName.headingLevel(name) {
                if tag.closing {
                    role = .body
                } else if level == 1 && !sawTitle {
                    // No <title>: the first <h1> is the title.
                    role = .title
                    sawTitle = true
                } else {
                    role = .heading
                }
            }
        }
        flush()
    }

    static let svgName = TagName.pack("svg")
    static let titleName = TagName.pack("title")
    static let descName = TagName.pack("desc")

    /// The `<title>` before `start`, entities decoded, without the ` | site name` suffix.
    private func documentTitle(before start: Int) -> [UInt8] {
        guard let open = find(Array("<title".utf8), from: 0, end: start),
            let close = find([UInt8(ascii: ">")], from: open, end: start),
            let end = find(Array("</title>".utf8), from: close, end: start)
        else { return [] }
        var text = HTMLEntities.decode(Array(bytes[(close + 1)..<end]))
        // The title is cut at its last ` | ` (before the site's name), compared in place: an array
        // made at each byte of every title was a million allocations for 10,000 pages.
        let separator: [UInt8] = Array(" | ".utf8)
        if text.count >= separator.count,
            let cut = stride(from: text.count - separator.count, through: 0, by: -1).first(where: { index in
                text[index..<(index + separator.count)].elementsEqual(separator)
            })
        {
            text.removeSubrange(cut...)
        }
        return text
    }

    /// The bytes inside `<main …>` … `</main>`, or inside `<body>`, or the whole page.
    private func mainRange() -> (Int, Int) {
        for name in ["main", "body"] {
            if let open = find(Array("<\(name)".utf8), from: 0, end: bytes.count),
                let close = find(Array(">".utf8), from: open, end: bytes.count)
            {
                let end = find(Array("</\(name)>".utf8), from: close, end: bytes.count) ?? bytes.count
                return (close + 1, end)
            }
        }
        return (0, bytes.count)
    }

    private mutating func flush() {
        guard !buffer.isEmpty else { return }
        let text = HTMLEntities.decode(buffer)
        buffer.removeAll(keepingCapacity: true)
        guard text.contains(where: { $0 > 0x20 }) else { return }
        if role == .title {
            title += text
        } else {
            runs.append(VisibleText.Run(role: role, utf8: text))
        }
    }

    private struct Tag {
        let name: UInt64
        let closing: Bool
        let selfClosing: Bool
        let next: Int
    }

    /// Parses `<name …>` or `</name>` at `index`; nil when the `<` does not start a tag.
    private func parseTag(at index: Int, end: Int) -> Tag? {
        var cursor = index + 1
        var closing = false
        if cursor < end && bytes[cursor] == UInt8(ascii: "/") {
            closing = true
            cursor += 1
        }
        let nameStart = cursor
        while cursor < end, isNameByte(bytes[cursor]) { cursor += 1 }
        guard cursor > nameStart else {
            // `<!DOCTYPE` and processing instructions: skip to `>`.
            if cursor < end && (bytes[cursor] == UInt8(ascii: "!") || bytes[cursor] == UInt8(ascii: "?")) {
                let close = find([UInt8(ascii: ">")], from: cursor, end: end) ?? end - 1
                return Tag(name: 0, closing: true, selfClosing: true, next: close + 1)
            }
            return nil
        }
        let name = TagName.pack(bytes[nameStart..<cursor])
        // Attribute values may hold `>`; skip quoted text.
        var quote: UInt8? = nil
        while cursor < end {
            let byte = bytes[cursor]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                break
            }
            cursor += 1
        }
        let selfClosing = cursor > 0 && cursor - 1 > nameStart && bytes[cursor - 1] == UInt8(ascii: "/")
        return Tag(name: name, closing: closing, selfClosing: selfClosing, next: min(cursor + 1, end))
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-")
    }

    private func matches(_ literal: String, at index: Int) -> Bool {
        var cursor = index
        for byte in literal.utf8 {
            guard cursor < bytes.count, bytes[cursor] == byte else { return false }
            cursor += 1
        }
        return true
    }

    /// The offset of the next `<` at or after `start`, or `end`.
    private func nextTag(from start: Int, end: Int) -> Int {
        guard start < end else { return end }
        return ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<end])), from: start) ?? end
    }

    /// The first offset of `needle` in `start..<end`.
    private func find(_ needle: [UInt8], from start: Int, end: Int) -> Int? {
        guard start <= end else { return nil }
        return needle.withUnsafeBytes { ByteSearch.firstOffset(of: $0, in: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: bytes[..<end])), from: start) }
    }
}

/// Tag names packed into a number (lower case, up to eight bytes), so recognising a tag needs no
/// allocation; longer names pack to a value no listed name has.
enum TagName {
    static func pack<Bytes: Collection>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        guard bytes.count <= 8 else { return UInt64.max }
        var value: UInt64 = 0
        for byte in bytes { value = value << 8 | UInt64(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte) }
        return value
    }

    static func pack(_ name: String) -> UInt64 { pack(Array(name.utf8)) }

    /// 1–6 for `h1`–`h6`, nil for any other name.
    static func headingLevel(_ name: UInt64) -> Int? {
        let low = name & 0xFF
        guard name >> 8 == UInt64(UInt8(ascii: "h")), low >= 0x31, low <= 0x36 else { return nil }
        return Int(low - 0x30)
    }
}
