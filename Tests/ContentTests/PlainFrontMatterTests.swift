import Testing

@testable import Content

/// The front matter read without Yams must be node for node what Yams composes, and everything
/// outside its shape must be left to Yams.
@Suite struct PlainFrontMatterTests {
    @Test(arguments: [
        "title: \"北海道における制度の概要（第00001号）\"\ndate: 2024-01-01\nweight: 0",
        "title: 概要\norder: 3",
        "title: 北海道の\u{3000}制度（概要）",
        "title: \"\"",
        "title: \" 前後に空白 \"\nslug: guide-1\ndraft: true",
        "description: \"a: b # c\"\npath: docs/a.b_c-d",
        "null_key: null\nempty: \"x\"",
    ])
    func readsTheShapeAsYamsDoes(yaml: String) throws {
        let plain = try #require(PlainFrontMatter.mapping(yaml))
        #expect(PlainFrontMatter.matchesYams(yaml))
        #expect(plain.count == yaml.split(separator: "\n").count)
    }

    @Test(arguments: [
        "",
        "title: a\n",  // a blank line
        "# comment\ntitle: a",
        "title: a # comment",
        "title: a b",
        "title: a:b",
        "title: \"a\\\"b\"",  // an escape
        "title: 'single'",
        "title: \"a\" ",
        "title:  a",
        "title:",
        "yes: a",  // a key YAML reads as a flag
        "null: a",
        "title: a\ntitle: b",  // repeated
        "title: -a",
        "title: [a]",
        "tags:\n  - a",
        "title: \"a\u{85}b\"",
        "title: a\u{2028}b",
        "title: \"\u{FEFF}a\"",
        "title: \"a\tb\"",
        "title: a\r",
        "1: a",
    ])
    func leavesEverythingElseToYams(yaml: String) {
        #expect(PlainFrontMatter.mapping(yaml) == nil)
    }

    @Test func pagesReadTheSameEitherWay() throws {
        let text = "---\ntitle: \"概要\"\nweight: 7\ndate: 2024-02-03\n---\n本文\n"
        let matter = try FrontMatter(parsing: text, file: "pages/a.md")
        #expect(try matter.string("title") == "概要")
        #expect(try matter.int("weight") == 7)
        #expect(try matter.string("date") == "2024-02-03")
        #expect(matter.line(of: "date") == 4)
        #expect(matter.keyLine(of: "weight") == 3)
        #expect(matter.firstLine == 2)
        #expect(matter.keys == ["title", "weight", "date"])
    }
}
