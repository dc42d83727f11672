/// Character classes shared by the text primitives. They work on Unicode scalars rather than
/// `Character` because half-width sound marks (U+FF9E/U+FF9F) and combining marks join the
/// preceding grapheme, which would hide them from a per-`Character` scan.
enum CharacterClass {
    /// Spaces that separate tokens in the flattened documents: ASCII space, tab, no-break space
    /// (seed 003 pads cells with U+00A0) and the ideographic space U+3000.
    static func isInlineSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0xA0, 0x3000: true
        default: false
        }
    }

    /// Any whitespace a line edge may carry, including line breaks and the rarer Unicode spaces.
    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        isInlineSpace(scalar) || scalar.properties.isWhitespace || scalar.value == 0xFEFF
    }

    /// Han ideographs, including the iteration and closing marks 々 〆 〇 that behave like them.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3005, 0x3006, 0x3007,
             0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF,
             0x20000...0x3FFFF:
            true
        default:
            false
        }
    }

    /// Hiragana and katakana, full-width only (half-width katakana is folded before it matters).
    static func isKana(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3041...0x3096, 0x309D...0x309F, 0x30A1...0x30FA, 0x30FC...0x30FF, 0x31F0...0x31FF:
            true
        default:
            false
        }
    }

    /// Characters written without spaces between them in Japanese running text.
    static func isCJK(_ scalar: Unicode.Scalar) -> Bool {
        isIdeograph(scalar) || isKana(scalar)
    }

    /// Japanese punctuation and brackets, which never take a space next to them either.
    static func isCJKPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3001...0x3004, 0x3008...0x3011, 0x3014...0x301F, 0x30FB, 0xFF01...0xFF0F,
             0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
            true
        default:
            false
        }
    }

    static func isASCIIDigit(_ scalar: Unicode.Scalar) -> Bool {
        (0x30...0x39).contains(scalar.value)
    }

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// Letters and digits of Latin script, the characters of a "word" that needs a space
    /// before the next word.
    static func isLatinWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        isASCIIDigit(scalar) || isASCIILetter(scalar)
            || ((0xC0...0x24F).contains(scalar.value) && scalar.value != 0xD7 && scalar.value != 0xF7)
    }
}

extension String {
    /// The string without leading and trailing whitespace of any kind (ASCII, U+3000, U+00A0).
    func trimmingAllWhitespace() -> String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !CharacterClass.isWhitespace($0) }),
              let last = scalars.lastIndex(where: { !CharacterClass.isWhitespace($0) })
        else { return "" }
        return String(scalars[first...last])
    }

    /// The string with every whitespace character removed.
    func removingAllWhitespace() -> String {
        guard unicodeScalars.contains(where: CharacterClass.isWhitespace) else { return self }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: unicodeScalars.lazy.filter { !CharacterClass.isWhitespace($0) })
        return String(view)
    }
}
