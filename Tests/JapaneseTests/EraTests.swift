import Testing
@testable import Japanese

@Suite struct EraTests {
    @Test(arguments: [
        (Era.meiji, "明治", "M", "1868-01-01", "1912-07-29"),
        (Era.taisho, "大正", "T", "1912-07-30", "1926-12-24"),
        (Era.showa, "昭和", "S", "1926-12-25", "1989-01-07"),
        (Era.heisei, "平成", "H", "1989-01-08", "2019-04-30"),
        (Era.reiwa, "令和", "R", "2019-05-01", "-"),
    ])
    func namesAndBoundaries(era: Era, name: String, letter: String, first: String, last: String) {
        #expect(era.name == name)
        #expect(era.abbreviation == letter)
        #expect(era.firstDay.description == first)
        #expect(era.lastDay?.description ?? "-" == last)
        #expect(Era(name: name) == era)
        #expect(Era(name: letter) == era)
        #expect(Era(name: letter.lowercased()) == era)
    }

    @Test func erasFollowEachOtherWithoutGaps() throws {
        for (earlier, later) in zip(Era.allCases, Era.allCases.dropFirst()) {
            let last = try #require(earlier.lastDay)
            #expect(earlier < later)
            // The day after the last day of one era is the first day of the next.
            let nextDay = CalendarDay(year: last.year, month: last.month, day: last.day + 1)
                ?? CalendarDay(year: last.year, month: last.month + 1, day: 1)
                ?? CalendarDay(year: last.year + 1, month: 1, day: 1)
            #expect(nextDay == later.firstDay)
        }
    }

    @Test(arguments: [
        (Era.heisei, 1, 1989), (Era.heisei, 31, 2019), (Era.reiwa, 1, 2019), (Era.reiwa, 2, 2020),
        (Era.showa, 30, 1955), (Era.showa, 63, 1988), (Era.showa, 64, 1989), (Era.taisho, 15, 1926),
        (Era.meiji, 45, 1912),
    ])
    func eraYearArithmetic(era: Era, eraYear: Int, gregorian: Int) {
        #expect(era.gregorianYear(eraYear: eraYear) == gregorian)
        #expect(era.eraYear(gregorianYear: gregorian) == eraYear)
    }

    @Test(arguments: [
        ("2019-04-30", Era.heisei), ("2019-05-01", Era.reiwa), ("1989-01-07", Era.showa),
        ("1989-01-08", Era.heisei), ("1926-12-24", Era.taisho), ("1926-12-25", Era.showa),
        ("1912-07-29", Era.meiji), ("1912-07-30", Era.taisho),
    ])
    func eraOnADay(iso: String, era: Era) throws {
        let parts = iso.split(separator: "-").compactMap { Int($0) }
        let day = try #require(CalendarDay(year: parts[0], month: parts[1], day: parts[2]))
        #expect(Era.on(day) == era)
    }

    @Test func beforeMeijiThereIsNoEra() throws {
        #expect(Era.on(try #require(CalendarDay(year: 1867, month: 12, day: 31))) == nil)
    }

    @Test func calendarDayRejectsImpossibleDates() {
        #expect(CalendarDay(year: 2019, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2020, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 1900, month: 2, day: 29) == nil)
        #expect(CalendarDay(year: 2000, month: 2, day: 29) != nil)
        #expect(CalendarDay(year: 2020, month: 4, day: 31) == nil)
        #expect(CalendarDay(year: 2020, month: 13, day: 1) == nil)
        #expect(CalendarDay(year: 2020, month: 0, day: 1) == nil)
    }
}
