import Foundation
import Testing
@testable import Japanese

@Suite struct CharacterNormalizationTests {
    /// The 14 Kangxi radicals of seed 001 (lines 128–188 and 1291–1314), each in a real context.
    @Test(arguments: [
        ("認知症⾼齢者等にやさしい地域づくり", "認知症高齢者等にやさしい地域づくり"),  // 001:128
        ("認知症の⼈を⽀える周囲の⼈において⾏われる意思決定", "認知症の人を支える周囲の人において行われる意思決定"),
        ("必要な⽀援を⾏う体制", "必要な支援を行う体制"),
        ("⽅針", "方針"), ("⽰す", "示す"), ("⽣活", "生活"), ("利⽤", "利用"), ("能⼒", "能力"),
        ("満⾜", "満足"), ("⾎管", "血管"), ("⾃⽴", "自立"), ("意⾒", "意見"), ("⾃動⾞", "自動車"),
    ])
    func kangxiRadicalsFromTheSeeds(input: String, expected: String) {
        #expect(JapaneseText.normalizeCharacters(input) == expected)
    }

    /// The whole Kangxi block maps to ideographs: to the NFKC target, except the two radicals
    /// whose NFKC target is an old form a Japanese font does not draw.
    @Test func fullKangxiTable() {
        let overrides: [UInt32: String] = [0x2F3E: "戸", 0x2FC8: "黄"]
        #expect(kangxiRadicalTargets.count == 214)
        for value in UInt32(0x2F00)...0x2FD5 {
            let radical = String(Character(Unicode.Scalar(value)!))
            let expected = overrides[value] ?? radical.precomposedStringWithCompatibilityMapping
            let normalized = JapaneseText.normalizeCharacters(radical)
            #expect(normalized == expected, "U+\(String(value, radix: 16, uppercase: true))")
            #expect(normalized.unicodeScalars.allSatisfy(CharacterClass.isIdeograph))
        }
    }

    @Test(arguments: [
        ("⻑野県", "長野県"), ("⻘森県", "青森県"), ("⻄日本", "西日本"), ("⺠生委員", "民生委員"),
        ("⻝事", "食事"), ("⻩色", "黄色"), ("⻨", "麦"), ("⻫藤", "斉藤"), ("⻭科", "歯科"),
        ("⻲", "亀"), ("⻳", "亀"), ("⻔", "門"), ("⻓", "長"), ("⻢", "馬"), ("⻚", "頁"),
        ("⺟子", "母子"),
    ])
    func radicalSupplementToJapaneseForms(input: String, expected: String) {
        #expect(JapaneseText.normalizeCharacters(input) == expected)
    }

    @Test(arguments: [
        ("椚塚", "椚\u{585A}"),                  // U+FA10 in 001:7028 → U+585A
        ("\u{F91D}", "\u{6B04}"),               // 欄 compatibility → unified
        ("\u{F929}", "\u{6717}"),               // 朗
        ("\u{2F800}", "\u{4E3D}"),              // supplement block
    ])
    func compatibilityIdeographsToUnified(input: String, expected: String) {
        #expect(JapaneseText.normalizeCharacters(input) == expected)
    }

    /// Seed 003's stray simplified characters (lines 37 and 638) and others from the table.
    @Test(arguments: [
        ("重 点 事 项", "重 点 事 項"),
        ("参 考 资 料", "参 考 資 料"),
        ("计划", "計画"), ("县", "県"), ("实施", "実施"), ("经费", "経費"), ("报告", "報告"),
    ])
    func simplifiedCharactersBecomeJapanese(input: String, expected: String) {
        #expect(JapaneseText.normalizeCharacters(input) == expected)
    }

    @Test func vertialPresentationForms() {
        #expect(JapaneseText.normalizeCharacters("対象期間︓2025（令和７）年まで") == "対象期間：2025（令和７）年まで") // 001:211
        #expect(JapaneseText.normalizeCharacters("﹁介護﹂︵案︶") == "「介護」（案）")
    }

    /// Real characters and names that must not be "corrected".
    @Test(arguments: [
        "医療法人 河﨑会",            // U+FA11 is a unified ideograph (001:4567)
        "対馬市美津島町雞知乙1168番7",  // 雞 is a real place name (001:5119)
        "本巢市", "曾爾村", "曾於市",    // variant glyphs, kept without a gazetteer (003)
        "会議", "区役所", "万人", "個別",  // shared by both scripts
        "①②Ⅱ㈱", "１２３", "ﾋﾞﾙ", "北海道",
        "龍ケ崎市", "囑託",
    ])
    func legitimateCharactersStay(text: String) {
        #expect(JapaneseText.normalizeCharacters(text) == text)
    }

    /// Keys of the simplified table are never Japanese (JIS X 0208 / Shift_JIS) and values are.
    @Test func simplifiedTableIsSafe() throws {
        let shiftJIS = String.Encoding.shiftJIS
        for (simplified, japanese) in simplifiedToJapanese {
            let key = String(Character(simplified))
            let value = String(Character(japanese))
            #expect(key.data(using: shiftJIS) == nil, "\(key) is a Japanese character")
            #expect(value.data(using: shiftJIS) != nil, "\(value) is not in JIS X 0208")
        }
    }

    @Test(arguments: [
        (" 北 海 道", "北海道"),
        ("品川区中延二丁目15番5号 酒井ﾋﾞﾙ2階", "品川区中延二丁目15番5号 酒井ビル2階"),   // 001 R1 #133
        ("雲南市木次町里方１２７５－２", "雲南市木次町里方1275-2"),                    // 001:4746
        ("神 奈 川 県\u{3000}", "神奈川県"),
        ("医療法人 河﨑会", "医療法人 河﨑会"),
        ("⾼齢者 ⽀援", "高齢者 支援"),
        ("新 大津市社保協", "新 大津市社保協"),
    ])
    func normalizeNameField(input: String, expected: String) {
        #expect(JapaneseText.normalizeName(input) == expected)
    }

    @Test func matchKeyCombinesEverything() {
        #expect(JapaneseText.matchKey(" 北 海 道 ") == "北海道")
        #expect(JapaneseText.matchKey("⾼知県") == "高知県")
        #expect(JapaneseText.matchKey("合　計") == "合計")
        #expect(JapaneseText.matchKey("ｻｲﾀﾏ") == "サイタマ")
    }
}
