import Testing

@testable import Site

@Suite struct RelativePathTests {
    @Test(arguments: [
        ("index.html", "about/index.html", "about/index.html"),
        ("about/index.html", "index.html", "../index.html"),
        ("about/index.html", "about/index.html", "index.html"),
        ("a/b/index.html", "a/c/index.html", "../c/index.html"),
        ("a/b/index.html", "programs/x/index.html", "../../programs/x/index.html"),
        ("a/b/c/index.html", "a/index.html", "../../index.html"),
        ("a/index.html", "a/b/c/index.html", "b/c/index.html"),
        ("404.html", "assets/site.css", "assets/site.css"),
        ("data/x/index.html", "data/x.csv", "../x.csv"),
        ("a/b/index.html", "a/b/index.html#sec-2", "index.html#sec-2"),
        ("documents/d/s/index.html", "documents/d/index.html#toc", "../index.html#toc"),
        ("prefectures/tokyo/index.html", "#panel", "#panel"),
        // `.` and empty parts of the page's path are no folders.
        ("./a/b/index.html", "a/c/index.html", "../c/index.html"),
        ("a//b/index.html", "a/b/c/index.html#x", "c/index.html#x"),
        ("a/b/index.html", "a/b", "../b"),
        // Targets that are not ASCII are walked Character by Character: a mark after `#` or `/`
        // joins it into another Character, which is then no separator.
        ("資料/一/index.html", "資料/二/index.html#第1節", "../二/index.html#第1節"),
        ("a/b/index.html", "a/b/index.html#\u{301}x", "index.html#\u{301}x"),
        ("a/b/index.html", "a/\u{301}b/index.html", "../../a/\u{301}b/index.html"),
    ])
    func linksBetweenOutputFiles(_ from: String, _ to: String, _ expected: String) {
        #expect(RelativePath.link(from: from, to: to) == expected)
    }

    /// Following the link from the page's folder must arrive at the target, for every pair.
    @Test func followingALinkArrivesAtItsTarget() {
        let paths = ["index.html", "a/index.html", "a/b/index.html", "a/c/index.html", "x/y/z/index.html", "404.html", "data/x.csv"]
        for from in paths {
            for to in paths {
                var folders = from.split(separator: "/").dropLast().map(String.init)
                for part in RelativePath.link(from: from, to: to).split(separator: "/") {
                    if part == ".." { folders.removeLast() } else { folders.append(String(part)) }
                }
                #expect(folders.joined(separator: "/") == to, "\(from) → \(to)")
            }
        }
    }
}
