import Foundation

/// The type of a dataset column, which decides how its cells are read and shown.
public enum ColumnType: String, Sendable, CaseIterable {
    /// Whole numbers.
    case integer
    /// Numbers with decimals.
    case decimal
    /// Percentages, stored as the number shown (12.5 for 12.5%).
    case percent
    /// Free text.
    case text
    /// A JIS prefecture code, `01`…`47`.
    case prefecture
    /// A city or municipality name.
    case city
    /// An ISO date (`2019-04-01`, `2019-04` or `2019`).
    case date

    /// Counts add up to a total; percentages and rates do not.
    public var isAdditiveByDefault: Bool {
        self == .integer || self == .decimal
    }

    /// True for the types whose cells are numbers.
    public var isNumeric: Bool {
        self == .integer || self == .decimal || self == .percent
    }
}

/// A column of a dataset.
public struct DatasetColumn: Sendable, Equatable {
    /// ASCII key, the CSV header.
    public var key: String
    /// Japanese heading.
    public var title: String
    /// How cells are read.
    public var type: ColumnType
    /// Unit shown with values (人, 件, 千円, %, 箇所 …).
    public var unit: String?
    /// Whether values add up to a meaningful total (false for rates and percentages).
    public var additive: Bool

    /// Creates a column; `additive` defaults to true for integers and decimals.
    public init(key: String, title: String, type: ColumnType, unit: String? = nil, additive: Bool? = nil) {
        self.key = key
        self.title = title
        self.type = type
        self.unit = unit
        self.additive = additive ?? type.isAdditiveByDefault
    }
}

/// A cell read with its column's type.
public enum DatasetValue: Sendable, Equatable {
    /// A number, as the CSV writes it.
    case number(DecimalText)
    /// Text (including dates and codes).
    case text(String)
    /// The source leaves the cell blank.
    case blank
    /// The source prints a dash: none.
    case dash

    /// Reads a CSV cell; a numeric column's cell that is not a number reads as text so it is never
    /// silently lost (the loader rejects such files before this is used).
    public init(cell: String, type: ColumnType) {
        if cell.isEmpty {
            self = .blank
        } else if cell == "-" && type.isNumeric {
            self = .dash
        } else if type.isNumeric, let number = DecimalText(cell) {
            self = .number(number)
        } else {
            self = .text(cell)
        }
    }

    /// The number, when the cell holds one, for arithmetic; print with ``Dataset/exact(row:column:)``.
    public var number: Decimal? {
        exact.flatMap { DatasetNumber.parse($0.plain) }
    }

    /// The number exactly as written, for printing.
    public var exact: DecimalText? {
        if case .number(let value) = self { return value }
        return nil
    }
}

/// The plain number form used in dataset CSV files.
public enum DatasetNumber {
    /// Parses `-12`, `3.5`; nil for anything else (thousands separators, units, spaces). The
    /// `Decimal` keeps 38 digits: it is for arithmetic (sums, checks), never for printing a cell,
    /// which ``DecimalText`` prints as written.
    public static func parse(_ text: String) -> Decimal? {
        guard isNumber(text) else { return nil }
        return Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
    }

    /// Whether `parse` gives a number for `text`, known without making one where that is sure:
    /// every cell of every dataset is checked when the content loads, and a `Decimal` made through
    /// a locale for each cost more than the rest of reading the tables.
    public static func isParsable(_ text: String) -> Bool {
        guard isNumber(text) else { return false }
        // A `Decimal` holds 38 significant digits; a longer number is left to it to accept or not.
        if text.utf8.count <= 38 { return true }
        return parse(text) != nil
    }

    /// Whether a number cell (`isNumber`) is already `plain(_:)`: its whole part is `0` or has no
    /// leading zero, and is not empty. Read on bytes, without making the plain spelling.
    public static func isPlain(_ text: String) -> Bool {
        var whole = text.utf8[...]
        if whole.first == UInt8(ascii: "-") { whole = whole.dropFirst() }
        whole = whole.prefix { $0 != UInt8(ascii: ".") }
        guard let first = whole.first else { return false }
        return first != UInt8(ascii: "0") || whole.count == 1
    }

    /// Whether `text` is `-`, digits and at most one `.` between digits (`-12`, `3.5`, `.5`).
    public static func isNumber(_ text: some StringProtocol) -> Bool {
        var digits = 0
        var dots = 0
        for (index, byte) in text.utf8.enumerated() {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits += 1
            case UInt8(ascii: "."): dots += 1
            case UInt8(ascii: "-") where index == 0: continue
            default: return false
            }
        }
        return digits > 0 && dots <= 1 && !text.hasSuffix(".")
    }

    /// The one plain spelling of a number cell that `parse` accepts: no leading zeros and a `0`
    /// before a leading point. Digits and sign are kept as written, so nothing is rounded: `-0` and
    /// `-0.0` stay, as sources print them for a small decrease, and every output shows them alike.
    public static func plain(_ text: String) -> String {
        let negative = text.hasPrefix("-")
        let unsigned = negative ? text.dropFirst() : text[...]
        let parts = unsigned.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        var whole = String(parts[0].drop { $0 == "0" })
        if whole.isEmpty { whole = "0" }
        let fraction = parts.count > 1 ? "." + parts[1] : ""
        return (negative ? "-" : "") + whole + fraction
    }

    /// Writes a number in the plain CSV form (no exponent, no grouping).
    public static func format(_ value: Decimal) -> String {
        var value = value
        var rounded = Decimal()
        NSDecimalRound(&rounded, &value, 10, .plain)
        return NSDecimalNumber(decimal: rounded).stringValue
    }
}
