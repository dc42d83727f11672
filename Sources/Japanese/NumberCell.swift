import Foundation

/// The content of one numeric table cell.
///
/// `blank` and `none` are kept apart from zero: in seed 000 an empty 準備会 cell means "no
/// preparatory groups" while the 地域社保協 column writes `0`; in seed 001 `－` means "not
/// applicable". Whether a blank counts as zero in a sum is the caller's decision.
public enum NumberCell: Sendable, Hashable {
    /// A number as written, exactly: `1,234` is 1234, `△ 21` is −21, `12.5%` is 12.5.
    case value(Decimal)
    /// A dash written in place of a number (`－`, `-`, `—`, `‐`, `―`, `ー`): none, or not applicable.
    ///
    /// Against an optional (the result of ``parse(_:)``), `.none` means nil: write
    /// `NumberCell.none` or match `case .none?` instead.
    case none
    /// An empty or whitespace-only cell.
    case blank

    /// Reads a cell, or returns nil when the text is not a number.
    ///
    /// Accepted: digits with optional thousands commas (`1,234`, `１，２３４`, `1, 861` with a
    /// space after the comma), a decimal point (`12.5`, `８．０`), a sign (`-5`, `＋3`, and `△ 21`
    /// or `▲21`, the Japanese minus), spaces between the sign and the digits, and a trailing
    /// `%`, `％` or `(%)`. Rejected: two numbers separated by a space (`21 10`, a flattened row),
    /// misplaced commas (`12,34`), exponents (`5E+05`), bracketed counts (`(5,601)`) and units.
    public static func parse(_ text: String) -> NumberCell? {
        let trimmed = JapaneseText.foldWidth(text).trimmingAllWhitespace()
        if trimmed.isEmpty { return .blank }
        if trimmed.unicodeScalars.allSatisfy({ noneMarks.contains($0) }) { return NumberCell.none }

        var scalars = Substring(trimmed).unicodeScalars[...]
        var negative = false
        if let first = scalars.first, let sign = signs[first] {
            negative = sign
            scalars = scalars.dropFirst()
            scalars = scalars.drop(while: CharacterClass.isInlineSpace)
        }
        scalars = dropPercentSuffix(scalars)
        guard let digits = plainDigits(scalars), let magnitude = Decimal(string: digits, locale: posix) else {
            return nil
        }
        if magnitude.isZero { return .value(0) }
        return .value(negative ? -magnitude : magnitude)
    }

    /// The number, or nil for `none` and `blank`.
    public var value: Decimal? {
        if case .value(let number) = self { return number }
        return nil
    }

    /// The number as an integer when it is a whole number that fits in `Int64`.
    public var int64Value: Int64? {
        value.flatMap { Int64($0.description) }
    }

    /// The number as a `Double`, for charts; nil for `none` and `blank`.
    public var doubleValue: Double? {
        value.map { NSDecimalNumber(decimal: $0).doubleValue }
    }

    /// True for ``blank``.
    public var isBlank: Bool { self == .blank }

    /// True for ``none``.
    public var isNone: Bool { self == .none }

    private static let posix = Locale(identifier: "en_US_POSIX")

    /// Dashes used for "none" in the seeds and their look-alikes: hyphen-minus (folded from
    /// `－`), hyphen, non-breaking hyphen, figure dash, en and em dash, horizontal bar, minus
    /// sign, and the katakana prolonged sound mark that some tables use as a dash.
    private static let noneMarks: Set<Unicode.Scalar> = [
        "-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "ー",
    ]

    /// Leading signs → whether they negate. △ and ▲ are the Japanese minus (`△ 21`, `▲ 574,873`).
    private static let signs: [Unicode.Scalar: Bool] = [
        "-": true, "\u{2212}": true, "\u{2010}": true, "△": true, "▲": true, "+": false,
    ]

    private static func dropPercentSuffix(_ scalars: Substring.UnicodeScalarView.SubSequence) -> Substring.UnicodeScalarView.SubSequence {
        var rest = scalars
        if rest.last == ")", rest.count >= 3 {
            let tail = rest.suffix(3)
            if Array(tail) == ["(", "%", ")"] { rest = rest.dropLast(3) }
        } else if rest.last == "%" {
            rest = rest.dropLast()
        } else {
            return rest
        }
        while let last = rest.last, CharacterClass.isInlineSpace(last) { rest = rest.dropLast() }
        return rest
    }

    /// The digits and decimal point of a well-formed number, with grouping commas (and spaces
    /// after them) removed; nil when the text is not one number.
    private static func plainDigits(_ scalars: Substring.UnicodeScalarView.SubSequence) -> String? {
        var integerGroups: [String] = [""]
        var fraction: String?
        var afterComma = false
        for scalar in scalars {
            if CharacterClass.isASCIIDigit(scalar) {
                afterComma = false
                if fraction != nil {
                    fraction?.unicodeScalars.append(scalar)
                } else {
                    integerGroups[integerGroups.count - 1].unicodeScalars.append(scalar)
                }
            } else if scalar == ",", fraction == nil, let current = integerGroups.last, !current.isEmpty {
                integerGroups.append("")
                afterComma = true
            } else if CharacterClass.isInlineSpace(scalar), afterComma {
                continue
            } else if scalar == ".", fraction == nil, let current = integerGroups.last, !current.isEmpty {
                fraction = ""
            } else {
                return nil
            }
        }
        if let fraction, fraction.isEmpty { return nil }
        guard let head = integerGroups.first, !head.isEmpty else { return nil }
        if integerGroups.count > 1 {
            guard head.count <= 3, integerGroups.dropFirst().allSatisfy({ $0.count == 3 }) else { return nil }
        }
        return integerGroups.joined() + (fraction.map { "." + $0 } ?? "")
    }
}
