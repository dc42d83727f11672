import Testing
@testable import Japanese

@Suite struct EraDateTests {
    /// (input, iso, wareki, display)
    @Test(arguments: [
        ("令和2年4月1日", "2020-04-01", "令和2年4月1日", "令和2年（2020年）4月1日"),
        ("令和元年", "2019", "令和元年", "令和元年（2019年）"),
        ("令和元年5月1日", "2019-05-01", "令和元年5月1日", "令和元年（2019年）5月1日"),
        ("平成31年4月30日", "2019-04-30", "平成31年4月30日", "平成31年（2019年）4月30日"),
        ("平成29年4月1日", "2017-04-01", "平成29年4月1日", "平成29年（2017年）4月1日"),
        ("平成元年", "1989", "平成元年", "平成元年（1989年）"),
        ("昭和63年", "1988", "昭和63年", "昭和63年（1988年）"),
        ("昭和64年1月7日", "1989-01-07", "昭和64年1月7日", "昭和64年（1989年）1月7日"),
        ("平成元年1月8日", "1989-01-08", "平成元年1月8日", "平成元年（1989年）1月8日"),
        ("令和２年２月", "2020-02", "令和2年2月", "令和2年（2020年）2月"),                     // 001:760
        ("令和元年１１月", "2019-11", "令和元年11月", "令和元年（2019年）11月"),
        ("平成 21 年 4 月 1 日", "2009-04-01", "平成21年4月1日", "平成21年（2009年）4月1日"),   // 003:1754
        ("令和元年 12 月 27 日", "2019-12-27", "令和元年12月27日", "令和元年（2019年）12月27日"),
        ("平成３０年６月", "2018-06", "平成30年6月", "平成30年（2018年）6月"),                 // 001:1342
        ("平成21年10月16日", "2009-10-16", "平成21年10月16日", "平成21年（2009年）10月16日"), // 003:2100
        ("平成22年3月2日", "2010-03-02", "平成22年3月2日", "平成22年（2010年）3月2日"),
        ("平成元", "1989", "平成元年", "平成元年（1989年）"),                                   // 003 year label
        ("㍻29年", "2017", "平成29年", "平成29年（2017年）"),
        ("大正15年", "1926", "大正15年", "大正15年（1926年）"),
        ("明治45年7月29日", "1912-07-29", "明治45年7月29日", "明治45年（1912年）7月29日"),
    ])
    func eraNameForms(input: String, iso: String, wareki: String, display: String) throws {
        let date = try #require(EraDate.parse(input))
        #expect(date.iso == iso)
        #expect(date.wareki == wareki)
        #expect(date.display == display)
        #expect(date.isEraConsistent)
    }

    @Test(arguments: [
        ("H29.4.1", "2017-04-01", Era.heisei),
        ("Ｈ29.4.1", "2017-04-01", Era.heisei),     // 001:3220
        ("Ｈ29.4．1", "2017-04-01", Era.heisei),    // 001:3214
        ("H29.4.１", "2017-04-01", Era.heisei),     // 001:5090
        ("H31.4..1", "2019-04-01", Era.heisei),     // 001:4685, doubled separator
        ("H24.4.1", "2012-04-01", Era.heisei),      // 001:3177, once its brackets are stripped
        ("R1.10.1", "2019-10-01", Era.reiwa),       // 001:4633
        ("R2.4", "2020-04", Era.reiwa),
        ("Ｒ２.４", "2020-04", Era.reiwa),           // 001:1540
        ("H21.10月", "2009-10", Era.heisei),        // 003:808 header
        ("H22.1月", "2010-01", Era.heisei),
        ("H20年", "2008", Era.heisei),              // 001:869
        ("S63.12.31", "1988-12-31", Era.showa),
        ("H30/4/1", "2018-04-01", Era.heisei),
    ])
    func eraLetterForms(input: String, iso: String, era: Era) throws {
        let date = try #require(EraDate.parse(input))
        #expect(date.iso == iso)
        #expect(date.sourceEra == era)
        #expect(date.era == era)
    }

    @Test(arguments: [
        ("2020年4月1日", "2020-04-01", "令和2年4月1日"),
        ("2019年4月30日", "2019-04-30", "平成31年4月30日"),
        ("2019年5月1日", "2019-05-01", "令和元年5月1日"),
        ("2019年4月", "2019-04", "平成31年4月"),
        ("2019年5月", "2019-05", "令和元年5月"),
        ("2019年", "2019", "令和元年"),          // the era in force at the end of the year
        ("1989年1月", "1989-01", "平成元年1月"),
        ("1989年1月7日", "1989-01-07", "昭和64年1月7日"),
        ("2020年9月", "2020-09", "令和2年9月"),   // 000:3 地域社保協結成到達(2020年9月現在)
        ("2018年12月16日", "2018-12-16", "平成30年12月16日"),    // 000:180 note
        ("2020(令和2)年", "2020", "令和2年"),
        ("2025（令和７）年", "2025", "令和7年"),   // 001:37
        ("2019年（令和元年）5月", "2019-05", "令和元年5月"),
        ("2020/4/1", "2020-04-01", "令和2年4月1日"),
        ("2020-04-01", "2020-04-01", "令和2年4月1日"),
        ("２０２０年４月１日", "2020-04-01", "令和2年4月1日"),
        ("1867年", "1867", "1867年"),              // before Meiji there is no 和暦
    ])
    func westernForms(input: String, iso: String, wareki: String) throws {
        let date = try #require(EraDate.parse(input))
        #expect(date.iso == iso)
        #expect(date.wareki == wareki)
        #expect(!date.isFiscalYear)
    }

    @Test(arguments: [
        ("平成30年度", nil as Era?, 2018, "平成30年度", "平成30年度（2018年度）"),
        ("令和元年度", nil, 2019, "令和元年度", "令和元年度（2019年度）"),
        ("平成31年度", nil, 2019, "平成31年度", "平成31年度（2019年度）"),   // the source's era is kept when valid
        ("平成元年度", nil, 1989, "平成元年度", "平成元年度（1989年度）"),
        ("昭和30年度", nil, 1955, "昭和30年度", "昭和30年度（1955年度）"),   // 003:678
        ("H30年度", nil, 2018, "平成30年度", "平成30年度（2018年度）"),
        ("2019年度", nil, 2019, "令和元年度", "令和元年度（2019年度）"),      // 001:8166
        ("1988年度", nil, 1988, "昭和63年度", "昭和63年度（1988年度）"),
        ("2020（令和２）年度", nil, 2020, "令和2年度", "令和2年度（2020年度）"),  // 001:758
        ("2021（令和３年）度", nil, 2021, "令和3年度", "令和3年度（2021年度）"),    // 001:1077
        ("2018（平成30年度）", nil, 2018, "平成30年度", "平成30年度（2018年度）"), // 001:616
        ("30年度", Era.heisei, 2018, "平成30年度", "平成30年度（2018年度）"),
        ("２０年度", Era.heisei, 2008, "平成20年度", "平成20年度（2008年度）"),    // 001 R7
        ("3０年度", Era.heisei, 2018, "平成30年度", "平成30年度（2018年度）"),     // 001 R7, mixed widths
        ("1年度", Era.reiwa, 2019, "令和元年度", "令和元年度（2019年度）"),
        ("元年度", Era.reiwa, 2019, "令和元年度", "令和元年度（2019年度）"),
    ])
    func fiscalYears(input: String, context: Era?, year: Int, wareki: String, display: String) throws {
        let date = try #require(EraDate.parse(input, contextEra: context))
        #expect(date.isFiscalYear)
        #expect(date.year == year)
        #expect(date.fiscalYear == year)
        #expect(date.iso == String(year))
        #expect(date.wareki == wareki)
        #expect(date.display == display)
    }

    @Test func contextEraAppliesOnlyToBareYears() throws {
        let bare = try #require(EraDate.parse("2年4月", contextEra: .reiwa))
        #expect(bare.iso == "2020-04")
        #expect(bare.sourceEra == .reiwa)
        // An explicit era wins over the context.
        #expect(EraDate.parse("平成30年度", contextEra: .reiwa)?.year == 2018)
        // A bare number is a number, not a year.
        #expect(EraDate.parse("30", contextEra: .heisei) == nil)
    }

    @Test(arguments: [
        "30年度",           // no context era
        "令和件元年",        // 001:875, a typo in the source
        "令和0年",
        "平成29年13月1日",
        "平成31年2月29日",   // 2019 is not a leap year
        "H29.4.31",
        "2020",             // a bare number
        "4月1日",            // no year
        "",
        "   ",
        "H20年～",           // a range start: the field is more than a date
        "令和2年4月1日から",
        "2021(令和2)年",     // the bracketed era year names a different year
        "R",
        "Heisei 30",
        "HP30",
        "1,382",
        "h30.4.1",          // era letters are upper case; this is part of a file name
        "0 1 94.4",         // 001:685, three table cells
        "1044-1 2",         // 001 R1, a house number
        "１２７５－２",        // 001:4746, a house number
        "2020 4 1",
        "1927-2",           // 001 R1, a street number
        "2020-4-1",
        "H 29.4.1",
    ])
    func notDates(input: String) {
        #expect(EraDate.parse(input) == nil)
    }

    /// 001:5435 says H31.5.1, a day that belongs to Reiwa. The date is kept and flagged.
    @Test func dateWrittenInAnEndedEra() throws {
        let date = try #require(EraDate.parse("H31.5.1"))
        #expect(date.iso == "2019-05-01")
        #expect(date.sourceEra == .heisei)
        #expect(!date.isEraConsistent)
        #expect(date.era == .reiwa)
        #expect(date.wareki == "令和元年5月1日")

        let showa64 = try #require(EraDate.parse("昭和64年度"))
        #expect(!showa64.isEraConsistent)
        #expect(showa64.wareki == "平成元年度")

        #expect(EraDate.parse("H31.4.30")?.isEraConsistent == true)
        #expect(EraDate.parse("平成31年度")?.isEraConsistent == true)
        #expect(EraDate.parse("令和元年4月")?.isEraConsistent == false)
    }

    @Test func fiscalYearOfDates() throws {
        #expect(EraDate.parse("令和2年3月31日")?.fiscalYear == 2019)
        #expect(EraDate.parse("令和2年4月1日")?.fiscalYear == 2020)
        #expect(EraDate.parse("2020年")?.fiscalYear == nil)
        #expect(EraDate.fiscalYear(containing: try #require(CalendarDay(year: 2010, month: 3, day: 2))) == 2009)
        let label = try #require(EraDate.fiscalYear(35, era: .showa))        // 003:679 bare "35"
        #expect(label.wareki == "昭和35年度")
        #expect(label.year == 1960)
        #expect(EraDate.fiscalYear(0, era: .heisei) == nil)
    }

    @Test func periodBounds() throws {
        let fiscal = try #require(EraDate.parse("平成30年度"))
        #expect(fiscal.startDay?.description == "2018-04-01")
        #expect(fiscal.endDay?.description == "2019-03-31")
        let month = try #require(EraDate.parse("令和2年2月"))
        #expect(month.startDay?.description == "2020-02-01")
        #expect(month.endDay?.description == "2020-02-29")
    }

    @Test func initialisersValidate() {
        #expect(EraDate(year: 2020, month: 2, day: 30) == nil)
        #expect(EraDate(year: 2020, day: 1) == nil)
        #expect(EraDate(year: 2020, month: 4, isFiscalYear: true) == nil)
        #expect(EraDate(era: .reiwa, eraYear: 0) == nil)
        #expect(EraDate(era: .reiwa, eraYear: 2, month: 4, day: 1)?.iso == "2020-04-01")
    }

    @Test func ordering() throws {
        let dates = try ["令和2年4月1日", "平成31年4月30日", "2019年", "令和元年5月1日", "2019年度"]
            .map { try #require(EraDate.parse($0)) }
        #expect(dates.sorted().map(\.iso) == ["2019", "2019", "2019-04-30", "2019-05-01", "2020-04-01"])
        #expect(dates.sorted()[1].isFiscalYear)
    }
}

@Suite struct EraDateIdentityTests {
    @Test func orderingAgreesWithEquality() throws {
        let western = try #require(EraDate.parse("2020年4月1日"))
        let wareki = try #require(EraDate.parse("令和2年4月1日"))
        #expect(western != wareki)                     // the written form is part of the value
        #expect(western < wareki || wareki < western)
        #expect(western.iso == wareki.iso)
        #expect(western.wareki == wareki.wareki)
        #expect(EraDate.parse("R2.4.1") == wareki)     // same era, same day
    }
}
