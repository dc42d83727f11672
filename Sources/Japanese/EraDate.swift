/// A date as the documents write it: a year, optionally a month and day, either a calendar year
/// or a fiscal year (年度, April to March), remembered together with the era the source used.
///
/// The stored fields are Western (Gregorian): `平成29年4月1日` has `year` 2017. The source's era is
/// kept in ``sourceEra`` so that a date written with the wrong era (`H31.5.1`, a day after Heisei
/// ended) can be reported, while ``wareki`` always prints the era in force.
public struct EraDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Western year (for a fiscal year, the year in which it starts).
    public let year: Int
    /// Month 1–12, or nil when the source gives only a year.
    public let month: Int?
    /// Day of month, or nil when the source gives only a year or a year and month.
    public let day: Int?
    /// True for a fiscal year (年度): April of ``year`` to March of the next year.
    public let isFiscalYear: Bool
    /// The era the source wrote, or nil when it wrote a Western year only.
    public let sourceEra: Era?

    /// A Western date. Returns nil for a day without a month, a fiscal year with a month, or a
    /// month or day that does not exist.
    public init?(year: Int, month: Int? = nil, day: Int? = nil, isFiscalYear: Bool = false, sourceEra: Era? = nil) {
        if let month {
            guard !isFiscalYear, (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
        self.isFiscalYear = isFiscalYear
        self.sourceEra = sourceEra
    }

    /// A date written in an era: `EraDate(era: .heisei, eraYear: 29, month: 4, day: 1)`.
    /// Returns nil for era year 0 or less, or an invalid month or day.
    public init?(era: Era, eraYear: Int, month: Int? = nil, day: Int? = nil, isFiscalYear: Bool = false) {
        guard eraYear >= 1 else { return nil }
        self.init(
            year: era.gregorianYear(eraYear: eraYear), month: month, day: day,
            isFiscalYear: isFiscalYear, sourceEra: era
        )
    }

    /// A fiscal year (年度) written as an era year: `fiscalYear(30, era: .heisei)` is 平成30年度,
    /// FY2018. Use it for tables whose year labels are bare numbers (`35`, `平成元`, `2`).
    public static func fiscalYear(_ eraYear: Int, era: Era) -> EraDate? {
        EraDate(era: era, eraYear: eraYear, isFiscalYear: true)
    }

    /// The fiscal year (April–March) that contains a calendar day: 2020-03-31 is in FY2019.
    public static func fiscalYear(containing day: CalendarDay) -> Int {
        day.month >= 4 ? day.year : day.year - 1
    }

    /// The fiscal year this date falls in: itself for a fiscal year, the year starting the April
    /// before for a date with a month, nil for a bare calendar year (which spans two).
    public var fiscalYear: Int? {
        if isFiscalYear { return year }
        guard let month else { return nil }
        return month >= 4 ? year : year - 1
    }

    /// The first day of the period the date covers.
    public var startDay: CalendarDay? {
        CalendarDay(year: year, month: isFiscalYear ? 4 : (month ?? 1), day: day ?? 1)
    }

    /// The last day of the period the date covers.
    public var endDay: CalendarDay? {
        if isFiscalYear { return CalendarDay(year: year + 1, month: 3, day: 31) }
        guard let month else { return CalendarDay(year: year, month: 12, day: 31) }
        return CalendarDay(year: year, month: month, day: day ?? CalendarDay.daysIn(month: month, year: year))
    }

    /// Whether ``sourceEra`` was in force during the period the date covers. `H31.4.30` and
    /// `平成31年度` are consistent; `H31.5.1` and `昭和64年度` are not. Always true for Western dates.
    public var isEraConsistent: Bool {
        guard let sourceEra else { return true }
        return Self.era(sourceEra, overlaps: self)
    }

    /// The era used to write this date in 和暦: the source's era when it was in force, otherwise
    /// the era in force at the end of the calendar year, month or day given (so `2019年` is 令和元年
    /// and `2019年4月` is 平成31年4月). A fiscal year is named like its calendar year, which is
    /// how 平成元年度 is FY1989 and 令和元年度 is FY2019. Nil before Meiji.
    public var era: Era? {
        if let sourceEra, isEraConsistent { return sourceEra }
        let reference: CalendarDay?
        if let month {
            reference = CalendarDay(year: year, month: month, day: day ?? CalendarDay.daysIn(month: month, year: year))
        } else {
            reference = CalendarDay(year: year, month: 12, day: 31)
        }
        return reference.flatMap(Era.on)
    }

    /// The year within ``era`` (1 for 元年), or nil before Meiji.
    public var eraYear: Int? {
        era.map { $0.eraYear(gregorianYear: year) }
    }

    /// ISO 8601 at the precision given: `2017-04-01`, `2017-04` or `2017`. A fiscal year prints
    /// its starting year.
    public var iso: String {
        var text = zeroPadded(year, 4)
        if let month {
            text += "-" + zeroPadded(month, 2)
            if let day { text += "-" + zeroPadded(day, 2) }
        }
        return text
    }

    /// The date in 和暦: `平成29年4月1日`, `令和元年5月1日`, `平成30年度`. Before Meiji, the Western
    /// year with 年.
    public var wareki: String {
        yearPart(western: false) + monthDayPart
    }

    /// 和暦 with the Western year in brackets: `令和2年（2020年）4月1日`, `平成30年度（2018年度）`.
    public var display: String {
        yearPart(western: true) + monthDayPart
    }

    /// The ISO form.
    public var description: String { iso }

    /// Orders by year, then month, then day; a date without a month sorts before the months of
    /// its year, and a calendar year before the fiscal year of the same number.
    /// The written era breaks the remaining ties (Western first), so that `<` agrees with `==`.
    public static func < (lhs: EraDate, rhs: EraDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0, lhs.isFiscalYear ? 1 : 0, lhs.sourceEraRank)
            < (rhs.year, rhs.month ?? 0, rhs.day ?? 0, rhs.isFiscalYear ? 1 : 0, rhs.sourceEraRank)
    }

    private var sourceEraRank: Int {
        sourceEra.flatMap { Era.allCases.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
    }

    private var yearSuffix: String { isFiscalYear ? "年度" : "年" }

    private func yearPart(western: Bool) -> String {
        guard let era, let eraYear else { return "\(year)\(yearSuffix)" }
        let number = eraYear == 1 ? "元" : String(eraYear)
        let warekiYear = "\(era.name)\(number)\(yearSuffix)"
        return western ? "\(warekiYear)（\(year)\(yearSuffix)）" : warekiYear
    }

    private var monthDayPart: String {
        guard let month else { return "" }
        guard let day else { return "\(month)月" }
        return "\(month)月\(day)日"
    }

    private static func era(_ era: Era, overlaps date: EraDate) -> Bool {
        guard let start = date.startDay, let end = date.endDay else { return false }
        if era.firstDay > end { return false }
        if let last = era.lastDay, last < start { return false }
        return true
    }
}
