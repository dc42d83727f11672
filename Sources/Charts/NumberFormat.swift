import Content

/// Number formatting without Foundation, so output does not depend on the host locale.
public enum NumberFormat {
    /// Formats `value` with thousands separators and exactly `fractionDigits` decimals
    /// (`1234567.8` → `"1,234,567.8"` with one digit). Negative values get a leading `-`;
    /// a value that rounds to zero never prints as `-0`. Non-finite values print as `"—"`.
    public static func grouped(_ value: Double, fractionDigits: Int = 0) -> String {
        guard value.isFinite else { return "—" }
        let digits = min(max(fractionDigits, 0), 6)
        let scale = powerOfTen(digits)
        let scaled = (value.magnitude * scale).rounded()
        // Beyond 2^53 the Double no longer holds every integer; no real statistic gets there.
        guard scaled < 9.0e15 else { return value < 0 ? "-" + String(value.magnitude) : String(value) }
        let integerScaled = UInt64(scaled)
        let divisor = UInt64(scale)
        let whole = integerScaled / divisor
        let fraction = integerScaled % divisor
        var text = DatasetNumber.groupingThousands(String(whole))
        if digits > 0 {
            var fractionText = String(fraction)
            while fractionText.count < digits { fractionText = "0" + fractionText }
            text += "." + fractionText
        }
        return (value < 0 && integerScaled != 0) ? "-" + text : text
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

    /// `1234` → `"1,234人"`.
    public func format(_ value: Double) -> String {
        NumberFormat.grouped(value, fractionDigits: fractionDigits) + symbol
    }

    /// The number alone, with this unit's precision.
    public func formatNumber(_ value: Double) -> String {
        NumberFormat.grouped(value, fractionDigits: fractionDigits)
    }

    /// A header with the unit in full-width parentheses: `人口` → `人口（人）`.
    public func header(_ title: String) -> String {
        symbol.isEmpty ? title : "\(title)（\(symbol)）"
    }
}
