import Testing
@testable import Japanese

@Suite struct WidthFoldingTests {
    @Test(arguments: [
        ("１２３４", "1234"),
        ("Ｈ29.4．1", "H29.4.1"),                       // 001:3214, mixed widths in one date
        ("H29.4.１", "H29.4.1"),                        // 001:5090
        ("Ｒ２.４", "R2.4"),                             // 001:1540
        ("（１）", "(1)"),
        ("８．０億円", "8.0億円"),                        // full-width decimal point, 001:1288
        ("ＳＮＳ（facebook）", "SNS(facebook)"),
        ("１，２３４", "1,234"),
        ("－", "-"),                                     // U+FF0D, the none marker of 001 R6
        ("東　京　都", "東 京 都"),                        // U+3000 becomes an ASCII space
        ("５０％", "50%"),
        ("２／３", "2/3"),                               // 001:1984
        ("ＡＢＣｘｙｚ", "ABCxyz"),
    ])
    func fullWidthASCIIFoldsToASCII(input: String, expected: String) {
        #expect(JapaneseText.foldWidth(input) == expected)
    }

    @Test(arguments: [
        ("酒井ﾋﾞﾙ2階", "酒井ビル2階"),                     // 001 R1 #133 address
        ("ﾆｭｰﾖｰｸ", "ニューヨーク"),                       // 001 R11 overseas rows
        ("龍ｹ崎市", "龍ケ崎市"),                          // 001:3534
        ("ﾊﾟﾋﾟﾌﾟﾍﾟﾎﾟ", "パピプペポ"),
        ("ｶﾞｷﾞｸﾞｹﾞｺﾞｻﾞｼﾞｽﾞｾﾞｿﾞﾀﾞﾁﾞﾂﾞﾃﾞﾄﾞﾊﾞﾋﾞﾌﾞﾍﾞﾎﾞ", "ガギグゲゴザジズゼゾダヂヅデドバビブベボ"),
        ("ｳﾞｧｲｵﾘﾝ", "ヴァイオリン"),
        ("｢介護｣･福祉", "「介護」・福祉"),                  // half-width brackets and middle dot
        ("ｱﾞ", "ア゛"),                                  // a mark that cannot combine stays visible
        ("ﾞ", "゛"),
        ("ｦﾟ", "ヲ゜"),
        ("ｰ", "ー"),
        ("｡､", "。、"),
    ])
    func halfWidthKatakanaFoldsToFullWidth(input: String, expected: String) {
        #expect(JapaneseText.foldWidth(input) == expected)
    }

    /// Characters NFKC would rewrite but the documents use on purpose.
    @Test(arguments: [
        "①②③④⑤⑩⑪", "Ⅱ Ⅲ", "㈱", "㍻", "○◎●△▲□", "※", "～30'", "〜", "￥", "№", "︓",
        "⾼齢者", "塚", "项", "ア",
    ])
    func compatibilityCharactersSurvive(text: String) {
        #expect(JapaneseText.foldWidth(text) == text)
    }

    @Test func asciiAndKanjiPassThrough() {
        let text = "認知症施策推進大綱 (2019) https://www.mhlw.go.jp/"
        #expect(JapaneseText.foldWidth(text) == text)
    }

    @Test func everyFullWidthASCIICharacterExceptWaveDash() {
        for value in UInt32(0xFF01)...0xFF5D {
            let scalar = Unicode.Scalar(value)!
            let folded = JapaneseText.foldWidth(String(Character(scalar)))
            #expect(folded.unicodeScalars.map(\.value) == [value - 0xFEE0])
        }
        #expect(JapaneseText.foldWidth("～") == "～")
    }

    @Test func foldingIsIdempotent() {
        let samples = ["ﾋﾞﾙ１２", "Ｈ29.4．1", "東　京", "ｶﾞｷﾞ"]
        for sample in samples {
            let once = JapaneseText.foldWidth(sample)
            #expect(JapaneseText.foldWidth(once) == once)
        }
    }
}
