import Foundation
import Ingest
import Testing

/// Each reader on a small excerpt shaped like its source.
@Suite struct RosterReaderTests {
    @Test func blocksHeadlineRepeatedHeaderAndAppendix() throws {
        let document = try RosterReader.read(Package.fixture("roster.tsv"), id: "roster", title: "Roster")
        #expect(document.sections.map(\.title) == ["会員数一覧(2020年9月現在)", "名簿(2020年9月)", "詳細別紙：埼玉県・大阪府"])
        #expect(document.sections.map(\.lines.lowerBound) == [2, 9, 21])
        // The headline under a caption is text of that block.
        #expect(document.sections[1].body.hasPrefix("3都道府県 5支部\n\n| 県 | 数 | 支部名 |"))
        // The header repeated after the page break is furniture, and the block continues.
        #expect(document.trace[16].role == .furniture(.repeatedHeader))
        #expect(document.tables[1].rows.map { $0.cells.last ?? "" } == ["支部名", "函館支部", "旭川支部", "十勝支部", ""])
        // Spaced names are closed up cell by cell.
        #expect(document.tables[0].rows[2].cells.first == "青森")
        // The last line has no newline and still counts.
        #expect(document.tables[2].rows.last?.cells == ["2", "秩父支部", "2", "住之江支部"])
        #expect(document.tables[2].rows.last?.line == document.trace.count && document.tables[2].layout == .tsv)
        #expect(Coverage(document).missing.isEmpty)
    }
}

@Suite struct PdfTextReaderTests {
    let document: SourceDocument

    init() throws {
        document = try PdfTextReader.read(Package.fixture("pdf-text.txt"), id: "pdf", title: "PDF")
    }

    @Test func chaptersAndSubHeadings() throws {
        // Each reference table is a section of its own, titled by its caption.
        #expect(document.sections.map(\.number) == ["1", "2", "R1"])
        #expect(document.sections.map(\.title) == ["テスト施策の推進について", "テスト相談体制の充実について", "都道府県別テスト実施状況調べ"])
        let first = try #require(document.sections.first)
        #expect(first.children.filter { $0.level == 2 && !$0.number.isEmpty }.map(\.number) == ["(1)", "(2)", "(3)"])
        // A box restarting its own numbering stays text.
        #expect(!document.allSections.contains { $0.title == "人選" })
        let second = try #require(document.section("2"))
        #expect(second.children.last?.children.map(\.number) == ["ア", "イ"])
        #expect(document.trace[1].role == .furniture(.titleBlock))
    }

    @Test func furnitureIsStripped() throws {
        #expect(document.trace[24].role == .furniture(.folio))
        #expect(document.trace[47].role == .furniture(.folio))
        // A vertical figure label is kept, read as one word.
        #expect([44, 45].allSatisfy { document.trace[$0].role == .furniture(.verticalText) })
        let text = document.allSections.map(\.body).joined(separator: "\n")
        #expect(!text.contains("114"))
        #expect(!text.contains("⾼"))
        // Prose lines and the sentence broken by the page break are joined; number padding goes.
        #expect(text.contains("増加が見込まれる中で、令和元年12月27日に取りまとめられた。"))
        #expect(text.contains("取組を進めていただくようお願いしたい。なお、関係する事業の詳細については別途通知する予定である。"))
        // Doubled text-layer lines are printed once.
        let slide = try #require(document.section("1")?.children.first { $0.lines.lowerBound == 40 })
        #expect(slide.title == "テスト施策の概要（令和元年６月１８日決定）")
        #expect(slide.body.components(separatedBy: "テスト施策の概要").count == 1)
        #expect(text.contains("対象期間：2025（令和７）年まで"))
    }

    @Test func referenceTablesAndLostChart() throws {
        let reference = try #require(document.section("R1"))
        #expect(reference.title == "都道府県別テスト実施状況調べ")
        let body = reference.body
        // The rows are a table, not the caption again.
        #expect(body.hasPrefix("| --- | --- | --- | --- |\n| 北海道 | 10 | 20 | 30 |"))
        #expect(body.contains("数値は照合していません"))
        #expect(body.contains("この図表のデータは原資料に含まれていません"))
        #expect(document.tables.last?.rows.first?.cells == ["北海道", "10", "20", "30"])
        #expect(Coverage(document).missing.isEmpty)
    }

    /// A chapter whose prose is followed by a slide and then by a 新旧対照表: the slide is a
    /// slide, and the comparison is a comparison, printed once with the former wording.
    @Test func aComparisonAfterASlideIsAComparison() throws {
        let text = [
            " １．テスト要綱の改正について", "",
            "テスト要綱を改正し、市町村が計画を定めることとする。", "",
            " テスト施策の概要",
            "対象 高齢者 障害者 児童",
            "実施 令和７年度から",
            "補助 国庫 二分の一",
            " テスト要綱 新旧対照表",
            "改正後 現行",
            "第一条 この要綱は、テスト施策に必要な事項を定める。",
            "第二条 市町村は、計画を定めるものとする。",
            "第一条 この要綱は、テスト施策に必要な事項を定める。",
            "第二条 市町村は、計画を定めることができる。",
            "", " ２．次の施策について", "", "次の施策の本文である。",
        ]
        let read = try PdfTextReader.read(SourceText(path: "x.txt", lines: text), id: "x", title: "X")
        let chapter = try #require(read.section("1"))
        #expect(chapter.children.map(\.title) == ["テスト施策の概要", "テスト要綱 新旧対照表"])
        let comparison = try #require(chapter.children.last)
        #expect(comparison.body.components(separatedBy: "この要綱は、テスト施策に必要な事項を定める。").count == 2)
        #expect(comparison.body.contains("> **改正前（現行）の文**\n>\n> 第二条 市町村は、計画を定めることができる。"))
        #expect(comparison.lines == 9...15)
        #expect(Coverage(read).missing.isEmpty)
    }
}

@Suite struct MarkdownPdfReaderTests {
    let document: SourceDocument

    init() throws {
        document = try MarkdownPdfReader.read(Package.fixture("pdf-markdown.md"), id: "md", title: "MD")
    }

    @Test func itemsFromTableOfContents() {
        #expect(document.sections.map(\.number) == ["重点1", "重点2", "参考1", "参考2"])
        #expect(document.sections.map(\.title) == ["テスト対策について", "テスト制度について", "テスト実績等", "テスト事業実施要領について"])
        #expect(document.trace[1].role == .furniture(.titleBlock))
        #expect(document.trace.contains { $0.role == .furniture(.partDivider) })
    }

    @Test func numberedSubHeadingsWhateverTheirMarkup() throws {
        let item = try #require(document.section("重点2"))
        #expect(item.children.map(\.number) == ["(1)", "(2)"])
        // A sentence split across the page break is joined.
        #expect(item.children.first?.body.contains("また、民生委員による") == true)
    }

    @Test func lostFigureNote() throws {
        let slide = try #require(document.section("重点1")?.children.last)
        #expect(slide.title == "事務費の補助の流れ")
        #expect(slide.body == "この図表のデータは原資料に含まれていません")
        #expect(try #require(document.section("参考1")).children.first?.body.hasPrefix("この図表のデータは原資料に含まれていません") == true)
    }

    @Test func comparisonPrintedOnceWithFormerWording() throws {
        let item = try #require(document.section("参考2"))
        let text = item.flattened.map { $0.title + "\n" + $0.body }.joined(separator: "\n")
        #expect(text.components(separatedBy: "指定都市社協が行う援助事業").count == 2)
        #expect(text.components(separatedBy: "本事業は支援を目的とする。").count == 2)
        #expect(text.contains("契約に至らない者とする。"))
        #expect(text.contains("> **改正前（現行）の文**\n>\n> 対象者は、判断能力が不十分な者とする。"))
        #expect(Coverage(document).missing.isEmpty)
    }
}
