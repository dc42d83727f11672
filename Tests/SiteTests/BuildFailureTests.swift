import Content
import Foundation
import Testing

@testable import Site

/// A failed build must say what and where, and leave the previous output untouched.
@Suite struct BuildFailureTests {
    struct Breakage: Sendable, CustomTestStringConvertible {
        let name: String
        let file: String
        let contents: String?
        let message: String
        var testDescription: String { name }
    }

    @Test(arguments: [
        Breakage(
            name: "unknown partial", file: "templates/page.mustache",
            contents: "{{<layout}}{{$main}}\n{{>partials/missing}}\n{{/main}}{{/layout}}",
            message: "page.mustache:2: refers to unknown template “partials/missing”"),
        Breakage(
            name: "unclosed section", file: "templates/partials/footer.mustache",
            contents: "<footer>\n{{#footer}}\n</footer>", message: "partials/footer.mustache:"),
        Breakage(
            name: "bad front matter", file: "content/pages/news.md",
            contents: "---\ntitle: お知らせ\norder: [1\n---\n", message: "pages/news.md:4: front matter is not valid YAML"),
        Breakage(
            name: "missing title", file: "content/pages/guide/faq.md",
            contents: "---\norder: 2\n---\n本文", message: "pages/guide/faq.md:1: has no title"),
        Breakage(
            name: "bad site.yaml", file: "content/site.yaml", contents: "title: [x\n",
            message: "site.yaml:2: the file is not valid YAML"),
        Breakage(
            name: "link to a missing page", file: "content/pages/news.md",
            contents: "---\ntitle: お知らせ\n---\n[手引き](guide/nothing.md)\n",
            message: "pages/news.md:4: link “guide/nothing.md” leads to no page"),
        Breakage(
            name: "root-relative link", file: "content/pages/news.md",
            contents: "---\ntitle: お知らせ\n---\n[手引き](/guide/setup/)\n",
            message: "pages/news.md:4: link “/guide/setup/” starts with /"),
        Breakage(
            name: "missing page template", file: "templates/page.mustache", contents: nil,
            message: "page.mustache: template is missing"),
    ])
    func failedBuildNamesTheProblemAndKeepsOutput(_ breakage: Breakage) throws {
        // Laid out with a copy of the templates, which some breakages change.
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        try site.build()
        let before = FileTree.snapshot(site.output)
        let url = site.folder.url.appendingPathComponent(breakage.file)
        if let contents = breakage.contents {
            try site.folder.write([breakage.file: contents])
        } else {
            try FileManager.default.removeItem(at: url)
        }
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).contains(breakage.message)
        }
        #expect(FileTree.snapshot(site.output) == before)
    }

    @Test func nonUTF8MarkdownNamesFileAndLineAndKeepsOutput() throws {
        let site = try FixtureSite.built(BuildIntegrationTests.wiki)
        let before = FileTree.snapshot(site.output)
        try site.folder.write("content/pages/news.md", Data("---\ntitle: x\n---\n".utf8) + Data([0x82, 0xA0]))
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("pages/news.md:4: is not valid UTF-8 text")
        }
        #expect(FileTree.snapshot(site.output) == before)
    }

    @Test func outputMayNotOverlapSourcesOrTheProject() throws {
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        try site.folder.write(["Package.swift": "// a project"])
        let contentBefore = FileTree.snapshot(site.content)
        for output in [
            site.content, site.content.appendingPathComponent("pages"), site.templates, site.folder.url,
            URL(fileURLWithPath: "/"),
        ] {
            var options = site.options
            options.outputDirectory = output
            #expect(throws: ContentError.self, "\(output.path)") { try SiteBuilder(options: options).build() }
        }
        #expect(FileTree.snapshot(site.content) == contentBefore)
    }
}

@Suite struct GeneratedAddressTests {
    @Test func anEditorsPageOnAGeneratedAddressIsAnError() throws {
        var files = DatasetPagesTests.files
        files["content/pages/data.md"] = "---\ntitle: 自作のデータ\n---\n"
        let site = try FixtureSite(files)
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("pages/data.md: lands on data/index.html")
        }
    }

    @Test func theNotFoundPageListsNothingBelowIt() throws {
        let site = try SharedSites.wiki.get()
        #expect(!(try site.page("404.html")).contains("class=\"children\""))
        #expect(try site.page("index.html").contains("class=\"children\""))
    }
}
