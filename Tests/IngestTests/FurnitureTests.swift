import Testing
import Japanese

@testable import Ingest

/// Recognising page furniture from the shape of the text around it.
@Suite struct FurnitureTests {
    @Test(arguments: [
        ("相談記録システムの概要相談記録システムの概要", "相談記録システムの概要"),
        ("市町村市町村", "市町村"),
        ("研修実施機関研修実施機関 都道府県都道府県", "研修実施機関 都道府県"),
        ("地域医療介護総合確保基金・82億円の内数 地域医療介護総合確保基金・82億円の内数", "地域医療介護総合確保基金・82億円の内数"),
    ])
    func doubledTextIsUndoubled(line: String, expected: String) {
        #expect(DoubledText.undoubled(line) == expected)
    }

    @Test(arguments: ["ポイント ポイント", "４ （略） ４ （略）", "設置 人員 設置 人員 設置 人員", "○ ○", "認知症"])
    func legitimateRepetitionStays(line: String) {
        #expect(DoubledText.undoubled(line) == nil)
    }

    /// 千 and 京 are numerals to Unicode but letters of a vertical label (千葉県, 東京都).
    @Test func verticalLabelsKeepKanjiNumerals() {
        let layout = PdfPageLayout(SourceText(path: "t.txt", lines: ["本文", "", "千", "葉", "県", "", "東", "京", "都", "", "1", "2", "3"]))
        #expect(layout.content[2] == "千葉県" && layout.content[6] == "東京都")
        #expect(layout.labels == [2, 6])
    }

    @Test func pageLayout() {
        let lines = [
            "表題", " 活動状況について", "", "本文一", "", "7", "", "", " 活動状況について", "", "本文二",
            "", "0", "", "10", "", "20", "", "30", "", "縦", "書", "き", "", " 活動状況について", "本文三", " ",
        ]
        let layout = PdfPageLayout(SourceText(path: "t.txt", lines: lines))
        // Pages open at lines 2, 9 and 25 (0-based 1, 8, 24).
        #expect([1, 8, 24].allSatisfy { layout.page[$0] == layout.page[$0 - 1] + 1 })
        #expect(layout.content[1] == "活動状況について")
        #expect(layout.furniture[5] == .folio)
        #expect(layout.furniture[1] == nil)
        #expect(layout.furniture[8] == .runningHeader)
        #expect(layout.furniture[24] == .runningHeader)
        #expect([12, 14, 16, 18].allSatisfy { layout.furniture[$0] == .chartAxis })
        // A vertical label is kept as one word on its first line.
        #expect(layout.content[20] == "縦書き" && layout.furniture[20] == nil)
        #expect([21, 22].allSatisfy { layout.furniture[$0] == .verticalText })
        #expect(layout.furniture[26] == .pageMarker)
    }

    @Test func paragraphsJoinAcrossWrapsAndPages() {
        func line(_ index: Int, _ text: String, page: Int = 0) -> ProseBuilder.Line {
            ProseBuilder.Line(index: index, layout: text, text: text, row: text, page: page, prose: true)
        }
        let lines = [
            line(0, "認知症施策については、これまで「認知症施策推進総合戦略（新オレンジプラ"),
            line(1, "ン）」を推進してきた。"),
            line(2, "① 普及啓発"),
            line(3, "② 予防"),
            line(4, "各都道府県におかれては、管内市町村とも共有しながら取組を進めていただくよう"),
            line(5, "お願いしたい。", page: 1),
        ]
        let texts = ProseBuilder.paragraphs(lines).map { JapaneseText.joinProse($0.map(\.text)) }
        #expect(texts == [
            "認知症施策については、これまで「認知症施策推進総合戦略（新オレンジプラン）」を推進してきた。",
            "① 普及啓発", "② 予防",
            "各都道府県におかれては、管内市町村とも共有しながら取組を進めていただくようお願いしたい。",
        ])
    }

    @Test func aWebAddressEndsItsParagraphUnlessTheNextLineCarriesItOn() {
        func line(_ index: Int, _ text: String) -> ProseBuilder.Line {
            ProseBuilder.Line(index: index, layout: text, text: text, row: text, page: 0, prose: true)
        }
        let lines = [
            line(0, "（参考）https://www.mhlw.go.jp/content/12300000/000340375.pdf"),
            line(1, "なお、令和２年度予算案においては、包括的支援事業の中で推進する。"),
            line(2, "○厚生労働省によるオレンジリングドレスアップURL: https://www.mhlw.go.jp/stf/seisak"),
            line(3, "unitsuite/bunya/alzheimerday2019.html"),
            line(4, "特設サイト掲載例"),
        ]
        let texts = ProseBuilder.paragraphs(lines).map { JapaneseText.joinProse($0.map(\.text)) }
        #expect(texts == [
            "（参考）https://www.mhlw.go.jp/content/12300000/000340375.pdf",
            "なお、令和２年度予算案においては、包括的支援事業の中で推進する。",
            "○厚生労働省によるオレンジリングドレスアップURL: https://www.mhlw.go.jp/stf/seisakunitsuite/bunya/alzheimerday2019.html",
            "特設サイト掲載例",
        ])
        // An address closed by a bracket is inside a sentence, which goes on.
        #expect(!ProseBuilder.endsAtAddress("詳細（https://example.jp/a.html）", next: "を参照"))
    }

    @Test func aVerticalLabelIsOneWordOnItsOwn() {
        let lines = ["", "基本的活動圏域 都道府県圏域 二次医療圏域", "", "専", "門", "的", "医", "療", "機", "能", "", "鑑別診断等 認知症の鑑別診断"]
        let layout = PdfPageLayout(SourceText(path: "t.txt", lines: lines))
        #expect(layout.content[3] == "専門的医療機能" && layout.labels == [3])
        func line(_ index: Int) -> ProseBuilder.Line {
            ProseBuilder.Line(
                index: index, layout: layout.content[index], text: layout.content[index], row: layout.content[index], page: 0,
                standalone: layout.labels.contains(index))
        }
        let texts = ProseBuilder.paragraphs([line(1), line(3), line(11)]).map { JapaneseText.joinProse($0.map(\.text)) }
        #expect(texts == ["基本的活動圏域 都道府県圏域 二次医療圏域", "専門的医療機能", "鑑別診断等 認知症の鑑別診断"])
    }
}
