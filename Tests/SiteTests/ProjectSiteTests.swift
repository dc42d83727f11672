import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@testable import Content
@testable import Site

/// Builds the project's own content/ with its own templates/ into a temporary folder and walks the
/// whole output.
@Suite struct ProjectSiteTests {
    static let built: Result<URL, any Error> = Result {
        let output = SharedScratch.root.appendingPathComponent("project")
        let options = BuildOptions(
            contentDirectory: Repository.content, templatesDirectory: Repository.templates, outputDirectory: output)
        try SiteBuilder(options: options).build()
        return output
    }

    /// Every file of that build, read once for all the tests that walk it.
    static let files: Result<[String: Data], any Error> = built.map { FileTree.snapshot($0) }

    /// Its HTML pages as text.
    static let pages: Result<[String: String], any Error> = files.map { files in
        files.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }

    @Test func everyPageIsSoundAndEveryLinkResolves() throws {
        let output = try Self.built.get()
        #expect(SiteAudit.problems(files: try Self.files.get()) == [])
        for page in ["index.html", "404.html", "assets/favicon.svg"] {
            #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent(page).path))
        }
    }

    @Test func everySVGIsWellFormedWithTitleAndDescription() throws {
        var count = 0
        for (path, html) in try Self.pages.get() {
            for svg in SiteAudit.matches(#"(<svg[\s\S]*?</svg>)"#, in: html) {
                count += 1
                let parser = XMLParser(data: Data(svg.utf8))
                #expect(parser.parse(), "\(path): \(parser.parserError.map { String(describing: $0) } ?? "")")
                #expect(svg.contains("<title id=") && svg.contains("<desc id="), "\(path): chart without title or desc")
            }
        }
        let datasets = try Self.files.get().keys.filter { $0.hasPrefix("data/") && $0.hasSuffix(".json") }
        #expect(count > 0 || datasets.isEmpty)
    }

    @Test func prefecturePagesShowTheirCSVValuesAndStayLight() throws {
        let output = try Self.built.get()
        let problems = try PanelAudit.problems(site: output, content: Repository.content)
        #expect(problems == [])
        let pages = try Self.files.get().filter { $0.key.hasPrefix("prefectures/") }
        #expect(pages.count == 48)
        for (path, data) in pages {
            #expect(data.count < 300_000, "\(path) is \(data.count) bytes")
        }
    }

    /// Readers see dataset titles, never the ids that name files (the imported notes and checks
    /// cite other datasets by id).
    @Test func noDatasetIDInReaderFacingText() throws {
        let ids = try DatasetLoader(contentDirectory: Repository.content).load().map(\.id)
        #expect(!ids.isEmpty)
        // One pattern for every id, so each page's text is scanned once.
        let anyID = "(?<![a-z0-9-])(" + ids.map(NSRegularExpression.escapedPattern(for:)).joined(separator: "|") + ")(?![a-z0-9.-])"
        var found: [String] = []
        for (path, html) in try Self.pages.get() {
            // Text between tags, outside scripts and styles.
            let text = SiteAudit.matches(#">([^<]+)<"#, in: html.replacingOccurrences(of: #"<(script|style)[\s\S]*?</\1>"#, with: "", options: .regularExpression))
                .joined(separator: " ")
            for id in Set(SiteAudit.matches(anyID, in: text)).sorted() {
                found.append("\(path): \(id)")
            }
        }
        #expect(found == [])
    }

    /// Where the source gives only a count (千葉・東京・神奈川 refer to an appendix that is not in it),
    /// the page says so instead of showing an empty list.
    @Test func listsWithOnlyAStatedCountSayWhyNamesAreMissing() throws {
        let output = try Self.built.get()
        for (slug, name) in [("chiba", "千葉県"), ("tokyo", "東京都"), ("kanagawa", "神奈川県")] {
            let html = try String(contentsOf: output.appendingPathComponent("prefectures/\(slug)/index.html"), encoding: .utf8)
            let panel = try #require(PanelAudit.panel("shahokyo-organisations", in: html))
            #expect(panel.contains("この一覧には\(name)の項目がありません。"))
            #expect(panel.contains("\(name)の詳細別紙は原資料に含まれていないため、名前を1つも復元できない。"))
        }
    }

    /// Every chart a dataset declares is drawn on its page (a chart that silently draws nothing
    /// would leave a reader with the table only and no word why).
    @Test func everyDeclaredChartIsDrawn() throws {
        let output = try Self.built.get()
        let datasets = try DatasetLoader(contentDirectory: Repository.content).load()
            .filter { $0.unrecoverable == nil && !$0.charts.isEmpty }
        #expect(!datasets.isEmpty)
        for dataset in datasets {
            let html = try String(contentsOf: output.appendingPathComponent("data/\(dataset.id)/index.html"), encoding: .utf8)
            let drawn = html.components(separatedBy: "<figure class=\"chart\">").count - 1
            #expect(drawn == dataset.charts.count, "\(dataset.id): \(drawn) of \(dataset.charts.count) declared charts drawn")
        }
    }

    /// Raw HTML in Markdown is dropped when rendering; in the project's own content that would be
    /// text lost from a page (a former wording's label, a cell's line break, a superscript).
    @Test func noContentIsLostToOmittedHTML() throws {
        let losing = try Self.pages.get().filter { $0.value.contains("raw HTML omitted") }.keys.sorted()
        #expect(losing.isEmpty, "\(losing.prefix(5))")
    }
}
