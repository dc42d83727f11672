import Foundation
import Mustache

/// Template syntax errors in words, with what to write instead: the parser's own names
/// (`unfinishedName`) say nothing to someone editing a template.
enum TemplateSyntax {
    /// The first tag written with a space between `{{` and its sigil (`{{ > partials/head }}`,
    /// `{{ #items}}`), which Mustache reads as a variable name it cannot parse: its 1-based line,
    /// the tag as written and the tag as it should be.
    static func spacedSigil(_ text: String) -> (line: Int, written: String, meant: String)? {
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                let after = rest[open.upperBound...]
                let trimmed = after.drop { $0 == " " || $0 == "\t" }
                rest = after
                guard trimmed.startIndex != after.startIndex, let sigil = trimmed.first, ">#^/<$!&".contains(sigil),
                    let close = trimmed.range(of: "}}")
                else { continue }
                let name = trimmed[trimmed.index(after: trimmed.startIndex)..<close.lowerBound].trimmingCharacters(in: .whitespaces)
                return (index + 1, "{{" + after[..<close.upperBound], "{{\(sigil)\(sigil == ">" || sigil == "<" || sigil == "!" ? " " : "")\(name)}}")
            }
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
