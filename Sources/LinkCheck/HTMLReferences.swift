import Escaping
import Foundation
import Search

/// The ids an HTML file defines and the references (href/src) it makes, read in one byte-level
/// pass: the check runs over every page of every build, so it must cost little. The one scan of a
/// page's links: the link check and the site's backlinks both read it.
public struct HTMLReferences: Sendable {
    /// A reference, the line it stands on, its attribute and where in the file its tag starts.
    public struct Reference: Equatable, Sendable {
        /// The attribute value with its character references decoded.
        public var target: String
        public var line: Int
        /// `href`, `src` or `xlink:href`, lower-cased.
        public var attribute: String
        /// The byte offset of the `<` of the tag it belongs to.
        public var offset: Int
    }

    public var ids: Set<String> = []
    public var references: [Reference] = []

    /// The attributes this scan keeps: all of `keptAttributes`, or `href` alone.
    private var kept = Self.keptAttributes

    /// Scans a page. Text inside `<script>` and `<style>` is skipped, since it is code, not markup.
    public init(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { scan($0) }
    }

    /// Scans a page in place, without copying its bytes into an array first.
    public init(data: Data) {
        data.withUnsafeBytes { scan($0.bindMemory(to: UInt8.self)) }
    }

    /// The `href` references of a page alone, read as the full scan reads them: what the site's
    /// backlinks need, without decoding and storing every id and `src` of the page.
    public static func hrefs(_ data: Data) -> [Reference] {
        var scan = HTMLReferences(scanning: ())
        scan.kept = hrefOnly
        data.withUnsafeBytes { scan.scan($0.bindMemory(to: UInt8.self)) }
        return scan.references
    }

    private init(scanning: Void) {}

    /// The scan, on a buffer: indexing an array checks and retains on every byte in an
    /// unoptimised build, which made the check of every test build cost seconds.
    private mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var line = 1
        let count = bytes.count
        while index < count {
            // Text runs to the next tag; its lines are counted in one pass.
            let tag = Self.next(UInt8(ascii: "<"), in: bytes, from: index)
            line += Self.lineEnds(in: bytes, index..<tag)
            index = tag
            guard index + 1 < count else { break }
            // `<!--`, compared in place: a static pattern costs a check that it is set up on every tag.
            if index + 3 < count, bytes[index + 1] == UInt8(ascii: "!"), bytes[index + 2] == UInt8(ascii: "-"),
                bytes[index + 3] == UInt8(ascii: "-")
            {
                index = Self.skip(bytes, from: index + 4, past: Self.commentClose, line: &line)
                continue
            }
            let nameStart = index + 1
            var cursor = nameStart
            while cursor < count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
            guard cursor > nameStart else {
                index += 1
                continue
            }
            let name = bytes[nameStart..<cursor]
            cursor = readAttributes(bytes, from: cursor, tag: index, line: &line)
            if let end = Self.rawTextEnd(name) {
                cursor = Self.skip(bytes, from: cursor, past: end, line: &line)
            }
            index = cursor
        }
    }

    /// Reads the attributes of one tag up to its `>`, collecting ids and references.
    private mutating func readAttributes(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, tag: Int, line: inout Int) -> Int {
        var cursor = start
        let count = bytes.count
        while cursor < count {
            let byte = bytes[cursor]
            if byte == UInt8(ascii: ">") { return cursor + 1 }
            if byte == UInt8(ascii: "\n") { line += 1 }
            guard Self.isNameByte(byte) else {
                cursor += 1
                continue
            }
            let nameStart = cursor
            while cursor < count, Self.isNameByte(bytes[cursor]) { cursor += 1 }
            let name = attribute(bytes[nameStart..<cursor])
            guard cursor < count, bytes[cursor] == UInt8(ascii: "=") else { continue }
            cursor += 1
            let attributeLine = line
            let value: Range<Int>
            if cursor < count, bytes[cursor] == UInt8(ascii: "\"") || bytes[cursor] == UInt8(ascii: "'") {
                let quote = bytes[cursor]
                let valueStart = cursor + 1
                cursor = Self.next(quote, in: bytes, from: valueStart)
                line += Self.lineEnds(in: bytes, valueStart..<cursor)
                value = valueStart..<min(cursor, count)
                cursor += 1
            } else {
                let valueStart = cursor
                while cursor < count, bytes[cursor] != UInt8(ascii: ">"), !Self.isSpace(bytes[cursor]) { cursor += 1 }
                value = valueStart..<cursor
            }
            switch name {
            case .id: ids.insert(Self.decoded(bytes, value))
            case .reference(let attribute):
                references.append(Reference(target: Self.decoded(bytes, value), line: attributeLine, attribute: attribute, offset: tag))
            case nil: break
            }
        }
        return cursor
    }

    /// An attribute value as text, its character references decoded.
    private static func decoded(_ bytes: UnsafeBufferPointer<UInt8>, _ value: Range<Int>) -> String {
        HTMLEntities.decode(String(decoding: bytes[value], as: UTF8.self))
    }

    /// The index of the next `byte` at or after `start`, or the end (text and attribute values are
    /// most of a page).
    private static func next(_ byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        ByteSearch.firstOffset(of: byte, in: UnsafeRawBufferPointer(bytes), from: start) ?? bytes.count
    }

    /// How many line feeds `range` holds, counted eight bytes at a time: the text between tags is
    /// most of a page, and every byte of it is looked at here.
    private static func lineEnds(in bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        var count = 0
        var index = range.lowerBound
        let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, feeds: UInt64 = 0x0A0A_0A0A_0A0A_0A0A
        while index + 8 <= range.upperBound {
            // A byte of `word` is zero where the text has a line feed; each zero byte, and only
            // those, keeps its high bit clear in `marked` (no carry crosses a byte).
            let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) ^ feeds
            let marked = ((word & low) &+ low) | word
            count += (~marked & ~low).nonzeroBitCount
            index += 8
        }
        while index < range.upperBound {
            if bytes[index] == UInt8(ascii: "\n") { count += 1 }
            index += 1
        }
        return count
    }

    private static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39)
            || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "_")
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D || byte == 0x0C
    }

    /// The attributes the scan keeps, matched on bytes without making a string of every name.
    private enum Attribute {
        case id
        case reference(String)
    }

    private static let commentClose = Array("-->".utf8)
    private static let keptAttributes: [([UInt8], Attribute)] = [
        (Array("href".utf8), .reference("href")), (Array("id".utf8), .id), (Array("src".utf8), .reference("src")),
        (Array("name".utf8), .id), (Array("xlink:href".utf8), .reference("xlink:href")),
    ]
    private static let hrefOnly: [([UInt8], Attribute)] = [(Array("href".utf8), .reference("href"))]
    private static let rawTextElements: [([UInt8], [UInt8])] = [
        (Array("script".utf8), Array("</script".utf8)), (Array("style".utf8), Array("</style".utf8)),
    ]

    /// What an attribute name (any case) is to the scan; nil for the attributes it ignores.
    private func attribute(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> Attribute? {
        for (pattern, attribute) in kept where Self.equalIgnoringCase(name, pattern) { return attribute }
        return nil
    }

    /// The closing tag to skip to after an element whose content is code (`script`, `style`).
    private static func rawTextEnd(_ name: Slice<UnsafeBufferPointer<UInt8>>) -> [UInt8]? {
        // Only `script` and `style` have one: other lengths need no look at the patterns.
        guard name.count == 5 || name.count == 6 else { return nil }
        for (pattern, end) in rawTextElements where equalIgnoringCase(name, pattern) { return end }
        return nil
    }

    /// Compares a name with a lower-case ASCII pattern; names hold letters, digits, `-`, `:`, `_`.
    private static func equalIgnoringCase(_ name: Slice<UnsafeBufferPointer<UInt8>>, _ pattern: [UInt8]) -> Bool {
        guard name.count == pattern.count else { return false }
        return startsWith(name.base, name.startIndex, pattern)
    }

    private static func startsWith(_ bytes: UnsafeBufferPointer<UInt8>, _ at: Int, _ pattern: [UInt8]) -> Bool {
        guard at + pattern.count <= bytes.count else { return false }
        var offset = 0
        while offset < pattern.count {
            if bytes[at + offset] | 0x20 != pattern[offset] | 0x20 { return false }
            offset += 1
        }
        return true
    }

    /// The index just past the next `end` (compared case-insensitively), counting lines on the way.
    private static func skip(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, past end: [UInt8], line: inout Int) -> Int {
        var cursor = start
        let length = end.count
        while cursor < bytes.count {
            if startsWith(bytes, cursor, end) { return cursor + length }
            if bytes[cursor] == UInt8(ascii: "\n") { line += 1 }
            cursor += 1
        }
        return cursor
    }
}
