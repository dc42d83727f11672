import Foundation
import Ingest
import Testing

/// The three shipped documents import with the outline their inventories describe.
@Suite struct ShippedDocumentTests {
    @Test func allThreeDocumentsImport() {
        #expect(Set(Shipped.documents.keys) == ["shahokyo-2020", "ninchisho-2020", "shakai-engo-2010"])
    }

    @Test func ninchishoHasTwelveNumberedChapters() throws {
        let document = try #require(Shipped.documents["ninchisho-2020"])
        let chapters = document.sections.filter { Int($0.number) != nil }
        #expect(chapters.map(\.number) == (1...12).map(String.init))
        #expect(chapters.map(\.lines.lowerBound) == [3, 212, 698, 756, 942, 1010, 1343, 1707, 1810, 2313, 2401, 2659])
        #expect(chapters.first?.title == "認知症施策推進大綱に基づく施策の推進について")
        #expect(chapters[3].title == "認知症疾患医療センターの整備の推進について")
        #expect(chapters[11].title == "認知症施策に関する令和２年度予算案について")
        #expect(chapters.allSatisfy { $0.title.hasSuffix("について") && $0.level == 1 })
        // The 参考資料 part: one section per reference table.
        let reference = document.sections.filter { $0.number.hasPrefix("R") }
        #expect(reference.map(\.number) == (1...11).map { "R\($0)" })
        #expect(reference.first?.title == "認知症疾患医療センター一覧")
        #expect(reference.first?.lines.lowerBound == 3172)
    }

    @Test func ninchishoSubHeadingsFollowTheRealOutline() throws {
        let document = try #require(Shipped.documents["ninchisho-2020"])
        let headings = document.allSections.filter { $0.level >= 2 && $0.number.hasPrefix("(") }
        #expect(headings.map(\.lines.lowerBound) == [5, 49, 112, 214, 330, 379, 434, 1012, 1046, 1065, 1111, 1123, 1345, 1408, 1442, 1709, 1774, 1793])
        let kana = document.allSections.filter { ["ア", "イ", "ウ"].contains($0.number) }
        #expect(kana.map(\.lines.lowerBound) == [436, 470, 493])
        #expect(kana.first?.title == "認知症に関する相談窓口の周知について")
        let chapter2 = try #require(document.section("2"))
        #expect(chapter2.children.first { $0.number == "(4)" }?.children.count == 3)
        // The box inside 2（1） restarts its own （１）…（５）; its （２）人選 is text, not 2（2）.
        #expect(!document.allSections.contains { $0.title == "人選" })
        // A slide page stays a sub-section of its chapter.
        let chapter1 = try #require(document.section("1"))
        #expect(chapter1.children.contains { $0.lines.lowerBound == 128 && $0.title.hasPrefix("認知症施策推進大綱（概要）") })
    }

    @Test func ninchishoComparisonTablesShowRevisedTextOnce() throws {
        let document = try #require(Shipped.documents["ninchisho-2020"])
        let chapter12 = try #require(document.section("12"))
        let tables = chapter12.children.filter { $0.title.contains("新旧対照表") }
        #expect(tables.count == 4)
        let first = try #require(tables.first)
        #expect(first.body.components(separatedBy: "３ 認知症総合支援事業（法第１１５条の４５第２項第６号）").count == 2)
        #expect(first.body.contains("> **改正前（現行）の文**"))
    }

    @Test func shakaiEngoFollowsItsTableOfContents() throws {
        let document = try #require(Shipped.documents["shakai-engo-2010"])
        #expect(document.sections.count == 19)
        #expect(document.sections.map(\.number) == [
            "重点1", "重点2", "重点3", "重点4", "重点5", "重点6", "連絡1", "連絡2", "連絡3",
            "参考1", "参考2", "参考3", "参考4", "参考5", "参考6", "参考7", "参考8", "参考9", "参考10",
        ])
        #expect(document.sections.map(\.lines.lowerBound) == [39, 184, 254, 350, 512, 528, 614, 624, 634, 641, 661, 918, 972, 981, 1317, 2041, 2762, 3104, 3142])
        #expect(document.sections[5].title == "消費生活協同組合の指導・監督について")
        #expect(document.sections[17].title == "「共済事業向けの総合的な監督指針」の改正案について")
        #expect(document.sections[18].title == "消費生活協同組合法施行規則の一部を改正する省令案の概要について")
    }

    @Test func shakaiEngoSubHeadingsIgnoreMarkdownDepth() throws {
        let document = try #require(Shipped.documents["shakai-engo-2010"])
        func numbered(_ number: String) throws -> [Section] {
            try #require(document.section(number)).children.filter { $0.number.hasPrefix("(") }
        }
        // (3) and (5) are plain text in the source, (4) is `####`: all six are siblings.
        #expect(try numbered("重点2").map(\.lines.lowerBound) == [186, 204, 224, 234, 240, 246])
        #expect(try numbered("重点6").map(\.lines.lowerBound) == [552, 567, 577, 590, 594])
        #expect(try numbered("参考2").map(\.lines.lowerBound) == [663, 667, 671, 748, 805, 861])
        let chihou = try #require(document.section("重点3")?.children.first { $0.title == "地方改善事業の実施について" })
        #expect(chihou.lines.lowerBound == 300)
        #expect(chihou.children.map(\.number) == ["(1)", "(2)"])
        #expect(chihou.children.first?.children.map(\.number) == ["ア", "イ", "ウ"])
        let chiiki = try #require(document.section("重点4")?.children.first { $0.number == "(2)" })
        #expect(chiiki.children.map(\.number) == ["ア", "イ", "ウ"])
    }

    @Test func shakaiEngoLostChartsSaySo() throws {
        let document = try #require(Shipped.documents["shakai-engo-2010"])
        let sanko2 = try #require(document.section("参考2"))
        for number in ["(1)", "(2)"] {
            #expect(sanko2.children.first { $0.number == number }?.body == "この図表のデータは原資料に含まれていません")
        }
        #expect(try #require(document.section("参考4")).body.contains("この図表のデータは原資料に含まれていません"))
    }

    @Test func shakaiEngoComparisonIsNotPrintedTwice() throws {
        let document = try #require(Shipped.documents["shakai-engo-2010"])
        let sanko6 = try #require(document.section("参考6"))
        let text = sanko6.flattened.map { $0.title + "\n" + $0.body }.joined(separator: "\n")
        #expect(text.components(separatedBy: "本事業の対象者は、次のいずれにも該当する者とする。").count == 2)
        // The one sentence that changed keeps its former wording, folded away.
        #expect(text.contains("> **改正前（現行）の文**"))
        #expect(text.contains("成年後見制度の利用の支援等"))
    }

    @Test func shahokyoHasItsThreeBlocks() throws {
        let document = try #require(Shipped.documents["shahokyo-2020"])
        #expect(document.sections.map(\.title) == ["地域社保協結成到達(2020年9月現在)", "各県地域社保協一覧(2020年9月総会時)", "詳細別紙：埼玉県・大阪府・京都府"])
        #expect(document.sections.map(\.lines.lowerBound) == [3, 56, 290])
        #expect(document.tables.count == 3)
        #expect(document.tables[0].rows.count == 1 + 49)
        // Five page-break repeats of the block-2 header are furniture, not rows.
        #expect(document.tables[1].rows.filter { $0.cells.first == "県" }.count == 1)
        // The appendix keeps its unterminated last line (大阪 #51).
        #expect(document.tables[2].rows.last?.cells.contains("大阪狭山社保協") == true)
    }

    /// A line added at the top (or a third of the way in) shifts the sections after it by one and
    /// changes nothing else.
    @Test(arguments: [("shahokyo-2020", 0), ("ninchisho-2020", 0), ("shakai-engo-2010", 0), ("ninchisho-2020", 3000), ("shakai-engo-2010", 1100)])
    func outlineDoesNotDependOnAbsoluteLines(id: String, at insertion: Int) throws {
        let catalog = try SourceCatalog(contentsOf: Package.content.appendingPathComponent("sources/sources.yaml"))
        let entry = try #require(catalog.entries.first { $0.id == id })
        let original = try SourceText(contentsOf: Package.content.appendingPathComponent("sources/\(entry.file)"))
        var lines = original.lines
        lines.insert("", at: insertion)
        let shifted = SourceText(path: original.path, lines: lines)
        let before = try #require(Shipped.documents[id]).allSections
        // The datasets' lines shift with the text, as the dataset import would read them.
        let claims = try Shipped.claims.get().map { claim in
            var claim = claim
            if claim.document == id, claim.lines.lowerBound > insertion { claim.lines = (claim.lines.lowerBound + 1)...(claim.lines.upperBound + 1) }
            return claim
        }
        let after = try DocumentImporter.read(shifted, entry: entry, claims: claims).allSections
        #expect(after.map(\.title) == before.map(\.title))
        #expect(after.map(\.number) == before.map(\.number))
        #expect(after.map(\.lines.lowerBound) == before.map { $0.lines.lowerBound > insertion ? $0.lines.lowerBound + 1 : $0.lines.lowerBound })
    }
}

@Test func importOfTheShippedDocumentsSucceeds() throws {
    #expect(try Shipped.imported.get().count == 3)
}
