import Yams

/// Front matter in the shape nearly every page has, `key: value` lines whose values are single
/// words or double-quoted text without escapes, read without Yams into the very nodes Yams composes
/// from it (text, tag, style and line and column of every key and value).
///
/// Yams runs libyaml's scanner, parser and composer and builds tag objects for each file, which
/// cost about a twentieth of a build of a large site. Anything outside the shape (comments, blank
/// lines, lists, nested keys, escapes, a key YAML reads as other than text, a repeated key) is left
/// to Yams; every debug build (the tests, the fuzz suite) checks each result against Yams's.
enum PlainFrontMatter {
    /// The mapping Yams would compose from `yaml`, or nil when `yaml` is outside the shape.
    static func mapping(_ yaml: String) -> Node.Mapping? {
        var yaml = yaml
        let pairs: [(Node, Node)]? = yaml.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var pairs: [(Node, Node)] = []
            var keys: Set<String> = []
            var line = 1
            var start = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                guard let (key, value) = pair(UnsafeBufferPointer(rebasing: bytes[start..<end]), line: line),
                    keys.insert(key.string).inserted
                else { return nil }
                pairs.append((.scalar(key), .scalar(value)))
                line += 1
                start = end + 1
            }
            return pairs
        }
        guard let pairs, let first = pairs.first?.0.mark else { return nil }
        return Node.Mapping(pairs, KeyTags.shared.tag(.implicit), .any, first)
    }

    /// One `key: value` line: the key's and the value's scalars, or nil.
    private static func pair(_ line: UnsafeBufferPointer<UInt8>, line number: Int) -> (Node.Scalar, Node.Scalar)? {
        var index = 0
        while index < line.count, isKeyByte(line[index], first: index == 0) { index += 1 }
        guard index > 0, index <= 64, index + 2 < line.count, line[index] == UInt8(ascii: ":"),
            line[index + 1] == UInt8(ascii: " ")
        else { return nil }
        let key = String(decoding: UnsafeBufferPointer(rebasing: line[..<index]), as: UTF8.self)
        // A key such as `yes` or `null` is read by YAML as a flag or nothing, not as text.
        guard KeyTags.shared.name(of: key) == Tag.Name.str.rawValue,
            let keyMark = KeyTags.shared.mark(line: number, column: 1),
            let valueMark = KeyTags.shared.mark(line: number, column: index + 3)
        else { return nil }
        let keyScalar = Node.Scalar(key, KeyTags.shared.tag(.str), .plain, keyMark)
        let value = UnsafeBufferPointer(rebasing: line[(index + 2)...])
        if value[0] == UInt8(ascii: "\"") {
            guard value.count >= 2, value[value.count - 1] == UInt8(ascii: "\"") else { return nil }
            let inner = UnsafeBufferPointer(rebasing: value[1..<(value.count - 1)])
            guard !inner.contains(UInt8(ascii: "\"")), !inner.contains(UInt8(ascii: "\\")),
                let text = plainText(inner)
            else { return nil }
            return (keyScalar, Node.Scalar(text, KeyTags.shared.tag(.str), .doubleQuoted, valueMark))
        }
        guard value[0] >= 0x80 || isWordByte(value[0], first: true), value.allSatisfy({ $0 >= 0x80 || isWordByte($0, first: false) }),
            let text = plainText(value)
        else { return nil }
        return (keyScalar, Node.Scalar(text, KeyTags.shared.tag(.implicit), .plain, valueMark))
    }

    /// Letters, digits and `_` (and `-` after the first), the keys YAML reads as they are written.
    private static func isKeyByte(_ byte: UInt8, first: Bool) -> Bool {
        isLetterOrDigit(byte) && !(first && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
            || (!first && byte == UInt8(ascii: "-"))
    }

    /// A plain value starts with a letter, a digit or non-ASCII text and holds letters, digits,
    /// `_ . / -` and non-ASCII text: no space, `:` or `#` ends or comments it, no indicator (all
    /// ASCII) starts it.
    private static func isWordByte(_ byte: UInt8, first: Bool) -> Bool {
        isLetterOrDigit(byte)
            || (!first && (byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "/") || byte == UInt8(ascii: "-")))
    }

    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// The bytes as text when every scalar is one YAML keeps as it is on one line: printable, not
    /// a tab, not a line break of YAML 1.1 (U+0085, U+2028, U+2029), not a byte-order mark.
    private static func plainText(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        let text = String(decoding: bytes, as: UTF8.self)
        guard bytes.allSatisfy({ $0 >= 0x20 && $0 != 0x7F })
            && text.unicodeScalars.allSatisfy({ scalar in
                switch scalar.value {
                case 0x20...0x7E, 0xA0...0x2027, 0x202A...0xD7FF, 0xE000...0xFEFE, 0xFF00...0xFFFD, 0x10000...0x10FFFF: true
                default: false
                }
            })
        else { return nil }
        return text
    }

    /// Whether `mapping` reads `yaml` as Yams does: the debug builds' check, and the tests'.
    static func matchesYams(_ yaml: String) -> Bool {
        guard let plain = mapping(yaml) else { return true }
        return (try? Yams.compose(yaml: yaml, .default, .default, .utf8)?.mapping).map { same(plain, $0) } == true
    }

    /// Whether two mappings are the same node for node, compared without resolving any tag (which
    /// would change the nodes): the debug builds' check of `mapping`.
    private static func same(_ a: Node.Mapping, _ b: Node.Mapping) -> Bool {
        func same(_ a: Node, _ b: Node) -> Bool {
            guard let x = a.scalar, let y = b.scalar else { return false }
            return x.string == y.string && x.tag.description == y.tag.description && x.style == y.style
                && x.mark?.line == y.mark?.line && x.mark?.column == y.mark?.column
        }
        return a.count == b.count && zip(a, b).allSatisfy { same($0.key, $1.key) && same($0.value, $1.value) }
            && a.tag.description == b.tag.description && a.style == b.style && a.mark?.line == b.mark?.line
            && a.mark?.column == b.mark?.column
    }
}
