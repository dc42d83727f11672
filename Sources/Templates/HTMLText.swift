import Mustache

/// The escaping of `{{value}}` in Shiryo's templates: the same characters as Mustache's own HTML
/// escaping, worked out on UTF-8 bytes.
///
/// Mustache escapes Character by Character through a dictionary, which cost about a twentieth of a
/// portal build; here text without `&<>"'` is returned as it is, and other text is copied byte by
/// byte. A special character that a Character joins with the scalar before or after it (a combining
/// mark after `<`, say) is not that character to Mustache and stays unescaped there; such rare text
/// goes the Character way, so the output is the same in every case.
struct HTMLText: MustacheContentType {
    /// The name the templates' content-type pragma refers to.
    static let name = "SHIRYO_HTML"
    /// Prepended to every template; a pragma alone on its line leaves no text behind.
    static let pragma = "{{% CONTENT_TYPE: \(name)}}\n"

    func escapeText(_ text: String) -> String {
        var text = text
        let escaped: String?? = text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count, !Self.isSpecial(bytes[index]) { index += 1 }
            guard index < bytes.count else { return .some(nil) }
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 32)
            out.append(contentsOf: bytes[0..<index])
            while index < bytes.count {
                let byte = bytes[index]
                guard Self.isSpecial(byte) else {
                    out.append(byte)
                    index += 1
                    continue
                }
                let joinsBefore = index > 0 && bytes[index - 1] >= 0x80
                let joinsAfter = index + 1 < bytes.count && bytes[index + 1] >= 0x80
                if joinsBefore || joinsAfter { return nil }
                out.append(contentsOf: Self.replacement(byte).utf8)
                index += 1
            }
            return .some(String(decoding: out, as: UTF8.self))
        }
        switch escaped {
        case .some(.some(let result)): return result
        case .some(.none): return text
        case .none: return Self.escapeCharacters(text)
        }
    }

    @inline(__always)
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "\"")
            || byte == UInt8(ascii: "'")
    }

    private static func replacement(_ byte: UInt8) -> String {
        switch byte {
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "\""): "&quot;"
        default: "&#39;"
        }
    }

    /// Mustache's own rule, Character by Character.
    private static func escapeCharacters(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
