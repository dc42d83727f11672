/// Text primitives for Japanese government documents that were flattened from PDF to text.
///
/// Every function works on one field or one run of prose at a time. None of them applies NFKC,
/// because NFKC also rewrites characters the documents use on purpose: circled numbers (①),
/// Roman numerals (Ⅱ), parenthesised ideographs (㈱) and the wave dash.
public enum JapaneseText {}

extension JapaneseText {
    /// The usual clean-up for a name or address field: trimmed, width folded, stand-in glyphs
    /// replaced and spaced-out letters closed up. `" 北 海 道"` → `北海道`,
    /// `品川区中延二丁目15番5号 酒井ﾋﾞﾙ2階` → `品川区中延二丁目15番5号 酒井ビル2階`.
    ///
    /// Spaces between words are kept; use ``matchKey(_:)`` to compare.
    public static func normalizeName(_ s: String) -> String {
        collapseSpacedName(normalizeCharacters(foldWidth(s)).trimmingAllWhitespace())
    }

    /// A key for exact comparison of labels: width folded, glyphs normalised and every kind of
    /// whitespace removed, so `北 海 道`, `北海道 ` and `⾼知県` compare equal to their plain forms.
    ///
    /// Use it to compare labels, never to display them.
    public static func matchKey(_ s: String) -> String {
        normalizeCharacters(foldWidth(s)).removingAllWhitespace()
    }
}
