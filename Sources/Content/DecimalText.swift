import Foundation

/// A number exactly as its source writes it, in the plain form dataset CSVs hold (`-12`, `3.5`,
/// `9007199254740993`, a 60-digit count). Every number a page, CSV or JSON prints from content goes
/// through this text and never through `Double` (15–17 significant digits) or `Decimal` (38), so
/// the digits shown are the digits the source printed. ``double`` is for drawing and sorting only.
public struct DecimalText: Sendable, Hashable {
    /// `-`, digits, and optionally `.` and digits: the text as written, never reformatted.
    public let plain: String

    /// Nil unless `text` is a number in the form ``DatasetNumber/parse(_:)`` reads.
    public init?(_ text: String) {
        guard DatasetNumber.isNumber(text) else { return nil }
        plain = text
    }

    /// The nearest `Double`, for chart geometry, ranks and sort order; never for printing.
    public var double: Double { Double(plain) ?? .nan }

    /// Digits after the point as written.
    public var fractionDigits: Int {
        // The digits after the point, when there are digits on both sides of it; found on bytes,
        // since every table cell asks.
        guard let point = plain.utf8.firstIndex(of: UInt8(ascii: ".")), point != plain.startIndex else { return 0 }
        return plain[plain.utf8.index(after: point)...].count
    }

    /// With thousands separators: `1234567.8` → `1,234,567.8`. See ``grouped(_:fractionDigits:)``.
    public func grouped(fractionDigits: Int? = nil) -> String {
        Self.grouped(plain, fractionDigits: fractionDigits)
    }

    /// The one digit grouping of the project (the importer's notes, the site's tables, the charts'
    /// labels and ticks all end here): a comma before every third digit of the whole part, the
    /// fraction as written. With `fractionDigits`, a shorter fraction is padded with zeros (so a
    /// column reads at one precision) and a longer one rounded half away from zero on the digits
    /// themselves; only a result rounded to zero loses its minus. `plain` must be plain decimal
    /// text (`-`, digits, `.`, digits); other text is returned unchanged.
    public static func grouped(_ plain: some StringProtocol, fractionDigits: Int? = nil) -> String {
        let text = String(plain)
        guard DatasetNumber.isNumber(text) else { return text }
        return unrounded(text, fractionDigits: fractionDigits) ?? general(text, fractionDigits: fractionDigits)
    }

    /// What ``grouped(_:fractionDigits:)`` gives when nothing is rounded and the number has a whole
    /// part (`-`, digits, and `.` and digits), written in one pass over the bytes: tables and charts
    /// group every cell and label, thousands per page, and the general way splits and copies each.
    /// Nil for the rest (a fraction longer than `fractionDigits`, `.5`), which `general` groups.
    static func unrounded(_ text: String, fractionDigits: Int?) -> String? {
        var text = text
        return text.withUTF8 { bytes -> String? in
            let count = bytes.count
            let negative = count > 0 && bytes[0] == UInt8(ascii: "-")
            var index = negative ? 1 : 0
            let wholeStart = index
            while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
            let wholeEnd = index
            guard wholeEnd > wholeStart else { return nil }
            var fraction = 0
            if index < count {
                guard bytes[index] == UInt8(ascii: "."), index + 1 < count else { return nil }
                index += 1
                while index < count, bytes[index] &- UInt8(ascii: "0") < 10 { index += 1 }
                guard index == count else { return nil }
                fraction = count - wholeEnd - 1
            }
            let decimals = fractionDigits.map { max($0, 0) } ?? fraction
            guard decimals >= fraction else { return nil }
            return written(
                negative: negative, whole: bytes[wholeStart..<wholeEnd], fraction: bytes[min(wholeEnd + 1, count)...],
                zeros: decimals - fraction)
        }
    }

    /// The grouped text of a number's parts: `-` when `negative`, the whole digits with a comma
    /// before every third, then `.`, the fraction digits and `zeros` zeros, when there are any.
    private static func written(negative: Bool, whole: some Collection<UInt8>, fraction: some Collection<UInt8>, zeros: Int) -> String {
        // Written as bytes (the text is ASCII digits) and made a string once: tables group every
        // cell, thousands per page.
        var out: [UInt8] = []
        out.reserveCapacity(whole.count + whole.count / 3 + fraction.count + zeros + 2)
        if negative { out.append(UInt8(ascii: "-")) }
        for (index, digit) in whole.enumerated() {
            if index > 0, (whole.count - index) % 3 == 0 { out.append(UInt8(ascii: ",")) }
            out.append(digit)
        }
        if fraction.count + zeros > 0 {
            out.append(UInt8(ascii: "."))
            out.append(contentsOf: fraction)
            out.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: zeros))
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Grouping with rounding, and of every spelling `DatasetNumber.isNumber` accepts.
    static func general(_ text: String, fractionDigits: Int?) -> String {
        var negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : text[...]
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = Array(parts[0].utf8)
        var fraction = parts.count > 1 ? Array(parts[1].utf8) : []
        var zeros = 0
        if let digits = fractionDigits.map({ max($0, 0) }) {
            if fraction.count > digits {
                let roundsUp = fraction[digits] >= UInt8(ascii: "5")
                fraction.removeLast(fraction.count - digits)
                if roundsUp { increment(&whole, &fraction) }
                if (whole + fraction).allSatisfy({ $0 == UInt8(ascii: "0") }) { negative = false }
            } else {
                zeros = digits - fraction.count
            }
        }
        if whole.isEmpty { whole = [UInt8(ascii: "0")] }
        return written(negative: negative, whole: whole, fraction: fraction, zeros: zeros)
    }

    /// Adds one in the last place of `whole.fraction`, carrying into a new leading digit if needed.
    private static func increment(_ whole: inout [UInt8], _ fraction: inout [UInt8]) {
        var digits = whole + fraction
        var index = digits.count - 1
        while index >= 0 {
            if digits[index] == UInt8(ascii: "9") {
                digits[index] = UInt8(ascii: "0")
                index -= 1
            } else {
                digits[index] += 1
                break
            }
        }
        if index < 0 { digits.insert(UInt8(ascii: "1"), at: 0) }
        whole = Array(digits.prefix(digits.count - fraction.count))
        fraction = Array(digits.suffix(fraction.count))
    }
}

extension DatasetNumber {
    /// `12,345` (`-1,234.5`): a computed `Decimal` (a sum, a difference) as the importer quotes it
    /// in notes and explanations, grouped on the plain form of ``format(_:)``.
    public static func grouped(_ value: Decimal) -> String {
        DecimalText.grouped(format(value))
    }
}

extension DecimalText {
    /// The exact sum, with as many decimals as the most precise term: a total printed beside the
    /// numbers it adds up, which a `Double` would round past 2^53 (and print as `1.2e+59`).
    public static func sum(_ terms: [DecimalText]) -> DecimalText {
        let scale = terms.map(\.fractionDigits).max() ?? 0
        var positive: [UInt8] = []
        var negative: [UInt8] = []
        for term in terms {
            let unsigned = term.plain.hasPrefix("-") ? term.plain.dropFirst() : term.plain[...]
            let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
            let fraction = parts.count > 1 ? Array(parts[1].utf8) : []
            let digits = Array(parts[0].utf8) + fraction + Array(repeating: UInt8(ascii: "0"), count: scale - fraction.count)
            // Little-endian digit values, so carries run from index 0 up.
            let magnitude = digits.reversed().map { $0 - UInt8(ascii: "0") }
            if term.plain.hasPrefix("-") { add(&negative, magnitude) } else { add(&positive, magnitude) }
        }
        let isNegative = isLess(positive, negative)
        var result = isNegative ? negative : positive
        subtract(&result, isNegative ? positive : negative)
        while result.count > scale + 1, result.last == 0 { result.removeLast() }
        while result.count < scale + 1 { result.append(0) }
        let text = String(decoding: result.reversed().map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
        let whole = text.dropLast(scale)
        let body = scale > 0 ? whole + "." + text.suffix(scale) : whole
        let isZero = result.allSatisfy { $0 == 0 }
        return DecimalText(plain: (isNegative && !isZero ? "-" : "") + body)
    }

    private init(plain: String) { self.plain = plain }

    private static func add(_ sum: inout [UInt8], _ term: [UInt8]) {
        var carry: UInt8 = 0
        for index in 0..<max(sum.count, term.count) {
            if index == sum.count { sum.append(0) }
            let digit = sum[index] + (index < term.count ? term[index] : 0) + carry
            sum[index] = digit % 10
            carry = digit / 10
        }
        if carry > 0 { sum.append(carry) }
    }

    /// `minuend -= subtrahend`, for a minuend not smaller.
    private static func subtract(_ minuend: inout [UInt8], _ subtrahend: [UInt8]) {
        var borrow: UInt8 = 0
        for index in minuend.indices {
            let take = (index < subtrahend.count ? subtrahend[index] : 0) + borrow
            if minuend[index] >= take {
                minuend[index] -= take
                borrow = 0
            } else {
                minuend[index] = minuend[index] + 10 - take
                borrow = 1
            }
        }
    }

    private static func isLess(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        let left = Array(a.reversed().drop { $0 == 0 })
        let right = Array(b.reversed().drop { $0 == 0 })
        if left.count != right.count { return left.count < right.count }
        return left.lexicographicallyPrecedes(right)
    }
}
