import Escaping
import Foundation
import Testing

@testable import Content
@testable import Site

/// The section pages of the project's own site read like the original: tables as tables, linked
/// both ways with their datasets, and every source-line note opening the original at that line.
@Suite struct DocumentTablesSiteTests {
    static func sectionPages() throws -> [String: String] {
        try ProgramSiteTests.pages().filter { path, _ in
            path.hasPrefix("documents/") && path.split(separator: "/").count == 4 && !path.hasSuffix("/source/index.html")
        }
    }

    /// Must-hold 1 of the document pages: no page under documents/ shows pipe-table syntax or a
    /// table's header cells as a run of paragraphs, outside the collapsed verbatim excerpt. The
    /// line view of an original (`source/`) is the original itself, line by line, and is left out.
    @Test func noDocumentPageShowsPipeSyntaxOrHeaderCellsAsParagraphs() throws {
        let pages = try ProgramSiteTests.pages().filter { path, _ in path.hasPrefix("documents/") && !path.contains("/source/") }
        #expect(try Self.sectionPages().count > 40)
        for (path, page) in pages {
            let piped = FlattenedTextAudit.pipeLines(page)
            #expect(piped.isEmpty, "\(path): \(piped.prefix(2))")
            let cells = FlattenedTextAudit.repeatedCellRuns(page)
            #expect(cells.isEmpty, "\(path): table cells as paragraphs \(cells)")
        }
    }

    /// A figure whose data is gone keeps its note, and its labels follow as a list, not as a run
    /// of one-line paragraphs.
    @Test func aLostFigureKeepsItsNoteWithItsLabelsAsAList() throws {
        let note = "<p>この図表のデータは原資料に含まれていません</p>"
        var notes = 0
        var lists = 0
        for (path, page) in try ProgramSiteTests.pages() where path.hasPrefix("documents/") {
            for after in page.components(separatedBy: note).dropFirst() {
                notes += 1
                let next = after.drop { $0.isWhitespace }
                if next.hasPrefix("<ul>") { lists += 1 }
                let labels = SiteAudit.matches(#"^\s*(?:<p>([^<。]{1,60})</p>\s*){2}"#, in: String(next))
                #expect(labels.isEmpty, "\(path): figure labels as paragraphs after the note: \(labels)")
            }
        }
        #expect(notes > 10 && lists >= 3)
    }

    /// Each cover states its publisher (or that the original names none), its date and what its
    /// original is; 推定 appears only beside what it was inferred from.
    @Test func coversStatePublisherAndDateAndGroundAnyInference() throws {
        let documents = try DocumentLoader(contentDirectory: Repository.content).load()
        #expect(documents.count == 3)
        for document in documents {
            let page = try #require(try ProgramSiteTests.pages()["documents/\(document.info.id)/index.html"])
            let facts = try #require(SiteAudit.matches(#"<dl class="facts">([\s\S]*?)</dl>"#, in: page).first)
            #expect(facts.contains("<dt>発行</dt><dd>"), "\(document.info.id)")
            #expect(facts.contains("<dt>日付</dt><dd>"), "\(document.info.id)")
            #expect(!facts.contains("<dd>PDF から") || document.info.format != "tsv-roster", "\(document.info.id)")
            if facts.contains("推定") {
                #expect(facts.contains("<dt>推定の根拠</dt><dd>"), "\(document.info.id) says 推定 without its grounds")
            }
        }
    }

    /// The audit above finds both shapes a flattened grid takes, and passes slide labels and
    /// tables drawn as tables.
    @Test func theAuditFindsFlattenedGridsAndPassesTheRest() {
        func page(_ body: String) -> String { "<html><body><main>\(body)</main></body></html>" }
        func paragraphs(_ texts: [String]) -> String { texts.map { "<p>\($0)</p>" }.joined(separator: "\n") }
        let header = ["都道府県名", "二次医療", "圏域数", "疾患センター", "設置圏域数"]
        #expect(FlattenedTextAudit.repeatedCellRuns(page(paragraphs(header + header))) == [["都道府県名", "二次医療", "圏域数"]])
        let blocks = ["・ＣＴ", "・ＭＲＩ", "・ＳＰＥＣＴ（※）", "・ＣＴ", "・ＭＲＩ（※）", "・ＳＰＥＣＴ（※）"]
        #expect(FlattenedTextAudit.repeatedCellRuns(page(paragraphs(["検査体制"] + blocks))) == [["・ＣＴ", "・ＭＲＩ", "・ＳＰＥＣＴ"]])
        // Labels that do not repeat, a long paragraph between the copies, or the copies inside
        // the collapsed excerpt are not a flattened grid.
        #expect(FlattenedTextAudit.repeatedCellRuns(page(paragraphs(["全国版", "希望大使", "地域版", "希望大使", "地域版", "希望大使"]))).isEmpty)
        let sentence = "この表は、都道府県別の設置状況を示したものであり、令和２年２月現在の数値である。"
        #expect(FlattenedTextAudit.repeatedCellRuns(page(paragraphs(header + [sentence] + header))).isEmpty)
        #expect(FlattenedTextAudit.repeatedCellRuns(page("<details>" + paragraphs(header + header) + "</details>")).isEmpty)
        #expect(FlattenedTextAudit.pipeLines(page("<p>| 北海道 | 10 | 20 |</p>")) == ["| 北海道 | 10 | 20 |"])
        #expect(FlattenedTextAudit.pipeLines(page("<details><pre>| 北海道 | 10 | 20 |</pre></details><table><tr><td>北海道</td><td>10</td></tr></table>")).isEmpty)
    }

    @Test func everyRecoveredDatasetIsATableOnItsSectionAndTheTwoLinkEachOther() throws {
        let pages = try ProgramSiteTests.pages()
        let documents = try DocumentLoader(contentDirectory: Repository.content).load()
        let datasets = try DatasetLoader(contentDirectory: Repository.content).load()
        #expect(datasets.count > 30)
        for dataset in datasets {
            let document = try #require(documents.first { $0.info.id == dataset.source.document })
            let section = try #require(
                document.sections.first { $0.lines.first <= dataset.source.lines.first && dataset.source.lines.first <= $0.lines.last },
                "\(dataset.id): no section holds line \(dataset.source.lines.first)")
            let sectionPath = "documents/\(document.info.id)/\(section.slug)/index.html"
            let page = try #require(pages[sectionPath])
            // The section lists it, with the anchor the dataset page's 出典 links to.
            #expect(page.contains("id=\"data-\(dataset.id)\""), "\(dataset.id) has no place on \(sectionPath)")
            #expect(page.contains("<h2 id=\"section-data-title\">この節のデータ</h2>"))
            if dataset.unrecoverable == nil {
                #expect(page.contains("<table id=\"table-\(dataset.id)\""), "\(dataset.id) is not drawn on \(sectionPath)")
                #expect(page.contains("href=\"../../../data/\(dataset.id)/index.html\""))
            }
            let datasetPage = try #require(pages["data/\(dataset.id)/index.html"])
            #expect(
                datasetPage.contains("<dt>出典</dt><dd><a href=\"../../\(sectionPath)#data-\(dataset.id)\">"),
                "\(dataset.id)'s 出典 does not lead to its table")
        }
    }

    @Test func longListsShowTheirFirstRowsAndLeadToTheRest() throws {
        let page = try #require(try ProgramSiteTests.pages()["documents/ninchisho-2020/13-r1/index.html"])
        #expect(page.contains("全456件をデータのページで見る"))
        #expect(page.components(separatedBy: "<tr id=\"table-ninchisho-centres-r").count - 1 == SectionDatasets.shownRows)
    }

    @Test func everySourceLineNoteOpensTheOriginalAtItsFirstLine() throws {
        let pages = try ProgramSiteTests.pages()
        var followed = 0
        // The line ids of each line view, read once (the views are large).
        var lineIDs: [String: Set<String>] = [:]
        for (path, page) in pages {
            // Every link whose text cites lines (`原資料 001 行 783–867`, or a document's title before it).
            for link in SiteAudit.matches(#"<a href="([^"]+)">[^<]*行 \d+"#, in: page) {
                let target = try #require(URL(string: link, relativeTo: URL(string: "https://site.invalid/" + path)))
                let file = String(target.path.dropFirst())
                let line = try #require(target.fragment, "\(path): \(link) names no line")
                #expect(line.wholeMatch(of: #/L\d+/#) != nil, "\(path): \(link)")
                let view = try #require(pages[file], "\(path): \(link) leads to no page")
                let ids = lineIDs[file] ?? Set(SiteAudit.matches(#"<li id="(L\d+)""#, in: view))
                lineIDs[file] = ids
                #expect(ids.contains(line), "\(path): \(link) leads to no line \(line)")
                followed += 1
            }
        }
        #expect(followed > 1_000)
    }

    @Test func lineNumbersPrintWithoutSeparators() throws {
        let pages = try ProgramSiteTests.pages()
        let separated = #/行 \d{1,3},\d{3}/#
        var cited = 0
        for (path, page) in pages {
            // Every match begins with the bytes of `行 `, so the pattern is tried only where they stand.
            for offset in ByteSearch.offsets(of: "行 ", in: page) {
                cited += 1
                let start = page.utf8.index(page.utf8.startIndex, offsetBy: offset)
                if let match = page[start...].prefix(12).prefixMatch(of: separated) {
                    Issue.record("\(path): \(match.output)")
                }
            }
        }
        #expect(cited > 1_000)
    }
}
