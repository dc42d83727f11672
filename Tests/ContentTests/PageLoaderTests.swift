import Foundation
import Testing

@testable import Content

@Suite struct PageLoaderTests {
    @Test func mirrorsPathsAndAppliesSlugs() throws {
        let root = try TemporaryContent(files: [
            "pages/index.md": "---\ntitle: ホーム\n---\n",
            "pages/guide/index.md": "---\ntitle: 手引き\norder: 2\n---\n",
            "pages/guide/setup.md": "---\ntitle: 準備\nslug: getting-started\ndescription: 最初に\n---\n本文",
            "pages/.hidden/x.md": "---\ntitle: 隠し\n---\n",
            "pages/notes.txt": "not markdown",
        ])
        let pages = try PageLoader(contentDirectory: root.url).load()
        #expect(pages.map(\.location) == [["guide"], ["guide", "getting-started"], []])
        #expect(pages.map(\.sourcePath) == ["pages/guide/index.md", "pages/guide/setup.md", "pages/index.md"])
        #expect(pages[1].description == "最初に")
        #expect(pages[1].body == "本文")
        #expect(pages[0].order == 2)
    }

    /// A Hugo content tree's `weight` and `date` are read as `order` and the page's date.
    @Test func hugoWeightAndDateAreRead() throws {
        let root = try TemporaryContent(files: [
            "pages/a.md": "---\ntitle: A\nweight: 3\ndate: 2024-03-01\n---\n",
            "pages/b.md": "---\ntitle: B\ndate: 2024-03-01T09:00:00+09:00\n---\n",
        ])
        let pages = try PageLoader(contentDirectory: root.url).load()
        #expect(pages.map(\.order) == [3, nil])
        #expect(pages.map(\.date) == ["2024-03-01", "2024-03-01"])
    }

    @Test(arguments: [
        ("date: 2024-13-01", "pages/a.md:3: date “2024-13-01” is not a date"),
        ("date: yesterday", "pages/a.md:3: date “yesterday” is not a date"),
        ("order: 1\nweight: 2", "pages/a.md:4: has both `order` and `weight`"),
    ])
    func badHugoKeysNameTheLine(_ line: String, _ expected: String) throws {
        let root = try TemporaryContent(files: ["pages/a.md": "---\ntitle: A\n\(line)\n---\n"])
        #expect {
            try PageLoader(contentDirectory: root.url).load()
        } throws: { error in
            (error as? ContentError)?.description.hasPrefix(expected) == true
        }
    }

    @Test func missingTitleNamesTheFile() throws {
        let root = try TemporaryContent(files: ["pages/a.md": "---\ndescription: x\n---\n本文"])
        #expect {
            try PageLoader(contentDirectory: root.url).load()
        } throws: { error in
            (error as? ContentError)?.description.hasPrefix("pages/a.md:1: has no title") == true
        }
    }

    @Test func nonUTF8FileNamesFileAndLine() throws {
        let root = try TemporaryContent(files: ["pages/a.md": "---\ntitle: ok\n---\n"])
        var bytes = Data("---\ntitle: ok\n---\n".utf8)
        bytes.append(contentsOf: [0x93, 0xFA, 0x96, 0x7B, 0x0A])  // Shift_JIS 日本
        try bytes.write(to: root.url.appendingPathComponent("pages/a.md"))
        #expect {
            try PageLoader(contentDirectory: root.url).load()
        } throws: { error in
            let error = error as? ContentError
            return error?.file == "pages/a.md" && error?.line == 4 && error?.problem.contains("UTF-8") == true
        }
    }

    @Test(arguments: ["Bad Name.md", "日本語.md"])
    func nonASCIIAddressesAreRejected(_ name: String) throws {
        let root = try TemporaryContent(files: ["pages/\(name)": "---\ntitle: x\n---\n"])
        #expect(throws: ContentError.self) { try PageLoader(contentDirectory: root.url).load() }
    }

    @Test func twoFilesOnOneAddressAreRejected() throws {
        let root = try TemporaryContent(files: [
            "pages/a.md": "---\ntitle: A\n---\n",
            "pages/a/index.md": "---\ntitle: A2\n---\n",
        ])
        #expect {
            try PageLoader(contentDirectory: root.url).load()
        } throws: { error in
            (error as? ContentError)?.problem.contains("same address") == true
        }
    }

    @Test func emptyContentFolderLoadsNothing() throws {
        let root = try TemporaryContent(files: [:])
        #expect(try PageLoader(contentDirectory: root.url).load().isEmpty)
        #expect(try SiteSettings.load(contentDirectory: root.url) == SiteSettings())
    }

    @Test func siteSettingsAreReadAndChecked() throws {
        let root = try TemporaryContent(files: [
            "site.yaml": "title: 試験\nbase_url: https://example.org/x/\nedit_url: https://git.example.org/edit/\nfooter: 脚注\n"
        ])
        let settings = try SiteSettings.load(contentDirectory: root.url)
        #expect(settings.title == "試験")
        #expect(settings.baseURL == "https://example.org/x/")
        #expect(settings.editURL == "https://git.example.org/edit/")
        #expect(settings.footer == "脚注")
        #expect(settings.language == "ja")

        let unknown = try TemporaryContent(files: ["site.yaml": "title: a\ntheme: dark\n"])
        #expect {
            try SiteSettings.load(contentDirectory: unknown.url)
        } throws: { error in
            (error as? ContentError)?.description.hasPrefix("site.yaml:2: unknown setting `theme`") == true
        }
    }
}

/// A content directory in a fresh temporary folder, removed when the value is released.
final class TemporaryContent {
    let url: URL

    init(files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-content-\(UUID().uuidString)")
        for (path, text) in files {
            let file = url.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}

/// Links between files resolve on bytes; these are the cases the link check and Markdown links meet.
@Suite struct RelativeReferenceTests {
    @Test func resolvesAgainstTheFilesFolder() {
        #expect(RelativeReference.resolve("../index.md", from: "pages/guide/setup.md") == "pages/index.md")
        #expect(RelativeReference.resolve("./a/../b/c.html", from: "x/y.html") == "x/b/c.html")
        #expect(RelativeReference.resolve("p/", from: "index.html") == "p")
        #expect(RelativeReference.resolve("", from: "a/b.html") == "a")
        #expect(RelativeReference.resolve("//a///b", from: "x//y.html") == "x/a/b")
        #expect(RelativeReference.resolve("../../x", from: "a/b.html") == nil)
        #expect(RelativeReference.resolve("../..", from: "a/b/c.html") == "")
        #expect(RelativeReference.resolve("../資料/表.html", from: "文書/一.html") == "資料/表.html")
        // Climbing back to a folder of a longer name, to the top and out again, and `..` as part of a name.
        #expect(RelativeReference.resolve("../../ab/./c/../d", from: "ab/cd/ef/g.html") == "ab/ab/d")
        #expect(RelativeReference.resolve("../../x/../../y", from: "a/b/c.html") == nil)
        #expect(RelativeReference.resolve("..a/b..", from: "p/q.html") == "p/..a/b..")
        #expect(RelativeReference.resolve("../../../pref47/index.html#top", from: "pref01/p00047/a/index.html") == "pref47/index.html#top")
    }
}
