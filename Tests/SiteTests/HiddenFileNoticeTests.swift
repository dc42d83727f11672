import Content
import Foundation
import Testing

@testable import Site

/// Hidden files under content/ and templates/ are still not read (editor backups, `.DS_Store`,
/// `.git`), but no longer silently: the build names them, so a page saved as `.draft.md` is not
/// simply missing from the site.
@Suite struct HiddenFileNoticeTests {
    static func notice(_ report: BuildReport) -> String? {
        report.notices.first { $0.hasPrefix("隠しファイル") }
    }

    @Test func theBuildNamesTheHiddenFilesItSkipped() throws {
        let site = try FixtureSite([
            "content/site.yaml": "title: 資料\n",
            "content/pages/a.md": "---\ntitle: A\n---\n本文",
            "content/pages/.draft.md": "---\ntitle: 下書き\n---\n本文",
            "content/data/.cache/x.csv": "a\n1\n",
            "templates/partials/.#footer.mustache": "{{title}}",
        ])
        let first = try site.build()
        let notice = try #require(Self.notice(first))
        #expect(notice.hasPrefix("隠しファイル3件を読み飛ばしました"))
        // A hidden folder is named once, not what it holds.
        #expect(notice.contains(": content/data/.cache, content/pages/.draft.md, templates/partials/.#footer.mustache。"))
        #expect(notice.contains("先頭の「.」を外してください"))
        #expect(!FileManager.default.fileExists(atPath: site.output.appendingPathComponent("draft/index.html").path))
        // An unchanged rebuild reads nothing, yet says it again.
        let second = try site.build()
        #expect(second.upToDate)
        #expect(Self.notice(second) == notice)
    }

    @Test func manyAreCountedAfterTheFirstFive() throws {
        var files = ["content/pages/a.md": "---\ntitle: A\n---\n本文"]
        for index in 1...7 { files["content/pages/.backup-\(index).md"] = "x" }
        let site = try FixtureSite(files)
        let notice = try #require(Self.notice(try site.build()))
        #expect(notice.hasPrefix("隠しファイル7件を読み飛ばしました"))
        #expect(notice.contains("content/pages/.backup-5.md ほか2件。"))
        #expect(!notice.contains(".backup-6.md"))
    }

    @Test func noHiddenFileNoNotice() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        #expect(Self.notice(try site.build()) == nil)
    }
}
