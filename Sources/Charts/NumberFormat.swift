import Content

/// Number formatting without Foundation, so output does not depend on the host locale.
public enum NumberFormat {
    /// Formats a computed `value` (a tick, a share, a rate, a sum) with thousands separators and
    /// exactly `fractionDigits` decimals (`1234567.8` → `"1,234,567.8"` with one digit), through the
    /// project's one grouping, ``DecimalText/grouped(_:fractionDigits:)``. A `Double` holds 15–17
    /// digits, so this is for values the site works out; a number from content is printed from its
    /// text with ``Unit/format(_:)-(DecimalText)``. A value that rounds to zero never prints as `-0`;
    /// non-finite values print as `"—"`.
    public static func grouped(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return "—" }
        let digits = min(max(fractionDigits, 0), 6)
        let scale = powerOfTen(digits)
        let scaled = (value.magnitude * scale).rounded()
        guard scaled < 9.0e15 else { return (value < 0 ? "-" : "") + large(value.magnitude) }
        let integerScaled = UInt64(scaled)
        let divisor = UInt64(scale)
        var text = String(integerScaled / divisor)
        if digits > 0 {
            let fraction = String(integerScaled % divisor)
            text += "." + String(repeating: "0", count: digits - fraction.count) + fraction
        }
        return DecimalText.grouped((value < 0 && integerScaled != 0) ? "-" + text : text)
    }

    /// A computed value past 2^53 (a tick or a sum beside huge numbers from content): its 15
    /// significant digits (what a `Double` holds for certain), zeros for the rest of its whole part,
    /// grouped, and never in e-notation (`1.0000000000000001e+59` → `100,000,…,000`).
    static func large(_ magnitude: Double) -> String {
        let text = String(magnitude)
        let parts = text.split(separator: "e", maxSplits: 1)
        let exponent = parts.count > 1 ? Int(parts[1].drop { $0 == "+" }) ?? 0 : 0
        let mantissa = parts[0].split(separator: ".", maxSplits: 1)
        let digits = mantissa.joined()
        var point = (mantissa.first?.count ?? 0) + exponent
        let significant = 15
        var kept = digits.count > significant
            ? DecimalText.grouped(digits.prefix(significant) + "." + digits.dropFirst(significant), fractionDigits: 0)
                .filter { $0 != "," }
            : digits
        if kept.count > min(significant, digits.count) { point += 1 }
        kept = String(kept.prefix(point))
        return DecimalText.grouped(kept + String(repeating: "0", count: max(point - kept.count, 0)))
    }

    /// A machine-readable number for `data-value` attributes: integers without a decimal point,
    /// other values in Swift's shortest round-trip form. Both parse with JavaScript's `Number()`.
    public static func raw(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), value.magnitude < 1e15 {
            return String(Int64(value))
        }
        return String(value)
    }

    static func powerOfTen(_ exponent: Int) -> Double {
        var result = 1.0
        if exponent >= 0 {
            for _ in 0..<exponent { result *= 10 }
        } else {
            // Dividing once keeps 0.1, 0.01, … correctly rounded instead of compounding error.
            var divisor = 1.0
            for _ in 0..<(-exponent) { divisor *= 10 }
            result = 1 / divisor
        }
        return result
    }
}

/// A unit of measure that travels with a column or series: how values are written and whether
/// summing them means anything.
public struct Unit: Sendable, Hashable {
    /// Written after the number, e.g. `人`, `千円`, `%`. May be empty.
    public var symbol: String
    /// Decimals shown when formatting; raw values keep full precision elsewhere.
    public var fractionDigits: Int
    /// Whether a total is meaningful (counts are; rates and percentages are not).
    public var isAdditive: Bool

    /// Creates a unit; `fractionDigits` sets displayed precision only.
    public init(_ symbol: String, fractionDigits: Int = 0, isAdditive: Bool = true) {
        self.symbol = symbol
        self.fractionDigits = fractionDigits
        self.isAdditive = isAdditive
    }

    /// 人 (people).
    public static let persons = Unit("人")
    /// 件 (cases, items).
    public static let cases = Unit("件")
    /// 千円 (thousands of yen).
    public static let thousandYen = Unit("千円")
    /// 円.
    public static let yen = Unit("円")
    /// 箇所 (facilities, sites).
    public static let places = Unit("箇所")
    /// % with one decimal; not additive.
    public static let percent = Unit("%", fractionDigits: 1, isAdditive: false)
    /// No unit symbol.
    public static let none = Unit("")

    /// A computed value (a tick, a sum, a class bound): `1234` → `"1,234人"`. Through `Double`, so
    /// never for a number read from content; see ``format(_:)-(DecimalText)``.
    public func format(_ value: Double) -> String {
        NumberFormat.grouped(value, fractionDigits: fractionDigits) + symbol
    }

    /// The number alone, with this unit's precision (a computed value, as ``format(_:)-(Double)``).
    public func formatNumber(_ value: Double) -> String {
        NumberFormat.grouped(value, fractionDigits: fractionDigits)
    }

    /// A number from content, exactly as the source writes it, grouped and padded to this unit's
    /// precision: `9007199254740993` → `"9,007,199,254,740,993人"`.
    public func format(_ value: DecimalText) -> String {
        formatNumber(value) + symbol
    }

    /// A number from content alone, exact: padded to this unit's precision, never rounded to it.
    public func formatNumber(_ value: DecimalText) -> String {
        value.grouped(fractionDigits: max(fractionDigits, value.fractionDigits))
    }

    /// The exact text when there is one, else the computed value: for charts whose values may
    /// come from content or be worked out.
    public func format(_ value: Double, exact: DecimalText?) -> String {
        exact.map(format) ?? format(value)
    }

    /// As ``format(_:exact:)``, without the symbol.
    public func formatNumber(_ value: Double, exact: DecimalText?) -> String {
        exact.map(formatNumber) ?? formatNumber(value)
    }

    /// A header with the unit in full-width parentheses: `人口` → `人口（人）`.
    public func header(_ title: String) -> String {
        symbol.isEmpty ? title : "\(title)（\(symbol)）"
    }
}
