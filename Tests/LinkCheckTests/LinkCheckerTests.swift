import Content
import Foundation
import Testing

@testable import LinkCheck

/// A site as path → text, checked in memory the way a build checks its output.
private func problems(_ site: [String: String]) -> [String] {
    LinkChecker.problems(in: site.mapValues { Data($0.utf8) }).map(\.description)
}

struct LinkCheckerTests {
    @Test func aSiteWhoseLinksAllResolveHasNoProblems() {
        let site = [
            "index.html": "<a href=\"a/index.html#sec-1\">A</a><a href=\"#top\" id=\"top\">top</a><img src=\"assets/i.svg\" alt=\"\">",
            "a/index.html": "<h2 id=\"sec-1\">一</h2><a href=\"../index.html?q=東京\">戻る</a><a href=\"https://example.org/x\">外</a>",
            "assets/i.svg": "<svg/>",
        ]
        #expect(problems(site) == [])
    }

    @Test func eachKindOfBrokenReferenceIsNamedWithFileAndLine() {
        let site = [
            "index.html": """
                <p>
                <a href="missing/index.html">1</a>
                <a href="a/index.html#nowhere">2</a>
                <a href="a/">3</a>
                <a href="/a/index.html">4</a>
                <a href="../../etc/passwd">5</a>
                <a href="javascript:alert(1)">6</a>
                <script>var s = '<a href="ignored.html">';</script>
                <!-- <a href="commented.html"> -->
                """,
            "a/index.html": "<h2 id=\"sec-1\">一</h2>",
        ]
        let found = problems(site)
        #expect(found.count == 6)
        #expect(found[0].hasPrefix("index.html:2: 'missing/index.html' points to missing/index.html"))
        #expect(found[1].hasPrefix("index.html:3: 'a/index.html#nowhere' names #nowhere"))
        #expect(found[2].hasPrefix("index.html:4: 'a/' names a folder"))
        #expect(found[3].hasPrefix("index.html:5: '/a/index.html' starts with '/'"))
        #expect(found[4].hasPrefix("index.html:6: '../../etc/passwd' leads outside the site"))
        #expect(found[5].hasPrefix("index.html:7: 'javascript:alert(1)' is a javascript: URL"))
    }

    /// An edit build checks one page against the site's paths; it reports what the whole site's
    /// check reports for that page, folders named by a link (at any depth) included.
    @Test func onePageChecksAsTheWholeSite() {
        let site = [
            "index.html": """
                <a href="a/">1</a>
                <a href="deep">2</a>
                <a href="deep/er">3</a>
                <a href="dee">4</a>
                <a href="a/index.html#nowhere">5</a>
                <a href="a/index.html#sec-1">6</a>
                """,
            "a/index.html": "<h2 id=\"sec-1\">一</h2>",
            "deep/er/index.html": "",
        ]
        let whole = problems(site).filter { $0.hasPrefix("index.html:") }
        #expect(whole.count == 5)
        #expect(whole.filter { $0.contains("names a folder") }.count == 3, "a/, deep and deep/er")
        let data = site.mapValues { Data($0.utf8) }
        let scan = HTMLReferences(Array(data["index.html"] ?? Data()))
        let single = LinkCheckStream.problems(
            page: "index.html", scan: scan, paths: data.keys, exists: { data[$0] != nil },
            ids: { path in data[path].map { HTMLReferences(Array($0)).ids } ?? [] }
        ).map(\.description)
        #expect(single == whole)
    }

    @Test func percentEncodedTargetsAndEntitiesAreDecoded() {
        let site = [
            "index.html": "<a href=\"%E8%B3%87%E6%96%99.html#%E8%A1%A8\">1</a><a href=\"b.html?x=1&amp;y=2\">2</a>",
            "資料.html": "<table id=\"表\"></table>",
            "b.html": "",
        ]
        #expect(problems(site) == [])
    }

    /// Numeric and named references decode as a browser reads them (the search index's decoder),
    /// and each reference says its attribute and where its tag starts.
    @Test func everyCharacterReferenceIsDecodedAndReferencesKnowTheirTag() {
        let site = [
            "index.html": "<a href=\"a.html#x&#x2D;1\">1</a><a href=\"a.html#&#12354;\">2</a><img src=\"a.html#y&ndash;2\" alt=\"\">",
            "a.html": "<p id=\"x-1\"></p><p id=\"&#x3042;\"></p><p id=\"y–2\"></p>",
        ]
        #expect(problems(site) == [])
        let html = "<p>x</p>\n<a href=\"b.html\">b</a>"
        let references = HTMLReferences(Array(html.utf8)).references
        #expect(references == [.init(target: "b.html", line: 2, attribute: "href", offset: 9)])
    }

    @Test func relativeResolutionStaysInsideTheSite() {
        #expect(RelativeReference.resolve("../b/index.html", from: "a/x/index.html") == "a/b/index.html")
        #expect(RelativeReference.resolve("./c.css", from: "index.html") == "c.css")
        #expect(RelativeReference.resolve("../x", from: "index.html") == nil)
    }

    @Test func theFoldersOfPathsAreEveryPrefixBeforeASlashWhateverTheOrder() {
        let paths = ["a/b/c/index.html", "a/b/d.html", "a/x.html", "index.html", "e//f.svg", "/root.html", "a/b/c/e/g.html"]
        let expected: Set<String> = ["a", "a/b", "a/b/c", "a/b/c/e", "e", "e/", ""]
        #expect(LinkChecker.folders(of: paths) == expected)
        #expect(LinkChecker.folders(of: paths.reversed()) == expected)
        #expect(LinkChecker.folders(of: ["index.html"]) == [])
    }
}
