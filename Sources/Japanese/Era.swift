/// A day of the Gregorian calendar, without time or time zone.
public struct CalendarDay: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    /// A day, or nil when the month or day does not exist (`2019-02-29`, `2020-13-01`).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Days in a month of the proleptic Gregorian calendar.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2:
            let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
            return leap ? 29 : 28
        case 4, 6, 9, 11:
            return 30
        default:
            return 31
        }
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// `2019-04-30`.
    public var description: String {
        "\(zeroPadded(year, 4))-\(zeroPadded(month, 2))-\(zeroPadded(day, 2))"
    }
}

/// The modern Japanese eras (元号), oldest first.
public enum Era: String, Sendable, CaseIterable, Comparable {
    case meiji, taisho, showa, heisei, reiwa

    /// The era name as written in Japanese: 明治, 大正, 昭和, 平成, 令和.
    public var name: String {
        switch self {
        case .meiji: "明治"
        case .taisho: "大正"
        case .showa: "昭和"
        case .heisei: "平成"
        case .reiwa: "令和"
        }
    }

    /// The one-letter abbreviation used in tables: M, T, S, H, R (`H29.4.1`).
    public var abbreviation: String {
        switch self {
        case .meiji: "M"
        case .taisho: "T"
        case .showa: "S"
        case .heisei: "H"
        case .reiwa: "R"
        }
    }


    /// The first day of the era.
    ///
    /// Meiji is taken from 1868-01-01: the era was proclaimed later that year and applied to the
    /// whole year, and Japan only adopted the Gregorian calendar in 1873, so earlier Meiji dates
    /// in these documents are years, not days.
    public var firstDay: CalendarDay {
        switch self {
        case .meiji: day(1868, 1, 1)
        case .taisho: day(1912, 7, 30)
        case .showa: day(1926, 12, 25)
        case .heisei: day(1989, 1, 8)
        case .reiwa: day(2019, 5, 1)
        }
    }

    /// The last day of the era, or nil for the current one.
    public var lastDay: CalendarDay? {
        switch self {
        case .meiji: day(1912, 7, 29)
        case .taisho: day(1926, 12, 24)
        case .showa: day(1989, 1, 7)
        case .heisei: day(2019, 4, 30)
        case .reiwa: nil
        }
    }

    /// The Western year of an era year: 平成1 → 1989, 令和2 → 2020.
    public func gregorianYear(eraYear: Int) -> Int {
        firstDay.year + eraYear - 1
    }

    /// The era year of a Western year counted in this era: 2019 → 31 for Heisei, 1 for Reiwa.
    public func eraYear(gregorianYear: Int) -> Int {
        gregorianYear - firstDay.year + 1
    }

    /// The era in force on a day, or nil before Meiji.
    public static func on(_ day: CalendarDay) -> Era? {
        allCases.last { $0.firstDay <= day }
    }

    /// The era matching a written name (`平成`), abbreviation (`H`, `h`) or romanised name
    /// (`Heisei`), or nil.
    public init?(name: String) {
        let lowered = name.lowercased()
        guard let era = Era.allCases.first(where: {
            $0.name == name || $0.abbreviation.lowercased() == lowered || $0.rawValue == lowered
        }) else { return nil }
        self = era
    }

    public static func < (lhs: Era, rhs: Era) -> Bool {
        lhs.firstDay < rhs.firstDay
    }

    private func day(_ year: Int, _ month: Int, _ day: Int) -> CalendarDay {
        CalendarDay(constantYear: year, month: month, day: day)
    }
}

extension CalendarDay {
    /// For the era table's literal dates, which are known to exist.
    fileprivate init(constantYear year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
}

/// `n` in decimal, left-padded with zeros to `width` digits (negative numbers are not padded).
func zeroPadded(_ n: Int, _ width: Int) -> String {
    let digits = String(n)
    guard n >= 0, digits.count < width else { return digits }
    return String(repeating: "0", count: width - digits.count) + digits
}
