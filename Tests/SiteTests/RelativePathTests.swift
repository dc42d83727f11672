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
    ])
    func linksBetweenOutputFiles(_ from: String, _ to: String, _ expected: String) {
        #expect(RelativePath.link(from: from, to: to) == expected)
    }

    @Test(arguments: [("index.html", ""), ("a/index.html", "../"), ("a/b/c/index.html", "../../../")])
    func rootPrefix(_ from: String, _ expected: String) {
        #expect(RelativePath.root(from: from) == expected)
    }

    @Test func linksNeverStartWithASlash() {
        let paths = ["index.html", "a/index.html", "a/b/index.html", "x/y/z/index.html", "404.html"]
        for from in paths {
            for to in paths {
                let link = RelativePath.link(from: from, to: to)
                #expect(!link.hasPrefix("/"))
                #expect(link.hasSuffix(".html"))
            }
        }
    }
}
