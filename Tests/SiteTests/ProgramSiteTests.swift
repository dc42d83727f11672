import Charts
import Escaping
import Foundation
import Japanese
import Testing

@testable import Content
@testable import Site

/// The program pages, prefecture × program links and name links of the project's own site, checked
/// over the whole built output.
@Suite struct ProgramSiteTests {
    static func pages() throws -> [String: String] {
        try ProjectSiteTests.pages.get()
    }

    static let programs: [Program] = (try? ProgramLoader(contentDirectory: Repository.content).load()) ?? []

    @Test func atLeastThirtyFiveProgramPagesEachLinkingASectionAndMappingItsData() throws {
        let pages = try Self.pages()
        let datasets = try DatasetLoader(contentDirectory: Repository.content).load()
        let shapes = Dictionary(datasets.filter { $0.unrecoverable == nil }.map { ($0.id, $0.shape) }, uniquingKeysWith: { a, _ in a })
        #expect(Self.programs.count >= 35)
        for program in Self.programs {
            let page = try #require(pages["programs/\(program.slug)/index.html"], "\(program.slug) has no page")
            #expect(page.contains("href=\"../../documents/"), "\(program.slug) links no section")
            for dataset in program.datasets where shapes[dataset.id] == .prefectures {
                #expect(page.contains("id=\"program-\(dataset.id)-1\""), "\(program.slug) lacks the tile map of \(dataset.id)")
            }
        }
        #expect(pages["programs/index.html"]?.contains("<h1>事業</h1>") == true)
    }

    @Test func everyPrefecturePageLinksTheProgramsOfItsPanels() throws {
        let pages = try Self.pages()
        let byDataset = ProgramRoutes.programsByDataset(Self.programs)
        var checked = 0
        for (path, page) in pages where path.hasPrefix("prefectures/") && path.split(separator: "/").count == 3 {
            for panel in SiteAudit.matches(#"<section class="panel" id="([a-z0-9-]+)""#, in: page) {
                for program in byDataset[panel] ?? [] {
                    checked += 1
                    #expect(page.contains("href=\"../../programs/\(program.slug)/index.html\""), "\(path) misses \(program.slug)")
                }
            }
        }
        #expect(checked > 47)
    }

    /// Every program name that occurs in a section's text (outside a longer known name) is linked
    /// to the program from that section at least once.
    @Test func everyProgramNameInSectionTextIsLinked() throws {
        let pages = try Self.pages()
        let tiles = try PrefectureFile.load(contentDirectory: Repository.content)
        let names = Self.programs.flatMap { program in program.names.map { (JapaneseText.matchKey($0), program.slug) } }
        let all = names.map(\.0) + tiles.map { JapaneseText.matchKey($0.name) }
        var sections = 0
        var linked = 0
        for (path, page) in pages where path.hasPrefix("documents/") && path.split(separator: "/").count == 4 {
            sections += 1
            let text = Array(JapaneseText.matchKey(Self.linkableText(page)))
            let starts = Dictionary(grouping: text.indices, by: { text[$0] })
            for (name, slug) in names {
                let target = Array(name)
                for start in Self.occurrences(of: target, in: text, startingWith: starts)
                where !Self.covered(start: start, length: target.count, by: all, in: text) {
                    #expect(page.contains("class=\"mention\" href=\"../../../programs/\(slug)/index.html\""), "\(path): \(name)")
                    linked += 1
                    break
                }
            }
        }
        #expect(sections > 30 && linked > 0)
    }

    /// The text of a section's body where a name may be linked: not in links, headings, code, tables
    /// or the section's data list.
    static func linkableText(_ page: String) -> String {
        var html = page
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>") { html = String(html[start.lowerBound..<end.upperBound]) }
        for pattern in [#"<a\b[\s\S]*?</a>"#, #"<h[1-6][\s\S]*?</h[1-6]>"#, #"<code>[\s\S]*?</code>"#, #"<pre[\s\S]*?</pre>"#, #"<table[\s\S]*?</table>"#, #"<section class=\"section-data\"[\s\S]*?</section>"#, #"<[^>]+>"#] {
            html = html.replacingOccurrences(of: pattern, with: "\u{1}", options: .regularExpression)
        }
        return html
    }

    /// Where `target` starts in `text`, trying only the places where its first character stands.
    static func occurrences(of target: [Character], in text: [Character], startingWith starts: [Character: [Int]]) -> [Int] {
        guard let first = target.first else { return [] }
        return (starts[first] ?? []).filter { start in
            start + target.count <= text.count && text[start..<(start + target.count)].elementsEqual(target)
        }
    }

    static func covered(start: Int, length: Int, by names: [String], in text: [Character]) -> Bool {
        names.contains { name in
            let other = Array(name)
            guard other.count > length else { return false }
            return (max(0, start + length - other.count)...start).contains { begin in
                begin + other.count <= text.count && text[begin..<(begin + other.count)].elementsEqual(other)
            }
        }
    }

    /// For every link A → B in the main content of a page, B's 「このページを参照しているページ」 lists A.
    @Test func backlinksAreComplete() throws {
        // The 404, search and source-view pages are tools, not content: their links are not references,
        // and they list none (the cover's link to its original's line view is not a reference either).
        let all = try Self.pages()
        let pages = all.filter { $0.key != "404.html" && $0.key != "search/index.html" && !$0.key.hasSuffix("/source/index.html") }
        var checked = 0
        // The addresses each page's backlinks list, read once per page (nil: it has no list).
        var listedOn: [String: Set<String>?] = [:]
        func listed(on target: String, _ page: String) -> Set<String>? {
            if let known = listedOn[target] { return known }
            let hrefs = ByteSearch.firstRange(of: "<aside class=\"backlinks\"", in: page).map { aside in
                Set(SiteAudit.matches(#"<li><a href="([^"]*)">"#, in: String(page[aside.lowerBound...])))
            }
            listedOn[target] = .some(hrefs)
            return hrefs
        }
        for (source, html) in pages {
            guard let main = ByteSearch.firstRange(of: "<main", in: html),
                let end = ByteSearch.firstRange(of: "<aside class=\"backlinks\"", in: html) ?? ByteSearch.firstRange(of: "</main>", in: html)
            else { continue }
            for href in SiteAudit.matches(##"href="([^"#:]+)(?:#[^"]*)?""##, in: String(html[main.lowerBound..<end.lowerBound])) {
                guard let target = Backlinks.resolve(href, from: source), target != source, let page = pages[target] else { continue }
                let back = try #require(listed(on: target, page), "\(target) has no backlinks but \(source) links it")
                #expect(back.contains(RelativePath.link(from: target, to: source)), "\(target) does not list \(source)")
                checked += 1
            }
        }
        #expect(checked > 1000)
    }
}
