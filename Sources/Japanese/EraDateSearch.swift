/// A date found inside a longer text.
public struct EraDateMatch: Sendable, Hashable {
    /// Where the date is written in the text searched.
    public let range: Range<String.Index>
    /// The date.
    public let date: EraDate
}

extension EraDate {
    /// Every date written in a piece of text, left to right: `令和２年２月現在` gives 2020-02,
    /// `2019年10月6日結成` gives 2019-10-06, `設置数：全国に456か所（令和元年１１月現在…）` gives 2019-11.
    ///
    /// At each place a date can start, the longest span that ``parse(_:contextEra:)`` accepts is
    /// taken. A date never starts right after a letter or digit, never ends right before a digit,
    /// and never starts inside a path or URL, so `MS2`, `1,382` and `t_h29SOS_guide.pdf` produce
    /// nothing. Bare era years (`30年度`) are found only with a `contextEra`.
    public static func matches(in text: String, contextEra: Era? = nil) -> [EraDateMatch] {
        let characters = Array(text.indices)
        var found: [EraDateMatch] = []
        var position = 0
        while position < characters.count {
            guard canStartDate(in: text, at: characters[position]) else {
                position += 1
                continue
            }
            if let match = longestDate(in: text, startingAt: position, indices: characters, contextEra: contextEra) {
                found.append(match.match)
                position = match.end
            } else {
                position += 1
            }
        }
        return found
    }

    /// Spans longer than this are never dates (the longest form, `2019年（令和元年）12月31日`
    /// spaced out by the converter, stays well below it).
    private static let longestDateLength = 32

    private static func canStartDate(in text: String, at index: String.Index) -> Bool {
        let character = text[index]
        if index > text.startIndex {
            let previous = text[text.index(before: index)]
            if isLetterOrDigit(previous) || "_/.@=&?#%~".contains(previous) { return false }
        }
        if isLetterOrDigit(character) { return true }
        return "明大昭平令㍾㍽㍼㍻㋿元".contains(character)
    }

    private static func isLetterOrDigit(_ character: Character) -> Bool {
        let folded = JapaneseText.foldWidth(String(character))
        return folded.unicodeScalars.allSatisfy { CharacterClass.isASCIIDigit($0) || CharacterClass.isASCIILetter($0) }
    }

    private static func longestDate(
        in text: String, startingAt start: Int, indices: [String.Index], contextEra: Era?
    ) -> (match: EraDateMatch, end: Int)? {
        let limit = min(indices.count, start + longestDateLength)
        var end = limit
        while end > start {
            let upper = end < indices.count ? indices[end] : text.endIndex
            let candidate = text[indices[start]..<upper]
            let followedByDigit = end < indices.count && text[indices[end]].isASCIIDigitCharacter
            if !followedByDigit, !(candidate.last?.isWhitespace ?? true),
               let date = parse(String(candidate), contextEra: contextEra) {
                return (EraDateMatch(range: indices[start]..<upper, date: date), end)
            }
            end -= 1
        }
        return nil
    }
}
