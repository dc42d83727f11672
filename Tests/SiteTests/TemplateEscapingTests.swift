import Content
import Foundation
import Testing

import Templates

/// `{{value}}` is escaped by the project's one escaper (`Markup.escape`) through Shiryo's own
/// content type, and the pragma that selects it must leave no trace in the page or in the line
/// numbers of template errors.
@Suite struct TemplateEscapingTests {
    struct View {
        let value: String
    }

    private func render(_ template: String, _ value: String) throws -> String {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("escaping-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try template.write(to: folder.appendingPathComponent("t.mustache"), atomically: true, encoding: .utf8)
        return try TemplateSet(directory: folder).render(View(value: value), template: "t")
    }

    @Test func escapesTheFiveCharactersAndKeepsOtherText() throws {
        #expect(try render("<p>{{value}}</p>", "東京<b>&\"'x") == "<p>東京&lt;b&gt;&amp;&quot;&#39;x</p>")
        #expect(try render("<p>{{value}}</p>", "そのまま") == "<p>そのまま</p>")
        #expect(try render("<p>{{{value}}}</p>", "<b>") == "<p><b></p>")
    }

    /// A `<` with a combining mark is one Character (≮) that Mustache's own escaping leaves raw;
    /// every `<` is escaped here, and control characters HTML calls parse errors are dropped.
    @Test func everySpecialByteIsEscapedEvenWhenAMarkJoinsIt() throws {
        #expect(try render("{{value}}", "a<\u{338}b & c") == "a&lt;\u{338}b &amp; c")
        #expect(try render("{{value}}", "a\u{1}b\tc") == "ab\tc")
    }

    /// A section tag alone on the first line still leaves no line behind.
    @Test func aStandaloneTagOnTheFirstLineLeavesNoLine() throws {
        #expect(try render("{{#value}}\n<p>{{value}}</p>\n{{/value}}\n", "x") == "<p>x</p>\n")
    }

    @Test func aSyntaxErrorNamesItsOwnLine() throws {
        #expect {
            try render("<p>\n{{/value}}\n<p>\n", "x")
        } throws: { error in
            (error as? ContentError)?.line == 2
        }
    }
}
