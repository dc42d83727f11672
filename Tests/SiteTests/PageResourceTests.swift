import Content
import Foundation
import Testing

@testable import Site

/// Files beside a Markdown page are published beside its HTML, as a wiki user expects.
@Suite struct PageResourceTests {
    /// A 3 × 2 PNG header: signature, IHDR length and type, width, height.
    static let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 0, 3, 0, 0, 0, 2, 8, 6, 0, 0, 0])

    static func site(guide: String) throws -> FixtureSite {
        let site = try FixtureSite([
            "content/pages/index.md": "---\ntitle: ホーム\n---\n\n[手引き](guide/index.md)\n",
            "content/pages/guide/index.md": guide,
            "content/pages/guide/setup.md": "---\ntitle: 準備\n---\n\n![同じ図](fig.png)\n",
        ])
        try Self.png.write(to: site.content.appendingPathComponent("pages/guide/fig.png"))
        try Data("%PDF-1.4\n".utf8).write(to: site.content.appendingPathComponent("pages/guide/manual.pdf"))
        return site
    }

    @Test func colocatedImageAndPDFArePublishedAndLinked() throws {
        let site = try Self.site(guide: "---\ntitle: 手引き\n---\n\n![図](fig.png)\n\n[資料](manual.pdf)\n")
        try site.build()
        let guide = try site.page("guide/index.html")
        #expect(guide.contains("<img loading=\"lazy\" width=\"3\" height=\"2\" src=\"fig.png\" alt=\"図\" />")
            || guide.contains("<img width=\"3\" height=\"2\" loading=\"lazy\" src=\"fig.png\" alt=\"図\" />"))
        #expect(guide.contains("<a href=\"manual.pdf\">資料</a>"))
        // A page one level down links the same file relative to its own address.
        #expect(try site.page("guide/setup/index.html").contains("src=\"../fig.png\""))
        #expect(try Data(contentsOf: site.output.appendingPathComponent("guide/fig.png")) == Self.png)
        #expect(FileManager.default.fileExists(atPath: site.output.appendingPathComponent("guide/manual.pdf").path))
        #expect(SiteAudit.problems(in: site.output) == [])
    }

    @Test func anImageWithoutAltTextIsAWarningWithFileAndLine() throws {
        let site = try Self.site(guide: "---\ntitle: 手引き\n---\n\n本文\n\n![](fig.png)\n")
        let report = try site.build()
        #expect(report.warnings.map(\.description) == [
            "pages/guide/index.md:7: image has no alt text — describe the image between the brackets, e.g. ![棒グラフ：都道府県別の設置数](fig.png)"
        ])
        #expect(try site.page("guide/index.html").contains("alt=\"\""))
    }

    @Test(arguments: [
        ("![図](missing.png)", "pages/guide/index.md:7: “missing.png” names no file beside the page"),
        ("[資料](manual-v2.pdf)", "pages/guide/index.md:7: “manual-v2.pdf” names no file beside the page"),
    ])
    func aMissingFileFailsWithFileAndLine(markdown: String, message: String) throws {
        let site = try Self.site(guide: "---\ntitle: 手引き\n---\n\n本文\n\n" + markdown + "\n")
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix(message)
        }
    }
}
