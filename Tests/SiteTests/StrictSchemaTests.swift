import Foundation
import Testing

@testable import Content
@testable import Site

/// A key a format does not have is an error with its line and the key that was probably meant.
@Suite struct StrictSchemaTests {
    @Test func aMisspeltFrontMatterKeyIsNamed() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\ndescripton: 説明\n---\n本文"])
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("pages/a.md:3: unknown key `descripton` — did you mean `description`?")
        }
    }

    @Test func draftsAreLeftOutUnlessAsked() throws {
        let site = try FixtureSite([
            "content/pages/a.md": "---\ntitle: A\n---\n本文", "content/pages/wip.md": "---\ntitle: 下書き\ndraft: true\n---\n未完成",
        ])
        try site.build()
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("wip/index.html").path))
        var options = site.options
        options.drafts = true
        try SiteBuilder(options: options).build()
        #expect(try site.page("wip/index.html").contains("未完成"))
    }

    @Test func anUnknownDatasetKeyIsNamed() throws {
        let site = try FixtureSite([
            "content/data/x.yaml": "id: x\ntitle: X\ndescription: d\nshape: list\nsource:\n  document: doc\n  lines: \"1-2\"\ncolums: []\n",
            "content/data/x.csv": "name\nA\n",
        ])
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("data/x.yaml:8: unknown key `colums` — did you mean `columns`?")
        }
    }

    @Test func nearestKeyNeedsToBeClose() {
        #expect(KnownKeys.nearest("titel", in: ["title", "slug"]) == "title")
        #expect(KnownKeys.nearest("zzzzzz", in: ["title", "slug"]) == nil)
    }
}
