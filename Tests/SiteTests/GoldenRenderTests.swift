import Content
import Foundation
import Testing

@testable import Site

/// A reviewed rendering of every template: one fixture site with pages, a document, datasets and
/// prefectures, and for each template the largest page it renders, compared byte for byte with
/// `Golden/<template>.html`. After an intended change, re-record with `RECORD_GOLDEN=1 swift test
/// --filter GoldenRenderTests` and review the diff of Golden/.
@Suite struct GoldenRenderTests {
    static let files = BuildIntegrationTests.wiki.merging(ProgramPagesTests.files) { wiki, _ in wiki }
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    @Test func everyTemplateMatchesItsGolden() throws {
        let site = try FixtureSite.built(Self.files)
        let content = try SiteContent.load(contentDirectory: site.content)
        let model = try SiteModel(content: content, pages: try PageKinds.all.flatMap { try $0.pages(content) })
        var pathsByTemplate: [String: [String]] = [:]
        for page in model.pages + model.unlisted { pathsByTemplate[page.template, default: []].append(page.outputPath) }
        let templates = try FileManager.default.contentsOfDirectory(atPath: site.templates.path)
            .filter { $0.hasSuffix(".mustache") && $0 != "layout.mustache" }.map { String($0.dropLast(".mustache".count)) }
        #expect(templates.count >= 10)
        for template in templates.sorted() {
            let paths = try #require(pathsByTemplate[template], "the golden fixture has no page for \(template).mustache")
            let largest = try paths.map { ($0, try site.page($0)) }.max { ($0.1.utf8.count, $1.0) < ($1.1.utf8.count, $0.0) }
            try Self.compare(Self.withoutInlinedStylesheet(try #require(largest).1), golden: template + ".html")
        }
        // Built without a base URL: no sitemap (its <loc>s must be absolute).
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("sitemap.xml").path))
    }

    /// The 404 page inlines the whole stylesheet; its golden keeps a marker instead, so a change of
    /// style is reviewed in site.css alone (BuildIntegrationTests checks that the styles are inlined).
    static func withoutInlinedStylesheet(_ html: String) -> String {
        guard let head = html.range(of: "</head>"), let start = html.range(of: "<style>", range: html.startIndex..<head.lowerBound),
            let end = html.range(of: "</style>", range: start.upperBound..<head.lowerBound)
        else { return html }
        return html.replacingCharacters(in: start.upperBound..<end.lowerBound, with: "/* assets/site.css */")
    }

    static func compare(_ actual: String, golden name: String) throws {
        let url = golden.appendingPathComponent(name)
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1" || !FileManager.default.fileExists(atPath: url.path) {
            try Data(actual.utf8).write(to: url)
            Issue.record("recorded Golden/\(name); review it and run the tests again")
            return
        }
        #expect(actual == (try String(contentsOf: url, encoding: .utf8)), "differs from Golden/\(name)")
    }
}
