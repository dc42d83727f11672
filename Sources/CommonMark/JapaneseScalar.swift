/// Classifies characters that are set without spaces between them in Japanese text.
enum JapaneseScalar {
    /// True for kana, CJK ideographs, full-width forms and CJK punctuation.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3000...0x303F,  // CJK symbols and punctuation
            0x3040...0x30FF,  // hiragana, katakana
            0x31F0...0x31FF,  // katakana phonetic extensions
            0x3400...0x4DBF,  // CJK extension A
            0x4E00...0x9FFF,  // CJK unified ideographs
            0xF900...0xFAFF,  // CJK compatibility ideographs
            0xFF01...0xFF60,  // full-width forms
            0x20000...0x2FFFF:  // CJK extensions B and later
            return true
        default:
            return false
        }
    }
}
