import Foundation
import Testing

@testable import Ingest

/// A side-by-side comparison flattened into lines is read back as a grid: one column per compared
/// item, blocks in their columns, merged cells spanning, and values that lost their column said
/// to have lost it rather than placed by guess.
@Suite struct FlattenedComparisonTests {
    /// A slide comparing three plans, flattened the way the PDF converter does it.
    static let slide = [
        "甲案 乙案 丙案",
        "対象 高齢者 障害者 児童",
        "",
        "範囲 県域 市域",
        "",
        "目的 生活の安定",
        "",
        "体制 ・相談員を",
        "置くこと （１名以上）",
        "・事務員",
        "（２名以上）",
        "",
        "・相談員",
        "",
        "・事務員",
        "",
        "設備",
        "（※共用可）",
        "",
        "・ＡＢ",
        "・ＣＤ",
        "",
        "・ＡＢ（※）",
        "・ＣＤ",
        "",
        "・ＡＢ（※）",
        "・ＣＤ（※）",
        "",
        "夜間対応の有",
        "無 あり なし",
    ]

    static func lines(_ texts: [String], page: Int = 0) -> [FlattenedComparison.Line] {
        texts.map { FlattenedComparison.Line(text: $0.isEmpty ? nil : $0, page: page) }
    }

    @Test func blocksStandInTheirColumnsAndMergedValuesSpanThem() throws {
        let found = FlattenedComparison.find(in: Self.lines(Self.slide))
        #expect(found.count == 1)
        let grid = try #require(found.first)
        #expect(grid.lines == 0...(Self.slide.count - 1))
        let rows = grid.markdown.components(separatedBy: "\n")
        #expect(rows[0] == "|  | 甲案 | 乙案 | 丙案 |")
        #expect(rows[1] == "| --- | --- | --- | --- |")
        // One value per column.
        #expect(rows[2] == "| 対象 | 高齢者 | 障害者 | 児童 |")
        // Two values under three columns: which column each stood in is lost, so neither is placed.
        #expect(rows[3] == "| 範囲 | 県域 ／ 市域\(FlattenedComparison.ambiguousNote) | < | < |")
        // One value is a cell the source merged over every column.
        #expect(rows[4] == "| 目的 | 生活の安定 | < | < |")
        // Stacked blocks, one per column, their wrapped lines joined and their items kept apart.
        #expect(rows[5] == "| 体制 | ・相談員を置くこと （１名以上）<br>・事務員（２名以上） | ・相談員 | ・事務員 |")
        // A label wrapped over lines of one piece each, then a block per column.
        #expect(rows[6] == "| 設備（※共用可） | ・ＡＢ<br>・ＣＤ | ・ＡＢ（※）<br>・ＣＤ | ・ＡＢ（※）<br>・ＣＤ（※） |")
        // A label wrapped onto the line holding the values.
        #expect(rows[7] == "| 夜間対応の有無 | あり ／ なし\(FlattenedComparison.ambiguousNote) | < | < |")
        #expect(grid.markdown.hasSuffix(PipeTableText.uncheckedNote))
        // Every line is accounted for by a piece of text the table holds.
        for (position, text) in Self.slide.enumerated() where !text.isEmpty {
            let printed = try #require(grid.printed[position], "line \(position)")
            #expect(grid.markdown.contains(printed.replacingOccurrences(of: "\\", with: "")) || printed.count <= 2, "\(printed)")
        }
    }

    @Test func aVerticalLabelGroupsTheRowsAfterIt() throws {
        var lines = Self.lines(["甲案 乙案", "対象 高齢者 児童", "", "専門機能", "", "目的 生活の安定", "費用 国 県"])
        lines[3].standalone = true
        let grid = try #require(FlattenedComparison.find(in: lines).first)
        #expect(grid.markdown.contains("| 専門機能 | < | < |\n| 目的 | 生活の安定 | < |\n| 費用 | 国 | 県 |"))
    }

    /// A value line right under a vertical label starts a row of its own: the label stays, and the
    /// value is not carried into the row before the label.
    @Test func aValueRightUnderAVerticalLabelKeepsTheLabel() throws {
        var lines = Self.lines(["甲案 乙案", "対象 高齢者 児童", "", "体制 ・相談員", "", "専門機能", "・医師", "", "費用 国 県"])
        lines[5].standalone = true
        let grid = try #require(FlattenedComparison.find(in: lines).first)
        #expect(grid.markdown.contains("| 専門機能 | < | < |\n"), "\(grid.markdown)")
        #expect(!grid.markdown.contains("・相談員 ・医師"), "the value is not a block of 体制: \(grid.markdown)")
    }

    @Test func theGridEndsWithItsPageOrAtRunningText() throws {
        let next = Self.lines(["次の頁の見出し 別の 行"], page: 1)
        let grid = try #require(FlattenedComparison.find(in: Self.lines(Self.slide) + next).first)
        #expect(grid.lines.upperBound == Self.slide.count - 1)
        let sentence = "この比較は、各案の対象と範囲を示したものであり、詳細は別紙のとおりである。"
        let prose = try #require(FlattenedComparison.find(in: Self.lines(Array(Self.slide.prefix(4)) + [sentence])).first)
        #expect(prose.lines == 0...3)
    }

    @Test(arguments: [
        // Figures are a table's rows, not compared items.
        ["2019 2020 2021", "件数 10 20 30", "率 1 2 3"],
        // A line of names followed by a line of a different width is not a comparison.
        ["甲案 乙案 丙案", "対象 高齢者", "目的 安定"],
        // A comparison needs two rows.
        ["甲案 乙案", "対象 高齢者 児童"],
        // A sentence is not a line of names.
        ["これは、文です。 次に 続く", "対象 高齢者 児童 障害者"],
        // Bullets are items, not names.
        ["・甲案 ・乙案", "対象 高齢者 児童", "目的 安定 向上"],
    ])
    func linesThatAreNoComparisonStayAsTheyAre(_ texts: [String]) {
        #expect(FlattenedComparison.find(in: Self.lines(texts)).isEmpty)
    }

    /// Through the reader: the comparison on a slide page becomes its table in the section, and
    /// its lines are covered.
    @Test func aComparisonOnASlideBecomesItsTableInTheSection() throws {
        let text = [
            " １．テスト施策について", "",
            "テスト施策は、三つの案を比較して検討するものである。各案の内容は次の頁のとおりである。", "",
            " テスト施策の比較", "",
        ] + Self.slide + ["", " ２．次の施策について", "", "次の施策の本文である。"]
        let document = try PdfTextReader.read(SourceText(path: "x.txt", lines: text), id: "x", title: "X")
        let bodies = document.sections.flatMap(\.flattened).map(\.body).joined(separator: "\n\n")
        #expect(bodies.contains("|  | 甲案 | 乙案 | 丙案 |\n| --- | --- | --- | --- |\n| 対象 | 高齢者 | 障害者 | 児童 |"))
        #expect(!bodies.contains("・ＡＢ\n\n・ＣＤ"))
        #expect(Coverage(document).missing.isEmpty)
    }
}
