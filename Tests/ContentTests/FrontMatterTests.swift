import Foundation
import Testing

@testable import Content

@Suite struct FrontMatterTests {
    @Test func splitsBodyAndReadsKeys() throws {
        let matter = try FrontMatter(parsing: "---\ntitle: 概要\norder: 3\n---\n本文\n", file: "pages/a.md")
        #expect(try matter.string("title") == "概要")
        #expect(try matter.int("order") == 3)
        #expect(matter.body == "本文\n")
        #expect(matter.line(of: "order") == 3)
    }

    @Test func fileWithoutFrontMatterIsAllBody() throws {
        let matter = try FrontMatter(parsing: "# 見出し\n", file: "pages/a.md")
        #expect(matter.body == "# 見出し\n")
        #expect(try matter.string("title") == nil)
    }

    struct BadCase: Sendable, CustomTestStringConvertible {
        let text: String
        let line: Int?
        let mentions: String
        var testDescription: String { mentions }
    }

    @Test(arguments: [
        BadCase(text: "---\ntitle: a\n", line: 1, mentions: "never closed"),
        BadCase(text: "---\ntitle: a\ndescription: [unclosed\n---\n", line: 4, mentions: "not valid YAML"),
        BadCase(text: "---\ntitle: ok\n  bad: indent\n---\n", line: 3, mentions: "not valid YAML"),
        BadCase(text: "---\n- just\n- a list\n---\n", line: 2, mentions: "key: value"),
    ])
    func reportsFileLineAndFix(_ bad: BadCase) {
        #expect {
            try FrontMatter(parsing: bad.text, file: "pages/bad.md")
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == "pages/bad.md" && error.line == bad.line && error.problem.contains(bad.mentions)
                && !error.fix.isEmpty && error.description.hasPrefix("pages/bad.md:\(bad.line ?? 0): ")
        }
    }

    @Test func wrongValueTypesNameTheirLine() throws {
        let matter = try FrontMatter(parsing: "---\ntitle:\n  - a\n  - b\norder: soon\n---\n", file: "p.md")
        #expect(throws: ContentError.self) { try matter.string("title") }
        do {
            _ = try matter.int("order")
            Issue.record("expected an error")
        } catch let error as ContentError {
            #expect(error.line == 5)
            #expect(error.problem.contains("whole number"))
        }
    }
}
