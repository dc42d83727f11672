extension EraDate {
    /// Parses a whole field as a date, or returns nil when it is not one.
    ///
    /// Accepted forms (full-width digits and letters are fine, and so are spaces next to a
    /// Japanese character or bracket):
    /// - era name: `令和2年4月1日`, `令和元年`, `平成 21 年 4 月 1 日`, `平成30年度`, `平成元`, `㍻29年`;
    /// - era letter (upper case): `H29.4.1`, `Ｈ29.4．1`, `R2.4`, `Ｒ２.４`, `H21.10月`, `H20年`, `H31.4..1`;
    /// - Western, years 1800–2199: `2020年4月1日`, `2019年度`, `2020/4/1`, `2020-04-01`, `2020(令和2)年`,
    ///   `2025（令和７）年`, `2018（平成30年度）`, `2019年（令和元年）5月`;
    /// - a bare era year, given `contextEra`: `30年度`, `２０年度`, `1年度`, `2年4月`.
    ///
    /// A date written in an era that had already ended (`H31.5.1`) is returned with
    /// ``isEraConsistent`` false rather than rejected, so the caller can report it. A Western
    /// year that contradicts its bracketed era year returns nil. A bare number (`2020`, `30`)
    /// is not a date.
    public static func parse(_ text: String, contextEra: Era? = nil) -> EraDate? {
        var scanner = DateScanner(normalizedDateText(text))
        guard let date = scanner.scanDate(contextEra: contextEra), scanner.isAtEnd else { return nil }
        return date
    }

    /// Width-folded and trimmed, era ligatures spelled out, and the converter's padding removed.
    ///
    /// A space is padding when it touches a Japanese character or a bracket (`平成 21 年`,
    /// `2020 (令和2) 年`). A space between two digits or letters is kept, and then fails the
    /// parse: `0 1 94.4` is three table cells, not the year 0194.
    static func normalizedDateText(_ text: String) -> String {
        var folded = JapaneseText.foldWidth(text).trimmingAllWhitespace()
        for (ligature, name) in [("㍾", "明治"), ("㍽", "大正"), ("㍼", "昭和"), ("㍻", "平成"), ("㋿", "令和")] {
            folded = folded.replacing(ligature, with: name)
        }
        let scalars = Array(folded.unicodeScalars)
        var out = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            guard CharacterClass.isWhitespace(scalars[index]) else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, CharacterClass.isWhitespace(scalars[end]) { end += 1 }
            // Trimming guarantees a neighbour on both sides.
            if isNumeric(scalars[index - 1]) && isNumeric(scalars[end]) {
                out.append(" ")
            }
            index = end
        }
        return String(out)
    }

    private static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        CharacterClass.isASCIIDigit(scalar) || CharacterClass.isASCIILetter(scalar) || ".,/-".unicodeScalars.contains(scalar)
    }
}

/// A cursor over a normalised date string. Each `scan…` method either consumes what it
/// recognises and returns it, or leaves the position unchanged and returns nil.
struct DateScanner {
    private let characters: [Character]
    private var position = 0

    /// Four digits outside this range are a count or a house number (`1044-1`), not a year.
    static let westernYears = 1800...2199

    init(_ text: String) {
        characters = Array(text)
    }

    var isAtEnd: Bool { position == characters.count }

    mutating func scanDate(contextEra: Era?) -> EraDate? {
        let start = position
        if let era = scanEraName() {
            if let date = scanEraBody(era: era, letterForm: false) { return date }
        } else if let era = scanEraLetter() {
            if let date = scanEraBody(era: era, letterForm: true) { return date }
        } else if let year = scanNumber(digits: 4...4) {
            if DateScanner.westernYears.contains(year), let date = scanWesternBody(year: year) { return date }
        } else if let contextEra {
            if let date = scanEraBody(era: contextEra, letterForm: false, requireYearMark: true) { return date }
        }
        position = start
        return nil
    }

    // MARK: - Era forms

    /// After the era: year, then 年度, or 年 with optional month and day, or (letter form)
    /// dotted month and day. `requireYearMark` rejects a bare number when the era came from context.
    private mutating func scanEraBody(era: Era, letterForm: Bool, requireYearMark: Bool = false) -> EraDate? {
        guard let eraYear = scanEraYear() else { return nil }
        if scan("年度") {
            return EraDate(era: era, eraYear: eraYear, isFiscalYear: true)
        }
        if scan("年") {
            let (month, day) = scanMonthDay()
            return EraDate(era: era, eraYear: eraYear, month: month, day: day)
        }
        if letterForm, scanSeparators() {
            guard let month = scanNumber(digits: 1...2) else { return nil }
            if scan("月") {
                let day = scanNumber(digits: 1...2)
                if day != nil && !scan("日") { return nil }
                return EraDate(era: era, eraYear: eraYear, month: month, day: day)
            }
            var day: Int?
            if scanSeparators() {
                guard let value = scanNumber(digits: 1...2) else { return nil }
                day = value
                _ = scan("日")
            }
            return EraDate(era: era, eraYear: eraYear, month: month, day: day)
        }
        guard !requireYearMark, isAtEnd || peek(")") else { return nil }
        return EraDate(era: era, eraYear: eraYear)
    }

    private mutating func scanEraName() -> Era? {
        for era in Era.allCases where scan(era.name) { return era }
        return nil
    }

    /// An upper-case era letter directly followed by a digit (so `Heisei`, `HP` or the `h29` of
    /// a file name are not mistaken for one).
    private mutating func scanEraLetter() -> Era? {
        guard position + 1 < characters.count, characters[position + 1].isASCIIDigitCharacter,
              characters[position].isUppercase,
              let era = Era(name: String(characters[position]))
        else { return nil }
        position += 1
        return era
    }

    private mutating func scanEraYear() -> Int? {
        if scan("元") { return 1 }
        return scanNumber(digits: 1...2)
    }

    // MARK: - Western forms

    private mutating func scanWesternBody(year: Int) -> EraDate? {
        var sourceEra: Era?
        var fiscal = false
        if peek("(") {
            guard let bracket = scanBracketedEraYear(westernYear: year) else { return nil }
            sourceEra = bracket.era
            fiscal = bracket.fiscal
        }
        // `2021（令和３年）度` puts the 年 of 年度 inside the bracket.
        if scan("年度") || (sourceEra != nil && scan("度")) || fiscal {
            return EraDate(year: year, isFiscalYear: true, sourceEra: sourceEra)
        }
        if scan("年") {
            if sourceEra == nil, peek("(") {
                guard let bracket = scanBracketedEraYear(westernYear: year), !bracket.fiscal else { return nil }
                sourceEra = bracket.era
            }
            let (month, day) = scanMonthDay()
            return EraDate(year: year, month: month, day: day, sourceEra: sourceEra)
        }
        if sourceEra == nil, let separator = scanOne(of: ["/", "-", "."]) {
            // With hyphens only the ISO form (`2020-04-01`) counts: `1927-2` is a street number.
            let width = separator == "-" ? 2...2 : 1...2
            guard let month = scanNumber(digits: width) else { return nil }
            var day: Int?
            if scan(separator) {
                guard let value = scanNumber(digits: width) else { return nil }
                day = value
            }
            return EraDate(year: year, month: month, day: day)
        }
        return nil
    }

    /// `(令和2)`, `(令和2年)`, `(平成30年度)` after a Western year; nil when the era year does not
    /// name the same Western year. A trailing 年 inside the bracket is allowed (`2021（令和３年）度末`
    /// writes it there).
    private mutating func scanBracketedEraYear(westernYear: Int) -> (era: Era, fiscal: Bool)? {
        let start = position
        guard scan("("), let era = scanEraName() ?? scanEraLetter(), let eraYear = scanEraYear() else {
            position = start
            return nil
        }
        var fiscal = false
        if scan("年度") {
            fiscal = true
        } else {
            _ = scan("年")
        }
        guard scan(")"), era.gregorianYear(eraYear: eraYear) == westernYear else {
            position = start
            return nil
        }
        return (era, fiscal)
    }

    // MARK: - Pieces

    /// `4月`, `4月1日`, or nothing.
    private mutating func scanMonthDay() -> (Int?, Int?) {
        let start = position
        guard let month = scanNumber(digits: 1...2), scan("月") else {
            position = start
            return (nil, nil)
        }
        let dayStart = position
        guard let day = scanNumber(digits: 1...2), scan("日") else {
            position = dayStart
            return (month, nil)
        }
        return (month, day)
    }

    /// One or more date separators; the source has `H31.4..1`.
    private mutating func scanSeparators() -> Bool {
        var found = false
        while scanOne(of: [".", "/", "・"]) != nil { found = true }
        return found
    }

    private mutating func scanNumber(digits range: ClosedRange<Int>) -> Int? {
        var end = position
        while end < characters.count, characters[end].isASCIIDigitCharacter { end += 1 }
        let count = end - position
        guard range.contains(count), let value = Int(String(characters[position..<end])) else { return nil }
        position = end
        return value
    }

    private mutating func scan(_ literal: String) -> Bool {
        let expected = Array(literal)
        guard position + expected.count <= characters.count,
              Array(characters[position..<position + expected.count]) == expected
        else { return false }
        position += expected.count
        return true
    }

    private mutating func scanOne(of literals: [String]) -> String? {
        literals.first { scan($0) }
    }

    private func peek(_ literal: Character) -> Bool {
        position < characters.count && characters[position] == literal
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool {
        guard let ascii = asciiValue else { return false }
        return (0x30...0x39).contains(ascii)
    }
}
