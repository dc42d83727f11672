import Foundation
import Testing

@testable import Site

/// Builds the project's own content/ with its own templates/ into a temporary folder and walks the
/// whole output.
@Suite struct ProjectSiteTests {
    @Test func everyPageIsSoundAndEveryLinkResolves() throws {
        let folder = try TemporaryDirectory()
        let output = folder.url.appendingPathComponent("public")
        let options = BuildOptions(
            contentDirectory: Repository.content, templatesDirectory: Repository.templates, outputDirectory: output)
        let report = try SiteBuilder(options: options).build()
        #expect(report.pages >= 3)
        #expect(SiteAudit.problems(in: output) == [])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("index.html").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("sitemap.xml").path))
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("404.html").path))
    }
}
