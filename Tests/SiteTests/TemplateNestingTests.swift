import Content
import Foundation
@testable import Templates
import Testing

/// Sections nested thousands deep overflowed the Mustache parser's stack (a crash the fuzz suite
/// found); they are refused with the line of the tag that goes too deep, whatever the delimiters.
@Suite struct TemplateNestingTests {
    func load(_ text: String) throws -> TemplateSet {
        let folder = try TemporaryDirectory()
        try folder.write(["page.mustache": text])
        return try TemplateSet(directory: folder.url)
    }

    @Test(arguments: [
        ("", "{{#a}}", "{{/a}}"), ("", "{{^a}}", "{{/a}}"), ("{{=<% %>=}}", "<%#a%>", "<%/a%>"),
    ])
    func deepSectionsAreRefusedWithTheirLine(_ delimiters: String, _ open: String, _ close: String) throws {
        let text = "<p>\n" + delimiters + String(repeating: open, count: 3000) + String(repeating: close, count: 3000)
        #expect {
            try load(text)
        } throws: { error in
            let error = error as? ContentError
            return error?.file == "page.mustache" && error?.line == 2
                && error?.problem == "sections are nested more than 100 deep"
        }
    }

    @Test func sectionsSideBySideAreNotNesting() throws {
        let set = try load(String(repeating: "{{#a}}x{{/a}}", count: 3000))
        #expect(set.names == ["page"])
    }
}

/// Template syntax errors say what is wrong in words and what to write.
@Suite struct TemplateSyntaxTests {
    func error(_ text: String) throws -> ContentError? {
        let folder = try TemporaryDirectory()
        try folder.write(["page.mustache": text, "partials/footer.mustache": "f"])
        do {
            _ = try TemplateSet(directory: folder.url)
            return nil
        } catch let error as ContentError {
            return error
        }
    }

    @Test func aSpaceBeforeThePartialSigilSaysWhatToWrite() throws {
        let found = try error("<p>\n{{ > partials/footer }}\n")
        #expect(found?.line == 2)
        #expect(found?.problem == "“{{ > partials/footer }}” has a space after {{, so Mustache does not read it as a tag of its kind")
        #expect(found?.fix == "write {{> partials/footer}}")
    }

    @Test(arguments: [
        ("{{#a}}\n{{/b}}", "a {{/name}} closes a section other than the one that is open"),
        ("{{#a}}\nx", "a section opened with {{#name}}, {{^name}} or {{$name}} is never closed"),
        ("<p>{{a b}}</p>", "a tag is not closed, or its name has characters a name cannot have"),
    ])
    func parserErrorsAreInWords(_ text: String, _ problem: String) throws {
        let found = try error(text)
        #expect(found?.problem.hasPrefix(problem + ", near") == true)
        #expect(found?.description.contains("unfinishedName") == false)
    }
}

/// A line of 150,000 unclosed `{{` took minutes to scan (one Foundation search per tag); the scan
/// is now one pass.
@Suite struct TemplateScanTests {
    @Test func aLineOfUnclosedBracesIsRefusedQuickly() throws {
        let folder = try TemporaryDirectory()
        try folder.write(["page.mustache": "<p>\n<nav" + String(repeating: "{{", count: 75_000) + "\n"])
        let start = ContinuousClock.now
        #expect(throws: ContentError.self) { try TemplateSet(directory: folder.url) }
        #expect(ContinuousClock.now - start < .seconds(5))
    }

    @Test func tagsAreFoundWithTheirLines() {
        let tags = TemplateTags.all(in: "a {{x}}\n{{ > p }} {{{y}}}\n{{ open\n}}")
        #expect(tags.map(\.line) == [1, 2, 2])
        #expect(tags.map(\.inner) == ["x", "> p ", "{y"])
        #expect(tags.map(\.spaced) == [false, true, false])
    }
}
