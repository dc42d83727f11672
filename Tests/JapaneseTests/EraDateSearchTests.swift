import Testing
@testable import Japanese

@Suite struct EraDateSearchTests {
    @Test(arguments: [
        ("令和２年２月現在", ["2020-02"]),                                           // 001:760
        ("地域社保協結成到達(2020年9月現在)", ["2020-09"]),                              // 000:3
        ("備考欄(2020年8月時点)", ["2020-08"]),                                        // 000:60
        ("2019年10月6日結成", ["2019-10-06"]),                                       // 000:157
        ("2019年4月より検討開始。 9月に学習会を開催予定", ["2019-04"]),                     // 000:274
        ("Ｒ２.４～運用開始、随時申込可能", ["2020-04"]),                                  // 001:1540
        ("7 北 海 道 島田脳神経外科 医療法人たんぽぽ会 H31.4.1 小樽市錦町1番2号 3", ["2019-04-01"]), // 001:3211
        ("H29.4.1 (H24.4.1)", ["2017-04-01", "2012-04-01"]),
        ("対象期間︓2025（令和７）年まで", ["2025"]),                                     // 001:211
        ("平成22年3月2日(火)", ["2010-03-02"]),                                        // 003:5
        ("本事業は平成 21 年 4 月 1 日から", ["2009-04-01"]),
        ("令和元年６月18日に決定、令和２年１月20日に任命", ["2019-06-18", "2020-01-20"]),
        ("456か所（令和件元年１１月現在）", []),                                          // 001:875 typo
        ("1,382 市町村、1,240 市町村", []),
        ("上十三社保協(12月14日)", []),                                                 // 000:87, no year
        ("MS2 と HP30", []),
        ("昭和町", []),                                                               // 001:3614, a place
        ("千葉県 39 5 10 72.2% 兵庫県 41 0 0 100.0% 大分県 17 0 1 94.4%", []),      // 001:685
        ("https://www.dcnet.gr.jp/pdf/download/support/research/center1/t_h29SOS_guide.pdf", []), // 001:2347
        ("雲南市木次町里方１２７５－２ 3", []),                                           // 001:4746
        ("対象期間は 2025（令和７）", ["2025"]),       // 001:37, the line ends before 年; the era year still gives 2025
        ("", []),
    ])
    func datesInText(text: String, expected: [String]) {
        #expect(EraDate.matches(in: text).map(\.date.iso) == expected)
    }

    @Test func matchRangesPointAtTheSource() throws {
        let text = "設置数：全国に456か所（令和元年１１月現在）"
        let match = try #require(EraDate.matches(in: text).first)
        #expect(text[match.range] == "令和元年１１月")
        #expect(match.date.wareki == "令和元年11月")
    }

    @Test func contextEraFindsBareFiscalYears() {
        // 001 R7 headers: 平成20–30 and then 令和1; the caller knows where the era changes.
        let heiseiHeader = "２０年度 ２１年度 3０年度"
        #expect(EraDate.matches(in: heiseiHeader).isEmpty)
        #expect(EraDate.matches(in: heiseiHeader, contextEra: .heisei).map(\.date.wareki)
            == ["平成20年度", "平成21年度", "平成30年度"])
        #expect(EraDate.matches(in: "１年度（～１２月）", contextEra: .reiwa).map(\.date.wareki) == ["令和元年度"])
    }
}
