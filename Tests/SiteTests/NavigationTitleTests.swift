import Foundation
import Testing

@testable import Content
@testable import Site

/// A long page title is shortened in the navigation every page repeats, and given whole in the
/// link's title attribute; a title longer than a heading can be is an error at its line.
@Suite struct NavigationTitleTests {
    @Test func aLongTitleIsShortenedVisiblyWithTheWholeTitleKept() throws {
        let long = String(repeating: "長", count: 150)
        let site = try FixtureSite.built(["content/pages/a.md": "---\ntitle: \(long)\n---\n本文", "content/pages/b.md": "---\ntitle: 短い\n---\n本文"])
        let home = try site.page("b/index.html")
        let header = home.components(separatedBy: "</nav>")[0]
        #expect(header.contains(" title=\"\(long)\">" + String(repeating: "長", count: 29) + "…</a>"))
        #expect(header.contains("\">短い</a>"))
        #expect(!header.contains("title=\"短い\""))
    }

    @Test func aTitleLongerThanAHeadingIsRefused() throws {
        let site = try FixtureSite(["content/pages/a.md": "---\norder: 1\ntitle: \(String(repeating: "長", count: 1_000_000))\n---\n本文"])
        #expect {
            try site.build()
        } throws: { error in
            let error = error as? ContentError
            return error?.file == "pages/a.md" && error?.line == 3 && error?.problem == "title is 1000000 characters long; at most 200 are allowed"
        }
    }
}

/// Markdown files with another ending were skipped without a word; YAML files are not "front matter".
@Suite struct SkippedAndMisnamedTests {
    @Test(arguments: ["pages/a.MD", "pages/b.markdown"])
    func aMarkdownFileWithAnotherEndingIsAnError(_ path: String) throws {
        let site = try FixtureSite(["content/pages/index.md": "---\ntitle: A\n---\n", "content/" + path: "---\ntitle: B\n---\n"])
        #expect {
            try site.build()
        } throws: { error in
            (error as? ContentError).map { $0.file == path && $0.fix == "rename it to end in .md (lower case)" } ?? false
        }
    }

    @Test func siteYAMLErrorsSpeakOfTheFile() throws {
        #expect {
            try FrontMatter(yaml: "- a\n- b\n", file: "site.yaml")
        } throws: { error in
            (error as? ContentError).map { $0.problem == "the file is not a set of key: value lines" && !$0.fix.contains("---") } ?? false
        }
    }
}
