import Testing
@testable import Japanese

@Suite struct ProseJoiningTests {
    @Test func japaneseLinesJoinWithoutSpaces() {
        // 001: prose wrapped mid-word, with the page-start space on the first line.
        let lines = [
            " 認知症施策推進大綱は、認知症の発症を遅らせ、認",
            "",
            "知症になっても希望を持って日常生活を過ごせる社会を目指し、",
            "　認知症の人や家族の視点を重視しながら",
        ]
        #expect(JapaneseText.joinProse(lines)
            == "認知症施策推進大綱は、認知症の発症を遅らせ、認知症になっても希望を持って日常生活を過ごせる社会を目指し、認知症の人や家族の視点を重視しながら")
    }

    @Test(arguments: [
        (["Dementia", "Friendly Japan"], "Dementia Friendly Japan"),
        (["WHO", "のガイドライン"], "WHOのガイドライン"),
        (["認知症施策推進室", "SNS"], "認知症施策推進室SNS"),
        (["令和元年 12", "月 27 日"], "令和元年 12月 27 日"),      // intra-line padding is tightenNumberSpacing's job
        (["e.g.", "the guideline"], "e.g. the guideline"),
        (["2025", "年まで"], "2025年まで"),
        (["  ", "", "\t"], ""),
        ([], ""),
        (["単独行"], "単独行"),
        (["末尾の空白 ", " 先頭の空白"], "末尾の空白先頭の空白"),
        (["全角空白　", "　続き"], "全角空白続き"),
    ])
    func boundaries(lines: [String], expected: String) {
        #expect(JapaneseText.joinProse(lines) == expected)
    }

    /// 001:8650–8652: chart labels printed one character per line.
    @Test func verticalLabelsJoinIntoNames() {
        #expect(JapaneseText.joinProse(["鳥", "取", "県"]) == "鳥取県")
        #expect(PrefectureResolver.resolve(JapaneseText.joinProse(["鳥", "取", "県"]))?.prefecture?.code == 31)
    }

    @Test func urlsBrokenAcrossLinesStayWhole() {
        // 001:487–489 and 001:1702–1704.
        #expect(JapaneseText.joinProse([
            "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/hukushi_kaigo/kaigo_koureis",
            "",
            "ha/ninchi/index.html",
        ]) == "https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/hukushi_kaigo/kaigo_koureisha/ninchi/index.html")
        #expect(JapaneseText.joinProse(["http://www.nivr.jeed.", "or.jp/download/kyou", "zai/kyouzai50.pdf"])
            == "http://www.nivr.jeed.or.jp/download/kyouzai/kyouzai50.pdf")
    }

    @Test(arguments: [
        ("令和元年 12 月 27 日", "令和元年12月27日"),                // 001 prose padding
        ("平成 21 年 4 月 1 日", "平成21年4月1日"),                  // 003:1754 and others
        ("1,382 市町村", "1,382市町村"),
        ("240 億円の内数", "240億円の内数"),                          // 003:984
        ("1, 861世帯(内訳:回答1, 804世帯、拒否57世帯)", "1,861世帯(内訳:回答1,804世帯、拒否57世帯)"), // 003:1218
        ("約 42 ％", "約42％"),
        ("21 10 19", "21 10 19"),                                  // separate values stay apart
        ("Team Orange 2020", "Team Orange 2020"),
        ("1, 2, 3", "1, 2, 3"),                                    // a list, not a thousands group
        ("第 1 章", "第1章"),
    ])
    func numberPadding(input: String, expected: String) {
        #expect(JapaneseText.tightenNumberSpacing(input) == expected)
    }
}
