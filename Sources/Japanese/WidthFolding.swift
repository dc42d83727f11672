extension JapaneseText {
    /// Whether `foldWidth` changes a scalar: full-width ASCII forms, the ideographic space and
    /// half-width katakana.
    private static func isFolded(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0xFF01...0xFF5D, 0x3000, 0xFF61...0xFF9F: true
        default: false
        }
    }

    /// Folds character width the way a Japanese reader expects, without touching anything else.
    ///
    /// - Full-width ASCII (U+FF01–U+FF5D: `１２３`, `ＡＢＣ`, `（）`, `，`, `．`, `－`) becomes ASCII.
    /// - The ideographic space U+3000 becomes an ASCII space.
    /// - Half-width katakana (U+FF61–U+FF9F) becomes full-width katakana, with a following
    ///   half-width sound mark composed into the kana: `ﾋﾞﾙ` → `ビル`, `ﾊﾟ` → `パ`.
    ///
    /// `～` (U+FF5E) is kept: in Japanese text it is the wave dash of ranges (`～30'`), not a tilde.
    /// Circled numbers, Roman numerals, `㈱`, `○` and `△` are kept as well, which is why this is not NFKC.
    public static func foldWidth(_ s: String) -> String {
        // Most text holds nothing to fold; it is returned as it is rather than rebuilt.
        guard s.unicodeScalars.contains(where: isFolded) else { return s }
        var out = String.UnicodeScalarView()
        let scalars = Array(s.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar.value {
            case 0xFF01...0xFF5D:
                out.append(Unicode.Scalar(scalar.value - 0xFEE0) ?? scalar)
            case 0x3000:
                out.append(" ")
            case 0xFF61...0xFF9F:
                var kana = halfWidthKatakana[Int(scalar.value - 0xFF61)]
                if index < scalars.count, let marked = applySoundMark(scalars[index], to: kana) {
                    kana = marked
                    index += 1
                }
                out.append(kana)
            default:
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// U+FF61–U+FF9F in order; the last two are the spacing sound marks ゛ and ゜, used when a
    /// half-width mark follows something it cannot combine with.
    private static let halfWidthKatakana: [Unicode.Scalar] = Array(
        "。「」、・ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン゛゜"
            .unicodeScalars
    )

    /// カ…ト and ハ…ホ, whose voiced form (ガ, バ …) is the next code point.
    private static let voiceable: Set<UInt32> = [
        0x30AB, 0x30AD, 0x30AF, 0x30B1, 0x30B3, 0x30B5, 0x30B7, 0x30B9, 0x30BB, 0x30BD,
        0x30BF, 0x30C1, 0x30C4, 0x30C6, 0x30C8, 0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB,
    ]

    /// ハ…ホ, whose semi-voiced form (パ …) is two code points on.
    private static let semiVoiceable: Set<UInt32> = [0x30CF, 0x30D2, 0x30D5, 0x30D8, 0x30DB]

    /// The kana with the sound mark applied, or nil when `mark` is not a half-width sound mark
    /// or the kana does not take it.
    private static func applySoundMark(_ mark: Unicode.Scalar, to kana: Unicode.Scalar) -> Unicode.Scalar? {
        let value = kana.value
        switch mark.value {
        case 0xFF9E:
            if voiceable.contains(value) { return Unicode.Scalar(value + 1) }
            switch value {
            case 0x30A6: return "ヴ"
            case 0x30EF: return "ヷ"
            case 0x30F2: return "ヺ"
            default: return nil
            }
        case 0xFF9F:
            return semiVoiceable.contains(value) ? Unicode.Scalar(value + 2) : nil
        default:
            return nil
        }
    }
}
