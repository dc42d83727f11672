extension JapaneseText {
    /// Joins the wrapped lines of one paragraph of Japanese prose.
    ///
    /// Each line is trimmed of leading and trailing whitespace (ASCII, U+3000, U+00A0) and empty
    /// lines are dropped. Lines are then joined with nothing between them, because the converter
    /// breaks lines mid-word (`認` / `知症…`). A single space is put back only where the break
    /// falls between two pieces of Latin-script text (`Dementia` / `Friendly`), and never inside
    /// a URL, which the source also breaks mid-token (`…/kaigo_koureis` / `ha/ninchi/index.html`).
    public static func joinProse(_ lines: [String]) -> String {
        var result = ""
        for line in lines {
            let trimmed = line.trimmingAllWhitespace()
            guard !trimmed.isEmpty else { continue }
            if needsSpace(after: result, before: trimmed) {
                result.append(" ")
            }
            result.append(trimmed)
        }
        return result
    }

    /// Removes the spaces the converter pads around half-width numbers in prose:
    /// `令和元年 12 月 27 日` → `令和元年12月27日`, `1,382 市町村` → `1,382市町村`,
    /// `1, 861世帯` → `1,861世帯`.
    ///
    /// Only spaces between an ASCII digit and a CJK character (or Japanese punctuation), and
    /// spaces after a thousands comma, are removed; spaces between Latin words or between two
    /// numbers stay, since those may separate values.
    public static func tightenNumberSpacing(_ s: String) -> String {
        let scalars = Array(s.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard isPadding(scalar) else {
                out.append(scalar)
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isPadding(scalars[end]) { end += 1 }
            let before = index > 0 ? scalars[index - 1] : nil
            let after = end < scalars.count ? scalars[end] : nil
            if let before, let after, isNumberPadding(before: before, after: after, in: scalars, gap: index..<end) {
                // The padding is dropped.
            } else {
                out.append(contentsOf: scalars[index..<end])
            }
            index = end
        }
        return String(out)
    }

    private static func isPadding(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar.value == 0xA0
    }

    private static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isCJK(scalar) || CharacterClass.isCJKPunctuation(scalar)
    }

    private static func isNumberPadding(
        before: Unicode.Scalar, after: Unicode.Scalar, in scalars: [Unicode.Scalar], gap: Range<Int>
    ) -> Bool {
        let digitBefore = CharacterClass.isASCIIDigit(before) || before == "%"
        let digitAfter = CharacterClass.isASCIIDigit(after)
        if digitBefore && isJapanese(after) { return true }
        if isJapanese(before) && digitAfter { return true }
        // `1, 861`: a digit, a comma, the gap, then exactly three digits.
        guard before == ",", digitAfter, gap.lowerBound >= 2,
              CharacterClass.isASCIIDigit(scalars[gap.lowerBound - 2]),
              gap.upperBound + 3 <= scalars.count
        else { return false }
        let group = scalars[gap.upperBound..<gap.upperBound + 3]
        let closed = gap.upperBound + 3 == scalars.count || !CharacterClass.isASCIIDigit(scalars[gap.upperBound + 3])
        return closed && group.allSatisfy(CharacterClass.isASCIIDigit)
    }

    /// Whether two joined lines need a space: both sides are Latin text and the text so far
    /// does not end inside a URL. Only the last token of `text` is examined, so joining a long
    /// paragraph stays linear.
    private static func needsSpace(after text: String, before next: String) -> Bool {
        guard let first = next.unicodeScalars.first else { return false }
        let lastToken = Array(text.unicodeScalars.reversed().prefix { !CharacterClass.isWhitespace($0) }.reversed())
        guard let last = lastToken.last else { return false }
        let latinStart = CharacterClass.isLatinWordCharacter(first) || first == "("
        guard latinStart else { return false }
        if !CharacterClass.isLatinWordCharacter(last) {
            // Punctuation ends an English clause only when Latin text precedes it.
            guard ",.;:!?)".unicodeScalars.contains(last), lastToken.count >= 2,
                  CharacterClass.isLatinWordCharacter(lastToken[lastToken.count - 2])
            else { return false }
        }
        let token = String(String.UnicodeScalarView(lastToken))
        return !(token.contains("://") || token.hasPrefix("www.") || token.contains("@"))
    }
}
