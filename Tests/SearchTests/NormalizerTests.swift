import Foundation
import Testing

@testable import Search

@Suite struct NormalizerTests {
    @Test func foldsWidthAndLatinCaseButKeepsKanaDistinct() {
        #expect(SearchNormalizer.display("ＡＢＣ　１２３") == "ABC 123")
        #expect(SearchNormalizer.display("ﾎｰﾑﾚｽ") == "ホームレス")
        #expect(SearchNormalizer.display("ﾋﾞﾙ ﾊﾟﾝ") == "ビル パン")
        #expect(SearchNormalizer.keys("ＮＰＯ法人") == SearchNormalizer.keys("npo法人"))
        #expect(SearchNormalizer.keys("ほーむれす") != SearchNormalizer.keys("ホームレス"))
        #expect(SearchNormalizer.keys("ビル") != SearchNormalizer.keys("ヒル"))
        #expect(SearchNormalizer.keys("キャラバン") != SearchNormalizer.keys("キヤラバン"))
    }

    @Test func collapsesWhitespaceAndTrims() {
        #expect(SearchNormalizer.display("  東京\n\t 都  ") == "東京 都")
        #expect(SearchNormalizer.display("\u{3000}") == "")
    }

    @Test func fastPathAgreesWithFoundation() {
        for text in ["認知症サポーター、「東京都」。", "abc DEF 123", "ひらがなカタカナ漢字ー"] {
            #expect(SearchNormalizer.isNFKCStable(text))
            #expect(text.precomposedStringWithCompatibilityMapping == text)
        }
        #expect(!SearchNormalizer.isNFKCStable("（１）"))
        for text in ["平成29年4月1日（2017年4月1日）", "ＡＢＣ　１２３～", "（株）", "㈱ ①", "ｶﾞｲﾄﾞ", "ﾎｰﾑﾚｽ（ＮＰＯ）"] {
            let foundation = text.precomposedStringWithCompatibilityMapping
            let collapsed = foundation.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
            #expect(SearchNormalizer.display(text) == collapsed, "\(text)")
        }
        #expect(SearchNormalizer.display("ｶﾞｲﾄﾞ ﾌﾞｯｸ") == "ガイド ブック")
        #expect(SearchNormalizer.display("（１）\u{3000}Ａ") == "(1) A")
        #expect(SearchNormalizer.keys("𠮷Ａ") == [0x20BB7, 0x61])
        #expect(SearchNormalizer.display(String(decoding: [0xE6, 0x9D, 0x41], as: UTF8.self)) == "\u{FFFD}A")
        #expect(!SearchNormalizer.isNFKCStable("か\u{3099}"))
    }

    /// Every scalar the fast path takes as it is, or maps itself, must be what Foundation's NFKC
    /// gives, alone and beside kana, ideographs, ASCII and a combining mark (which sends the run to
    /// Foundation).
    @Test func fastPathScalarsAreFoundationsNFKC() {
        #expect(SearchNormalizer.display("a\u{A0}b\u{3000}c\u{A0}") == "a b c")
        let mapped: [UInt32] = Array(0x2460...0x2468) + Array(0xFF01...0xFF5E)
        let scalars = (0...0xFFFF).filter { SearchNormalizer.isStable(UInt32($0)) }.map(UInt32.init) + mapped
        for value in scalars {
            guard let scalar = Unicode.Scalar(value), !SearchNormalizer.isSpace(value), value >= 0x20, value != 0x7F else { continue }
            for text in ["\(scalar)", "認\(scalar)ア", "a\(scalar)b", "\(scalar)\u{3099}", "\(scalar)\u{0338}"] {
                let foundation = text.precomposedStringWithCompatibilityMapping
                    .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
                #expect(SearchNormalizer.display(text) == foundation, "U+\(String(value, radix: 16))")
            }
        }
    }

    @Test func classifiesKindsByAddress() {
        #expect(PageKind(outputPath: "prefectures/tokyo/index.html") == .prefecture)
        #expect(PageKind(outputPath: "programs/x/index.html") == .program)
        #expect(PageKind(outputPath: "documents/a/01/index.html") == .document)
        #expect(PageKind(outputPath: "data/x/index.html") == .data)
        #expect(PageKind(outputPath: "quality/index.html") == .data)
        #expect(PageKind(outputPath: "about/index.html") == .page)
        #expect(PageKind(outputPath: "index.html") == .page)
    }
}
