import Content
import Foundation
import Testing

@testable import Site

/// A build never turns a missing content folder into deleted pages.
@Suite struct ContentFoldersTests {
    @Test func aMistypedContentFolderIsAnErrorAndNothingIsDeleted() throws {
        let site = try FixtureSite.built(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        let before = FileTree.snapshot(site.output)
        var options = site.options
        options.contentDirectory = site.folder.url.appendingPathComponent("contnet")
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            String(describing: error).hasSuffix("contnet: is not a folder — pass the content folder with --content (the folder holding site.yaml and pages/)")
        }
        #expect(FileTree.snapshot(site.output) == before)
    }

    @Test func aFolderTheLastBuildReadMustStillBeThere() throws {
        let site = try FixtureSite([
            "content/pages/a.md": "---\ntitle: A\n---\n本文", "content/pages/b/c.md": "---\ntitle: C\n---\n本文",
        ])
        try site.build()
        let before = FileTree.snapshot(site.output)
        try FileManager.default.removeItem(at: site.content.appendingPathComponent("pages"))
        try site.folder.write(["content/site.yaml": "title: 資料\n"])
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).contains("pages: is missing, but the last build read it")
        }
        #expect(FileTree.snapshot(site.output) == before)
        var forced = site.options
        forced.force = true
        try SiteBuilder(options: forced).build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("b/c/index.html").path))
    }

    @Test func aFileWhereAFolderBelongsIsAnError() throws {
        let site = try FixtureSite(["content/site.yaml": "title: 資料\n", "content/pages": "not a folder"])
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).contains("pages: is a file, but the build reads it as a folder")
        }
    }
}
