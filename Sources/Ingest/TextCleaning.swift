import Foundation
import Japanese

/// Text clean-up shared by the readers: glyph normalisation, spaced-out names and Markdown escaping.
enum TextCleaning {
    /// Normalises glyphs and collapses spaced-out names; spacing and width otherwise untouched.
    static func clean(_ line: String) -> String {
        JapaneseText.collapseSpacedName(JapaneseText.normalizeCharacters(line))
    }

    /// A leading item number and the character after it; compiled once (see ``Enumerators``).
    nonisolated(unsafe) static let itemLabel = #/((?:[IVXⅠ-Ⅻ]+-)?[0-9]{1,2}(?:-[0-9]{1,2})*) (\S)/#

    /// Cleans a line of running prose: also drops the padding spaces the converter put around
    /// half-width numbers inside Japanese text (`令和元年 12 月` → `令和元年12月`).
    ///
    /// A leading item number keeps its space (`1 年度が替わっても…`, `II-2 財務の健全性`): there
    /// the space separates a label from the text, and closing it up would change the meaning.
    static func cleanProse(_ line: String) -> String {
        let text = clean(line).trimmingSpaces()
        if let label = text.prefixMatch(of: itemLabel),
            !"日時分秒人件円歳回名箇か所万億千百%％".contains(label.2)
        {
            let rest = text[label.range.upperBound...]
            return String(label.1) + " " + JapaneseText.tightenNumberSpacing(String(label.2) + rest)
        }
        return JapaneseText.tightenNumberSpacing(text)
    }

    /// Cleans one row of a flattened table: closes up spaced-out names only where the result is a
    /// prefecture, a designated city or a municipality, so separate one-character column labels
    /// (`男 女`) stay apart.
    static func cleanRow(_ line: String) -> String {
        let text = JapaneseText.normalizeCharacters(line)
        guard text.contains(" ") else { return text }
        let parts = text.components(separatedBy: " ")
        var out: [String] = []
        var index = 0
        while index < parts.count {
            var end = index
            while end < parts.count, parts[end].count == 1, let c = parts[end].first, isCJK(c) { end += 1 }
            let joined = parts[index..<end].joined()
            if end - index >= 2, PrefectureResolver.resolve(joined) != nil || "都道府県市区町村".contains(joined.last ?? " ") {
                out.append(joined)
                index = end
            } else {
                out.append(parts[index])
                index += 1
            }
        }
        return out.joined(separator: " ")
    }

    static func isCJK(_ c: Character) -> Bool {
        guard let scalar = c.unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FA, 0x30FD...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF66...0xFF9F: return true
        default: return false
        }
    }

    static func isHiragana(_ c: Character) -> Bool {
        c.unicodeScalars.first.map { (0x3041...0x309F).contains($0.value) } ?? false
    }

    /// Display width in full-width units: ASCII and half-width katakana count as one half.
    static func width(_ text: String) -> Double {
        text.reduce(0) { total, c in
            guard let value = c.unicodeScalars.first?.value else { return total }
            return total + ((value < 0x2000 || (0xFF61...0xFF9F).contains(value)) ? 0.5 : 1)
        }
    }

    /// A leading `1.` or `1)` that Markdown would read as a list; compiled once.
    nonisolated(unsafe) static let listNumber = /^\d+[.)]/

    /// Escapes characters that Markdown would read as markup, so source text stays text.
    static func escapeMarkdown(_ text: String) -> String {
        var out = ""
        for c in text {
            if "\\*_`<[]|".contains(c) { out.append("\\") }
            out.append(c)
        }
        if let first = out.first, "#>-+=".contains(first) { return "\\" + out }
        if let match = out.prefixMatch(of: listNumber) { return out.replacingCharacters(in: match.range, with: out[match.range].dropLast() + "\\" + String(out[match.range].last ?? ".")) }
        return out
    }

    /// Text with whitespace and Markdown escapes removed, for comparing output with source.
    static func squash(_ text: String) -> String {
        String(text.unicodeScalars.filter { !CharacterSet.whitespacesAndNewlines.contains($0) && $0 != "\\" }.map(Character.init))
    }
}
