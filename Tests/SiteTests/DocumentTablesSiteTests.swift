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

    /// The page's main text outside the collapsed verbatim excerpt, one line per block.
    static func visibleLines(_ page: String) -> [String] {
        var html = page
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>") { html = String(html[start.lowerBound..<end.upperBound]) }
        html = html.replacingOccurrences(of: #"<details[\s\S]*?</details>"#, with: "", options: .regularExpression)
        html = html.replacingOccurrences(of: #"<[^>]+>"#, with: "\n", options: .regularExpression)
        return html.components(separatedBy: "\n")
    }

    @Test func noSectionPageShowsPipeTableSyntax() throws {
        let pages = try Self.sectionPages()
        #expect(pages.count > 40)
        for (path, page) in pages {
            let piped = Self.visibleLines(page).filter { $0.filter { $0 == "|" }.count >= 3 }
            #expect(piped.isEmpty, "\(path): \(piped.prefix(2))")
        }
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
        // The line anchors of each page a note leads to, read once (a line view is over a megabyte).
        var anchors: [String: Set<String>] = [:]
        var followed = 0
        for (path, page) in pages {
            for link in SiteAudit.matches(#"<a href="([^"]+)">原資料 [^<]*行 \d+"#, in: page) {
                let target = try #require(URL(string: link, relativeTo: URL(string: "https://site.invalid/" + path)))
                let file = String(target.path.dropFirst())
                let line = try #require(target.fragment, "\(path): \(link) names no line")
                #expect(line.wholeMatch(of: #/L\d+/#) != nil, "\(path): \(link)")
                let view = try #require(pages[file], "\(path): \(link) leads to no page")
                if anchors[file] == nil { anchors[file] = Set(SiteAudit.matches(#"<li id="(L\d+)""#, in: view)) }
                #expect(anchors[file]?.contains(line) == true, "\(path): \(link) leads to no line \(line)")
                followed += 1
            }
        }
        #expect(followed > 100)
    }

    @Test func lineNumbersPrintWithoutSeparators() throws {
        let pages = try ProgramSiteTests.pages()
        for (path, page) in pages {
            #expect(page.firstMatch(of: #/行 \d{1,3},\d{3}/#) == nil, "\(path)")
        }
    }
}
