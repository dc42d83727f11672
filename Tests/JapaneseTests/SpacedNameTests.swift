import Testing
@testable import Japanese

@Suite struct SpacedNameTests {
    @Test(arguments: [
        ("北 海 道", "北海道"),
        ("東　京　都", "東京都"),                                 // ideographic spaces
        ("青 森 県", "青森県"),
        ("神 奈 川 県", "神奈川県"),                              // 001:7806, 4-character names spaced too
        ("相 模 原 市", "相模原市"),
        ("堺 市", "堺市"),                                       // two tokens are a run
        ("北 九 州 市", "北九州市"),                              // 001:7908
        ("1 北 海 道", "1 北海道"),                               // 001:3175 record start
        (" 57 福 島 県", " 57 福島県"),                           // 001:3478, page-start space kept
        ("424 静 岡 市", "424 静岡市"),                           // 001:5446
        ("7 北 海 道 島田脳神経外科 医療法人たんぽぽ会 H31.4.1", "7 北海道 島田脳神経外科 医療法人たんぽぽ会 H31.4.1"),
        ("14 神 奈 川 県 35 92 127", "14 神奈川県 35 92 127"),
        ("重 点 事 項", "重点事項"),                               // 003:37
        ("合 計", "合計"),                                        // 003:803
        ("合　計", "合計"),                                       // 001:7702
        ("雇 用 事 例", "雇用事例"),                               // 001:1706
        ("予 算 額", "予算額"),
        ("北\u{00A0}海\u{00A0}道", "北海道"),                       // no-break spaces, as in seed 003
        ("さ い た ま 市", "さいたま市"),                            // kana count as CJK
    ])
    func spacedRunsCollapse(input: String, expected: String) {
        #expect(JapaneseText.collapseSpacedName(input) == expected)
    }

    @Test(arguments: [
        "新 大津市社保協",               // 000:180, 新 is a marker before a name
        "北海道 夕張市",                 // two words, not letters
        "さいたま市",
        "増 △ 減",                       // △ is not CJK
        "北海道 ○ 3 静岡県 ○ 7",          // 001:8172
        "男  女",                         // two spaces: a column gap, not letter spacing
        "男\t女",                         // tab separates fields
        "医療法人 河﨑会",
        "ア 認知症に関する相談窓口の周知について",
        "北海道",
        "",
        " ",
        "H 29",
        "A B C",
    ])
    func normalTextIsLeftAlone(text: String) {
        #expect(JapaneseText.collapseSpacedName(text) == text)
    }

    @Test func partialRunsInsideLongerText() {
        // Only the run of single characters closes up; the multi-character token keeps its space.
        #expect(JapaneseText.collapseSpacedName("予 算 額(案)") == "予算 額(案)")
        #expect(JapaneseText.collapseSpacedName("北 海 道  青 森 県") == "北海道  青森県")
    }
}
