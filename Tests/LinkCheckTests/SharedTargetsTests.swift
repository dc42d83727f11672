import Testing

@testable import LinkCheck

/// A verdict shared between pages must be the one each page would get on its own: targets that look
/// alike but resolve differently (a scheme behind `./`, `/` after `../`, a link into the page
/// itself, more `../` than folders) must never share one.
struct SharedTargetsTests {
    static let files: Set<String> = [
        "index.html", "a/index.html", "a/b/index.html", "a/b/c.html", "x/index.html", "https:x", "a/https:x", "a/b/d",
    ]
    static let ids: Set<String> = ["a/index.html#top", "index.html#top"]
    static let pages = [
        "index.html", "a/index.html", "a/b/index.html", "a/b/c.html", "x/index.html", "a//b/index.html", "./a/index.html",
        "a/./index.html", ".well/index.html", "a/b/",
    ]
    static let targets = [
        "../index.html", "../../index.html", "../../../index.html", "./index.html", "index.html", "./https:x", "https:x", "..//x",
        "/index.html", "../", "./", "#top", "../#top", "?q", "../index.html#top", "../../a/index.html#top", "./../index.html",
        ".././index.html", "%2E%2E/index.html", "../%2E%2E/index.html", "./javascript:alert(1)", "javascript:alert(1)", "b/d",
        "./b/d", "../b/d", "../a/b/c.html?x#y", "../é.html", "./\u{301}x:y", "../\u{301}x:y", "...", ".../x", "../..", "",
    ]

    static func judge(_ target: String, _ page: String) -> String? {
        LinkChecker.check(
            target, from: page, exists: files.contains, isFolder: LinkChecker.folders(of: files).contains,
            hasID: { ids.contains($0 + "#" + $1) }
        ).map { $0.what + " / " + $0.fix }
    }

    @Test func sharedVerdictsEqualEachPagesOwn() {
        var shared = SharedTargets<String?>()
        var judged = 0
        // Every page after every other, twice over, so each key is first filled by another page.
        for page in Self.pages + Self.pages.reversed() {
            for target in Self.targets {
                let verdict = shared.verdict(target, on: shared.page(page)) {
                    judged += 1
                    return Self.judge(target, page)
                }
                #expect(verdict == Self.judge(target, page), "\(target) from \(page)")
            }
        }
        #expect(judged < 2 * Self.pages.count * Self.targets.count)
    }

    @Test func pagesOfOneFolderShareTheirLinksVerdicts() {
        var shared = SharedTargets<String?>()
        var judged: [String] = []
        for (target, page) in [("../index.html", "a/b/index.html"), ("../index.html", "a/b/c.html"), ("../../index.html", "a/b/c.html"),
            ("../index.html", "a/index.html"), ("#top", "a/index.html"), ("#top", "index.html")] {
            _ = shared.verdict(target, on: shared.page(page)) {
                judged.append(target + " " + page)
                return Self.judge(target, page)
            }
        }
        // `../../index.html` from a/b/ names another file than `../index.html` from there, the one
        // `../index.html` names from a/; links into the page are each page's own.
        #expect(judged == ["../index.html a/b/index.html", "../../index.html a/b/c.html", "#top a/index.html", "#top index.html"])
    }
}
