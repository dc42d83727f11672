/// Rough text widths for layout. Without a font engine we estimate: full-width characters take
/// one em, digits and Latin letters a bit over half, narrow punctuation less. Estimates err wide
/// so labels do not collide.
enum TextMetrics {
    static func width(_ text: String, fontSize: Double) -> Double {
        var ems = 0.0
        for scalar in text.unicodeScalars {
            switch scalar.value {
            case 0x20, 0x2C, 0x2E, 0x3A, 0x3B, 0x27, 0x7C, 0x69, 0x6C: ems += 0.35
            case 0x21...0x7E: ems += 0.62
            case 0xFF61...0xFF9F: ems += 0.55
            default: ems += 1.0
            }
        }
        return ems * fontSize
    }

    /// The widest line of a possibly multi-line label.
    static func widestLine(_ text: String, fontSize: Double) -> Double {
        text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { width(String($0), fontSize: fontSize) }
            .max() ?? 0
    }
}

extension TextMetrics {
    /// Breaks text into lines no wider than `width`, between any two characters as Japanese
    /// allows, keeping closing punctuation (、。）」 …) on the line it closes. Explicit `\n` breaks
    /// are kept.
    static func wrap(_ text: String, fontSize: Double, width: Double) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for character in paragraph {
                let candidate = line + String(character)
                if !line.isEmpty, Self.width(candidate, fontSize: fontSize) > width, !closing.contains(character) {
                    // A number or a Latin word is not split (2020 stays whole), and an opening
                    // bracket moves down with the text it opens.
                    var carried = ""
                    if isWordCharacter(character) {
                        let run = line.reversed().prefix { isWordCharacter($0) }.count
                        if run < line.count {
                            carried = String(line.suffix(run))
                            line.removeLast(run)
                        }
                    }
                    while let last = line.last, opening.contains(last), line.count > 1 {
                        carried = String(last) + carried
                        line.removeLast()
                    }
                    lines.append(line)
                    line = carried + String(character)
                } else {
                    line = candidate
                }
            }
            lines.append(line)
        }
        return lines
    }

    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "." || character == ",")
    }

    private static let closing: Set<Character> = ["、", "。", "）", "」", "』", "，", "．", ")", "・", "ー"]
    private static let opening: Set<Character> = ["（", "「", "『", "(", "【"]
}
