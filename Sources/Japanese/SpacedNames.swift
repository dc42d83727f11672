extension JapaneseText {
    /// Closes up names the PDF converter spaced out letter by letter: `北 海 道` → `北海道`,
    /// `東　京　都` → `東京都`, `1 北 海 道 島田脳神経外科` → `1 北海道 島田脳神経外科`.
    ///
    /// Only runs of two or more tokens that are each a single CJK character (kanji or kana),
    /// separated by exactly one ASCII, no-break or ideographic space, are closed up. Everything
    /// else keeps its spacing, so `新 大津市社保協` (a "new" marker before a name), `増 △ 減`
    /// and two-space gaps between columns survive. Apply it to a name field, not to a whole
    /// flattened table row, where `男 女` would be two column headers.
    public static func collapseSpacedName(_ s: String) -> String {
        // A spaced-out name needs a gap; most lines have none and are returned as they are.
        guard hasNameGap(s) else { return s }
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            // A run starts at a single CJK character that begins a token.
            let startsToken = index == 0 || CharacterClass.isWhitespace(scalars[index - 1])
            guard startsToken, isSingleCJKToken(scalars, at: index) else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var run = [scalars[index]]
            var next = index + 1
            while next + 1 < scalars.count, isNameGap(scalars[next]), isSingleCJKToken(scalars, at: next + 1) {
                run.append(scalars[next + 1])
                next += 2
            }
            if run.count >= 2 {
                out.append(contentsOf: run)
                index = next
            } else {
                out.append(scalars[index])
                index += 1
            }
        }
        return String(out)
    }

    /// A single space of the kinds the converter puts between spaced-out characters. Tabs
    /// separate fields, so they never count.
    private static func isNameGap(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0xA0, 0x3000: true
        default: false
        }
    }

    /// Whether the UTF-8 of `s` holds U+0020, U+00A0 (C2 A0) or U+3000 (E3 80 80), the gaps of
    /// `isNameGap`, found without decoding scalars.
    private static func hasNameGap(_ s: String) -> Bool {
        var previous: (UInt8, UInt8) = (0, 0)
        for byte in s.utf8 {
            if byte == 0x20 || (byte == 0xA0 && previous.1 == 0xC2) || (byte == 0x80 && previous == (0xE3, 0x80)) {
                return true
            }
            previous = (previous.1, byte)
        }
        return false
    }

    /// Whether `scalars[index]` is a CJK character standing alone between whitespace (or the
    /// string's ends).
    private static func isSingleCJKToken(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard index < scalars.count, CharacterClass.isCJK(scalars[index]) else { return false }
        let next = index + 1
        return next == scalars.count || CharacterClass.isWhitespace(scalars[next])
    }
}
