import Escaping
import Foundation
import Yams

/// The YAML block at the top of a Markdown file, split from the body.
///
/// Values are kept as Yams nodes so that each accessor can report the line of a value of the wrong
/// type. Lines are counted in the whole file: the opening `---` is line 1.
public struct FrontMatter {
    /// The Markdown after the closing `---`.
    public let body: String
    /// The line of the file where the body starts, so problems in the body can name their line.
    public let bodyLine: Int
    private let mapping: Node.Mapping?
    /// The mapping's values by key, as `Node.Mapping`'s subscript finds them (the last pair whose key
    /// equals the key as a plain scalar), worked out once: the subscript builds and compares nodes on
    /// every call, and a build asks every page's front matter for a dozen keys.
    private let values: [String: Node]
    private let file: String
    /// Added to Yams's line numbers (which count from 1 within the YAML) to give lines in the file.
    private let lineOffset: Int

    /// Splits and parses a document.
    /// - Parameters:
    ///   - text: the whole file.
    ///   - file: the path used in error messages.
    /// - Throws: `ContentError` when the block is unterminated, not valid YAML or not a mapping.
    public init(parsing text: String, file: String) throws {
        let split = ByteSearch.contains(byte: 0x0D, in: text) ? try Self.splitByCharacters(text, file: file) : try Self.split(text, file: file)
        guard let (yaml, bodyStart) = split else {
            try self.init(yaml: "", file: file, lineOffset: 0, body: text, bodyLine: 1)
            return
        }
        try self.init(
            yaml: yaml, file: file, lineOffset: 1, body: String(text[bodyStart...]),
            bodyLine: text.utf8[..<bodyStart].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 })
    }

    /// The front matter's text and where the body starts, or nil when the file does not open with a
    /// `---` line; found on bytes, for a text without carriage returns, where a line feed is always
    /// a character of its own. A line is a marker when it is `---` and spaces or tabs; one starting
    /// with `---` and holding anything else is compared by characters, as `splitByCharacters` does.
    /// - Throws: when the opening `---` is never closed.
    static func split(_ text: String, file: String) throws -> (yaml: String, bodyStart: String.Index)? {
        var copy = text
        let found = copy.withUTF8 { bytes -> (yaml: String, bodyStart: Int)?? in
            func isMarker(_ line: Range<Int>) -> Bool {
                guard line.count >= 3, bytes[line.lowerBound] == UInt8(ascii: "-"), bytes[line.lowerBound + 1] == UInt8(ascii: "-"),
                    bytes[line.lowerBound + 2] == UInt8(ascii: "-")
                else { return false }
                if bytes[(line.lowerBound + 3)..<line.upperBound].allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { return true }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[line]), as: UTF8.self)[...].trimmingTrailingWhitespace() == "---"
            }
            func lineEnd(from start: Int) -> Int {
                ByteSearch.firstOffset(of: UInt8(ascii: "\n"), in: UnsafeRawBufferPointer(bytes), from: start) ?? bytes.count
            }
            let firstBreak = lineEnd(from: 0)
            guard firstBreak < bytes.count, isMarker(0..<firstBreak) else { return .some(nil) }
            var lineStart = firstBreak + 1
            while lineStart < bytes.count {
                let end = lineEnd(from: lineStart)
                if isMarker(lineStart..<end) {
                    let yaml = UnsafeBufferPointer(rebasing: bytes[(firstBreak + 1)..<max(firstBreak + 1, lineStart - 1)])
                    return (String(decoding: yaml, as: UTF8.self), min(end + 1, bytes.count))
                }
                lineStart = end + 1
            }
            return nil
        }
        guard let found else { throw unclosed(file) }
        return found.map { ($0.yaml, text.utf8.index(text.utf8.startIndex, offsetBy: $0.bodyStart)) }
    }

    /// `split` by characters, for a text holding carriage returns (where `\r\n` is one character).
    static func splitByCharacters(_ text: String, file: String) throws -> (yaml: String, bodyStart: String.Index)? {
        guard text.hasPrefix("---"), let firstBreak = text.firstIndex(of: "\n"),
            text[..<firstBreak].trimmingTrailingWhitespace() == "---"
        else { return nil }
        // Only the front matter is split into lines; the body, often most of the file, is not.
        var lineStart = text.index(after: firstBreak)
        while lineStart < text.endIndex {
            let lineEnd = text[lineStart...].firstIndex(of: "\n") ?? text.endIndex
            if text[lineStart..<lineEnd].trimmingTrailingWhitespace() == "---" {
                let bodyStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
                return (String(text[text.index(after: firstBreak)..<lineStart].dropLast()), bodyStart)
            }
            lineStart = lineEnd < text.endIndex ? text.index(after: lineEnd) : lineEnd
        }
        throw unclosed(file)
    }

    private static func unclosed(_ file: String) -> ContentError {
        ContentError(
            file: file, line: 1, problem: "front matter opened with --- is never closed",
            fix: "add a line with --- after the last front matter key")
    }

    /// Parses a whole file of YAML (such as site.yaml) with the same checks and messages.
    public init(yaml: String, file: String) throws {
        try self.init(yaml: yaml, file: file, lineOffset: 0, body: "", bodyLine: 1)
    }

    private init(yaml: String, file: String, lineOffset: Int, body: String, bodyLine: Int) throws {
        self.bodyLine = bodyLine
        self.file = file
        self.lineOffset = lineOffset
        self.body = body
        // A whole YAML file (site.yaml, sources.yaml) has no --- markers to speak of.
        let place = bodyLine == 1 && body.isEmpty && lineOffset == 0 ? "the file" : "the front matter"
        if let control = yaml.utf8.firstIndex(where: { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }) {
            // Yams reports a control character without a line; the byte is found here instead.
            let line = yaml.utf8[..<control].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 } + lineOffset
            let byte = yaml.utf8[control]
            throw ContentError(
                file: file, line: line,
                problem: byte == 0 ? "has a NUL byte (U+0000) in \(place)" : "has the control character U+00\(byte < 0x10 ? "0" : "")\(String(byte, radix: 16, uppercase: true)) in \(place)",
                fix: "delete the character; \(place) is plain text (an editor that shows invisible characters helps find it)")
        }
        if let plain = PlainFrontMatter.mapping(yaml) {
            assert(PlainFrontMatter.matchesYams(yaml), "PlainFrontMatter read \(file) other than Yams does")
            mapping = plain
            values = Self.values(of: plain)
            return
        }
        do {
            // Naming the encoding spares Yams a look at the process environment on every file.
            let node = try Yams.compose(yaml: yaml, .default, .default, .utf8)
            switch node {
            case nil:
                mapping = nil
                values = [:]
            case .mapping(let map)?:
                mapping = map
                values = Self.values(of: map)
            case let other?:
                throw ContentError(
                    file: file, line: (other.mark?.line ?? 1) + lineOffset,
                    problem: "\(place == "the file" ? place : "front matter") is not a set of key: value lines",
                    fix: place == "the file" ? "write it as `key: value` lines, one setting per line" : "write it as `title: …` lines between the --- markers")
            }
        } catch let error as YamlError {
            throw ContentError(
                file: file, line: Self.line(of: error).map { $0 + lineOffset },
                problem: "\(place == "the file" ? place : "front matter") is not valid YAML (\(Self.problem(of: error)))",
                fix: "check quoting and indentation; quote values that contain ': ' or start with a symbol")
        }
    }

    private static func values(of mapping: Node.Mapping?) -> [String: Node] {
        guard let mapping else { return [:] }
        var values: [String: Node] = [:]
        for (key, value) in mapping {
            guard let scalar = key.scalar else { continue }
            // The subscript compares text and resolved tags. A key whose tag is still unresolved
            // resolves as the looked-up text does; a resolved one (Yams resolves tags in place when
            // it checks for duplicate keys) is compared with the tag the text resolves to, which
            // is looked up once per key text rather than by pattern matching on every comparison.
            let tag = scalar.tag.description
            guard tag.isEmpty || (tag == "!" ? Tag.Name.str.rawValue : tag) == KeyTags.shared.name(of: scalar.string) else { continue }
            values[scalar.string] = value
        }
        return values
    }

    /// The value of a key as text, or nil when absent.
    /// - Throws: when the key holds a list or mapping rather than a single value.
    public func string(_ key: String) throws -> String? {
        guard let node = values[key] else { return nil }
        guard let scalar = node.scalar else {
            throw ContentError(
                file: file, line: lineOf(node), problem: "`\(key)` must be a single value, not a list or mapping",
                fix: "write `\(key): some text` on one line")
        }
        if scalar.tag.description.hasSuffix(":null") || (scalar.style == .plain && ["", "~", "null"].contains(scalar.string)) {
            return nil
        }
        return scalar.string
    }

    /// The value of a key as an integer, or nil when absent.
    public func int(_ key: String) throws -> Int? {
        guard let text = try string(key) else { return nil }
        guard let value = Int(text) else {
            throw ContentError(
                file: file, line: values[key].flatMap(lineOf), problem: "`\(key)` must be a whole number, got “\(text)”",
                fix: "write a number such as `\(key): 10`")
        }
        return value
    }

    /// The value of a key as a boolean, or nil when absent.
    public func bool(_ key: String) throws -> Bool? {
        guard let text = try string(key) else { return nil }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            throw ContentError(
                file: file, line: values[key].flatMap(lineOf), problem: "`\(key)` must be true or false, got “\(text)”",
                fix: "write `\(key): true` or `\(key): false`")
        }
    }

    /// The value of a key as a list of strings (a single value counts as a list of one).
    public func strings(_ key: String) throws -> [String] {
        guard let node = values[key] else { return [] }
        if node.scalar != nil { return try string(key).map { [$0] } ?? [] }
        guard let sequence = node.sequence else {
            throw ContentError(
                file: file, line: lineOf(node), problem: "`\(key)` must be a list",
                fix: "write one `- item` line per entry under `\(key):`")
        }
        return try sequence.map { item in
            guard let scalar = item.scalar else {
                throw ContentError(
                    file: file, line: lineOf(item), problem: "each entry of `\(key)` must be a single value",
                    fix: "write one `- value` per line under `\(key):`")
            }
            return scalar.string
        }
    }

    /// The value of a key as a list of strings, each with the line it is written on, so that a
    /// problem with one entry (a reference to something missing) names that entry's line.
    public func lines(_ key: String) throws -> [(value: String, line: Int?)] {
        guard let node = values[key] else { return [] }
        if node.scalar != nil { return try string(key).map { [($0, lineOf(node))] } ?? [] }
        let values = try strings(key)
        return zip(values, node.sequence.map(Array.init) ?? []).map { ($0, lineOf($1)) }
    }

    /// A nested mapping (`date: {iso: …, wareki: …}`) read with the same accessors, or nil when absent.
    public func mapping(_ key: String) throws -> FrontMatter? {
        guard let node = values[key] else { return nil }
        guard let nested = node.mapping else {
            throw ContentError(
                file: file, line: lineOf(node), problem: "`\(key)` must be a set of key: value lines",
                fix: "indent its keys under `\(key):`")
        }
        return FrontMatter(nested: nested, file: file, lineOffset: lineOffset)
    }

    /// A list of mappings (`sections: [- number: …]`), each read with the same accessors.
    public func mappings(_ key: String) throws -> [FrontMatter] {
        guard let node = values[key] else { return [] }
        guard let sequence = node.sequence else {
            throw ContentError(
                file: file, line: lineOf(node), problem: "`\(key)` must be a list",
                fix: "write one `- key: value` entry per item under `\(key):`")
        }
        return try sequence.map { item in
            guard let nested = item.mapping else {
                throw ContentError(
                    file: file, line: lineOf(item), problem: "each entry of `\(key)` must be a set of key: value lines",
                    fix: "write entries as `- key: value`")
            }
            return FrontMatter(nested: nested, file: file, lineOffset: lineOffset)
        }
    }

    /// Reads a required text value, failing with the file and line when it is missing.
    public func required(_ key: String, fix: String) throws -> String {
        guard let value = try string(key), !value.isEmpty else {
            throw ContentError(file: file, line: firstLine, problem: "has no `\(key)`", fix: fix)
        }
        return value
    }

    /// The line where this block starts (the mapping's first key), for messages about missing keys.
    public var firstLine: Int {
        mapping?.keys.first.flatMap(lineOf) ?? max(1, lineOffset)
    }

    private init(nested: Node.Mapping, file: String, lineOffset: Int) {
        self.file = file
        self.lineOffset = lineOffset
        self.mapping = nested
        values = Self.values(of: nested)
        self.body = ""
        self.bodyLine = 1
    }

    /// The 1-based line in the file where a key is written, for messages about its value.
    public func line(of key: String) -> Int? {
        values[key].flatMap(lineOf)
    }

    /// The 1-based line where a key itself is written (for a block value, the line before the
    /// value starts), for messages about the key.
    public func keyLine(of key: String) -> Int? {
        mapping?.first { $0.key.scalar?.string == key }.flatMap { lineOf($0.key) }
    }

    /// All keys present, in file order.
    public var keys: [String] {
        mapping?.keys.compactMap { $0.scalar?.string } ?? []
    }

    private func lineOf(_ node: Node) -> Int? {
        node.mark.map { $0.line + lineOffset }
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        case .duplicatedKeysInMapping(_, let context):
            return context.mark.line
        default:
            return nil
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(_, let problem, _, _), .parser(_, let problem, _, _), .composer(_, let problem, _, _):
            return problem
        case .duplicatedKeysInMapping(let duplicates, _):
            return "duplicate keys: \(duplicates.joined(separator: ", "))"
        default:
            return "\(error)"
        }
    }
}

extension Substring {
    fileprivate func trimmingTrailingWhitespace() -> Substring {
        var end = endIndex
        while end > startIndex, let last = self[..<end].last, last == " " || last == "\t" || last == "\r" {
            end = index(before: end)
        }
        return self[..<end]
    }
}

/// The tag the default resolver gives each key text, remembered: front matter has a few dozen key
/// texts, each resolved by trying the resolver's patterns in turn. Also the positions Yams gives
/// nodes (which only Yams can make), for `PlainFrontMatter`.
final class KeyTags: @unchecked Sendable {
    static let shared = KeyTags()
    private let lock = NSLock()
    private var names: [String: String] = [:]
    private var marks: [Int: Mark] = [:]
    /// The constructor every tag of `PlainFrontMatter` refers to: `Constructor.default` builds a
    /// new one (three tables) on every use, and a tag made without one would build it per node.
    /// No accessor constructs values through it; it is never changed once made.
    private let constructor = Constructor.default

    /// A tag as Yams's composer makes it with the default resolver and constructor.
    func tag(_ name: Tag.Name) -> Tag {
        Tag(name, .default, constructor)
    }

    /// The mark of a node at a 1-based line and column, as Yams makes it: taken once from Yams
    /// composing a scalar written at that place.
    func mark(line: Int, column: Int) -> Mark? {
        guard line > 0, column > 0, line < 10_000, column < 10_000 else { return nil }
        let key = line * 10_000 + column
        if let mark = lock.withLock({ marks[key] }) { return mark }
        let yaml = String(repeating: "\n", count: line - 1) + String(repeating: " ", count: column - 1) + "a"
        guard let mark = (try? Yams.compose(yaml: yaml, .default, .default, .utf8))?.mark,
            mark.line == line, mark.column == column
        else { return nil }
        lock.withLock { marks[key] = mark }
        return mark
    }

    func name(of key: String) -> String {
        if let name = lock.withLock({ names[key] }) { return name }
        let name = Resolver.default.resolveTag(of: Node(key)).rawValue
        lock.withLock { names[key] = name }
        return name
    }
}
