import Content
import Foundation
import Testing

@testable import Site

@Suite struct DocumentPagesTests {
    static let files: [String: String] = [
        "content/sources/sources.yaml": """
            sources:
              - id: test-doc
                file: 001_sample.txt
                title: 試験資料
                issuer: 老健局 総務課
                date:
                  iso: "2020-03"
                  wareki: 令和2年3月
                format: pdf-text
            """,
        "content/sources/001_sample.txt": "表紙\n１．概要\n本文一\n（１）経緯\n本文二\n２．方針\n本文三 <b>\n",
        "content/documents/test-doc/01-gaiyo.md": """
            ---
            title: "概要"
            number: "１"
            document: "test-doc"
            source_lines: "2-5"
            order: 1
            sections:
              - number: "（１）"
                title: "経緯"
                level: 2
                source_lines: "4-5"
            generated: true
            ---

            本文一

            ## （１） 経緯

            本文二
            """,
        "content/documents/test-doc/02-hoshin.md": """
            ---
            title: "方針"
            number: "２"
            document: "test-doc"
            source_lines: "6-7"
            order: 2
            generated: true
            ---

            本文三
            """,
    ]

    @Test func documentIndexCoverAndSectionPages() throws {
        let site = try FixtureSite.built(Self.files)
        let index = try site.page("documents/index.html")
        #expect(index.contains("<a class=\"document-title\" href=\"test-doc/index.html\">試験資料</a>"))
        #expect(index.contains("令和2年3月（2020年3月）"))
        #expect(index.contains("2節"))

        let cover = try site.page("documents/test-doc/index.html")
        #expect(cover.contains("<dt>発行</dt><dd>老健局 総務課</dd>"))
        #expect(cover.contains("<a href=\"01-gaiyo/index.html\"><span class=\"number\">１</span> 概要</a> <span class=\"lines\">行 2–5</span>"))
        #expect(cover.contains("<a href=\"01-gaiyo/index.html#sec-1\"><span class=\"number\">（１）</span> 経緯</a>"))
        #expect(cover.contains("<a href=\"001_sample.txt\" download>001_sample.txt</a>（UTF-8、原本のまま）"))
        // The part nests in a list under its section.
        #expect(cover.contains("<span class=\"lines\">行 2–5</span>\n<ul>\n<li><a href=\"01-gaiyo/index.html#sec-1\">"))

        let first = try site.page("documents/test-doc/01-gaiyo/index.html")
        #expect(first.contains("<h1>１　概要</h1>"))
        // The provenance opens the line-by-line view at the section's first line.
        #expect(first.contains("<a href=\"../source/index.html?to=5#L2\">原資料 001 行 2–5</a>"))
        let view = try site.page("documents/test-doc/source/index.html")
        #expect(view.contains("<li id=\"L2\"><a class=\"line-number\" href=\"#L2\" aria-label=\"2行目\">2</a><code>"))
        #expect(view.contains("<h2><a href=\"../01-gaiyo/index.html\">１　概要</a> <span class=\"lines\">行 2–5</span></h2>"))
        #expect(view.contains("<a href=\"../001_sample.txt\" download>001_sample.txt</a>"))
        #expect(first.contains("<li><a href=\"../index.html\">試験資料</a></li>"))
        #expect(first.contains("<li value=\"4\"><code>（１）経緯</code></li>"))
        #expect(first.contains("rel=\"next\" href=\"../02-hoshin/index.html\""))
        #expect(!first.contains("rel=\"prev\""))
        let second = try site.page("documents/test-doc/02-hoshin/index.html")
        #expect(second.contains("rel=\"prev\" href=\"../01-gaiyo/index.html\""))
        // Source lines are text: markup in the original is escaped.
        #expect(second.contains("<code>本文三 &lt;b&gt;</code>"))
        #expect(try site.page("documents/test-doc/001_sample.txt") == Self.files["content/sources/001_sample.txt"])
        #expect(try site.page("index.html").contains("href=\"documents/index.html\""))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func sectionOfAnUnknownDocumentIsAnError() throws {
        var files = Self.files
        files["content/documents/other/01-x.md"] = "---\ntitle: x\ndocument: other\nsource_lines: 1-2\n---\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("documents/other/01-x.md: is not in a folder named after a document")
        }
    }

    /// Generated sections go through the same link resolver as hand-written pages: a link to a
    /// section's Markdown file works, and one that leads nowhere fails with the file and line.
    @Test func linksInGeneratedSectionsAreResolvedOrFail() throws {
        var files = Self.files
        files["content/documents/test-doc/02-hoshin.md"] =
            "---\ntitle: 方針\ndocument: test-doc\nsource_lines: \"6-7\"\norder: 2\n---\n\n本文三は[概要](01-gaiyo.md#sec-1)を受ける。\n"
        let site = try FixtureSite.built(files)
        #expect(try site.page("documents/test-doc/02-hoshin/index.html").contains("<a href=\"../01-gaiyo/index.html#sec-1\">概要</a>"))

        files["content/documents/test-doc/02-hoshin.md"] =
            "---\ntitle: 方針\ndocument: test-doc\nsource_lines: \"6-7\"\n---\n\n本文三。\n\n[別表](03-beppyo.md)\n"
        let broken = try FixtureSite(files)
        #expect {
            try broken.build()
        } throws: { error in
            String(describing: error).hasPrefix("documents/test-doc/02-hoshin.md:9: link “03-beppyo.md” leads to no page")
        }
    }

    @Test func badLineRangeNamesFileAndLine() throws {
        var files = Self.files
        files["content/documents/test-doc/02-hoshin.md"] =
            "---\ntitle: 方針\ndocument: test-doc\nsource_lines: \"7-6\"\n---\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("documents/test-doc/02-hoshin.md:4: source_lines “7-6” is not a line range")
        }
    }
}

@Suite struct PublishedOriginalTests {
    @Test func theOriginalIsPublishedByteForByte() throws {
        let site = try FixtureSite(DocumentPagesTests.files)
        let original = Data([0xEF, 0xBB, 0xBF]) + Data("表紙\r\n１．概要\r\n本文一\r\n（１）経緯\r\n本文二\r\n２．方針\r\n本文三\r\n".utf8)
        try site.folder.write("content/sources/001_sample.txt", original)
        try site.build()
        #expect(try Data(contentsOf: site.output.appendingPathComponent("documents/test-doc/001_sample.txt")) == original)
        // The excerpt still numbers lines as the importer does, without the CR or the mark.
        #expect(try site.page("documents/test-doc/01-gaiyo/index.html").contains("<li value=\"4\"><code>（１）経緯</code></li>"))
    }

    @Test func aCopyWithOneByteOrderMarkStandsBesideTheOriginal() throws {
        let site = try FixtureSite.built(DocumentPagesTests.files)
        let plain = Data("表紙\n１．概要\n本文一\n（１）経緯\n本文二\n２．方針\n本文三 <b>\n".utf8)
        let copy = site.output.appendingPathComponent("documents/test-doc/001_sample-bom.txt")
        #expect(try Data(contentsOf: copy) == Data([0xEF, 0xBB, 0xBF]) + plain)
        // An original that already starts with the mark is not given a second one.
        let marked = Data([0xEF, 0xBB, 0xBF]) + plain
        try site.folder.write("content/sources/001_sample.txt", marked)
        try site.build()
        #expect(try Data(contentsOf: copy) == marked)
        #expect(try site.page("documents/test-doc/index.html").contains("href=\"001_sample-bom.txt\" download"))
    }
}

@Suite struct OutlineNestingTests {
    static func entry(_ title: String, _ depth: Int) -> OutlineView {
        OutlineView(number: "", title: title, target: "a.html", lines: nil, depth: depth)
    }

    @Test func entriesNestByDepthAndSkippedLevelsNestOneStep() {
        let nested = OutlineView.nest([
            Self.entry("4", 2), Self.entry("(1)", 3), Self.entry("ア", 4), Self.entry("(ア)", 5), Self.entry("イ", 4),
            Self.entry("(2)", 3), Self.entry("・", 5), Self.entry("3", 2),
        ])
        #expect(nested.map(\.opensList) == [true, true, true, false, false, true, false, false])
        #expect(nested.map(\.closes.count) == [0, 0, 0, 1, 1, 0, 2, 0])
    }

    @Test func shownNumbersNeverRepeatTheTitleNorShowTheImportersNumbering() {
        #expect(DocumentRoutes.shownNumber("参考", title: "参考資料") == "")
        #expect(DocumentRoutes.shownNumber("R7", title: "１．認知症サポーターの人数") == "参考資料7")
        #expect(DocumentRoutes.heading("R10", "都道府県別キャラバン・メイト数") == "参考資料10　都道府県別キャラバン・メイト数")
        #expect(DocumentRoutes.heading("(1)", "経緯") == "(1)　経緯")
        // Only `R` and ASCII digits are the importer's numbering.
        #expect(DocumentRoutes.shownNumber("R", title: "x") == "R")
        #expect(DocumentRoutes.shownNumber("R1a", title: "x") == "R1a")
        #expect(DocumentRoutes.shownNumber("R１", title: "x") == "R１")
        #expect(DocumentRoutes.shownNumber("r1", title: "x") == "r1")
    }

    @Test func backlinksResolveLinksAsSplittingCharactersWould() {
        let page = "documents/a/01/index.html"
        for href in [
            "../02/index.html#第1章", "../02/index.html", "#top", "", "https://example.org/", "/rooted.html", "../x:y.html",
            "../../data/%E3%81%82/index.html#t", "../02/index.html#\u{301}x", "../ü/index.html#a", "../../../../out.html",
        ] {
            let link = href.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let expected: String? =
                link.isEmpty || link.contains(":") || link.hasPrefix("/")
                ? nil : RelativeReference.resolve(link, from: page).map { $0.removingPercentEncoding ?? $0 }
            #expect(Backlinks.resolve(href, from: page) == expected, "\(href)")
        }
    }
}
