import Content
import Foundation
import Testing

@testable import LinkCheck

/// The check a build runs batch by batch must find what the check of the whole site finds, in the
/// same order, whichever page comes first: links forward to pages not seen yet, anchors on them,
/// files only known at the end.
struct LinkCheckStreamTests {
    static let site: [String: String] = [
        "index.html": """
            <a href="z/index.html#late">forward anchor</a>
            <a href="z/index.html#absent">forward anchor missing</a>
            <a href="search/docs.js">known at the end</a>
            <a href="gone/index.html">missing</a>
            <a href="z/">a folder</a>
            """,
        "a/index.html": "<h2 id=\"here\">A</h2><a href=\"#here\">own</a><a href=\"#there\">own missing</a><a href=\"../index.html\">back</a>",
        "z/index.html": "<h2 id=\"late\">Z</h2><a href=\"../a/index.html#here\">backward anchor</a><a href=\"/a/index.html\">rooted</a>",
        "assets/site.css": "body{}",
        "search/docs.js": "x",
    ]

    @Test(arguments: [["z/index.html", "a/index.html", "index.html"], ["index.html", "a/index.html", "z/index.html"]])
    func aCheckInBatchesFindsWhatTheWholeCheckFinds(order: [String]) {
        let whole = LinkChecker.problems(in: Self.site.mapValues { Data($0.utf8) }).map(\.description)
        #expect(whole.count == 5)
        let stream = LinkCheckStream(paths: ["index.html", "a/index.html", "z/index.html", "assets/site.css"])
        for path in order { stream.add(pages: [(path, Data((Self.site[path] ?? "").utf8))]) }
        stream.add(pages: [("assets/site.css", Data("body{}".utf8))])
        #expect(stream.finish(paths: ["search/docs.js"]).map(\.description) == whole)
    }
}
