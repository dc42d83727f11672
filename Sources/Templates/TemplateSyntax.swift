import Foundation
import Mustache

/// Template syntax errors in words, with what to write instead: the parser's own names
/// (`unfinishedName`) say nothing to someone editing a template.
enum TemplateSyntax {
    /// The first tag written with a space between `{{` and its sigil (`{{ > partials/head }}`,
    /// `{{ #items}}`), which Mustache reads as a variable name it cannot parse: its 1-based line,
    /// the tag as written and the tag as it should be.
    static func spacedSigil(_ text: String) -> (line: Int, written: String, meant: String)? {
        for tag in TemplateTags.all(in: text) where tag.spaced {
            guard let sigil = tag.inner.first, ">#^/<$!&".contains(sigil) else { continue }
            let name = tag.inner.dropFirst().trimmingCharacters(in: .whitespaces)
            let gap = sigil == ">" || sigil == "<" || sigil == "!" ? " " : ""
            return (tag.line, "{{" + tag.written + "}}", "{{\(sigil)\(gap)\(name)}}")
        }
        return nil
    }

    /// What a parser error means, in words.
    static func words(_ error: any Error) -> (problem: String, fix: String) {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?:
            return ("a {{/name}} closes a section other than the one that is open",
                "close sections in the reverse order they were opened, with the same name")
        case .expectedSectionEnd?:
            return ("a section opened with {{#name}}, {{^name}} or {{$name}} is never closed",
                "add the matching {{/name}}")
        case .invalidSetDelimiter?:
            return ("a set-delimiter tag is badly formed", "write it as {{=<% %>=}}: two delimiters, a space between them")
        case .unfinishedName?:
            return ("a tag is not closed, or its name has characters a name cannot have",
                "close every tag with }} and use letters, digits, - _ . / in names, e.g. {{title}} or {{> partials/head}}")
        default:
            return ("Mustache syntax error (\(error))", "check that every {{#section}} and {{^section}} has a matching {{/section}}")
        }
    }
}

/// The `{{…}}` tags of a template, found in one pass over its bytes: a search per tag through
/// Foundation bridged the whole text each time, and a template of 150,000 tags on one line took
/// minutes (the fuzz suite found it).
enum TemplateTags {
    struct Tag {
        /// 1-based line of the `{{`.
        let line: Int
        /// Everything between `{{` and `}}`.
        let written: String
        /// `written` without the blanks after `{{`.
        let inner: String
        /// Whether blanks followed `{{`.
        let spaced: Bool
    }

    /// Tags that close on the line they open on, in text order.
    static func all(in text: String) -> [Tag] {
        let bytes = Array(text.utf8)
        var tags: [Tag] = []
        var line = 1
        var index = 0
        while index + 1 < bytes.count {
            let byte = bytes[index]
            if byte == 0x0A { line += 1 }
            guard byte == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{") else {
                index += 1
                continue
            }
            let start = index + 2
            var end = start
            while end + 1 < bytes.count, bytes[end] != 0x0A, !(bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}")) {
                end += 1
            }
            guard end + 1 < bytes.count, bytes[end] == UInt8(ascii: "}") else {
                // No `}}` before the line ends: no later `{{` on this line closes either.
                index = end
                continue
            }
            var innerStart = start
            while innerStart < end, bytes[innerStart] == 0x20 || bytes[innerStart] == 0x09 { innerStart += 1 }
            tags.append(
                Tag(
                    line: line, written: String(decoding: bytes[start..<end], as: UTF8.self),
                    inner: String(decoding: bytes[innerStart..<end], as: UTF8.self), spaced: innerStart > start))
            index = end + 2
        }
        return tags
    }
}
