/// Text primitives for Japanese government documents that were flattened from PDF to text.
///
/// Every function works on one field or one run of prose at a time. None of them applies NFKC,
/// because NFKC also rewrites characters the documents use on purpose: circled numbers (①),
/// Roman numerals (Ⅱ), parenthesised ideographs (㈱) and the wave dash.
public enum JapaneseText {}

extension JapaneseText {
    /// A key for exact comparison of labels: width folded, glyphs normalised and every kind of
    /// whitespace removed, so `北 海 道`, `北海道 ` and `⾼知県` compare equal to their plain forms.
    ///
    /// Use it to compare labels, never to display them.
    public static func matchKey(_ s: String) -> String {
        normalizeCharacters(foldWidth(s)).removingAllWhitespace()
    }
}
