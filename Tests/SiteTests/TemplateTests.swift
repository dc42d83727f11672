import Content
import Foundation
import Testing

@testable import Site
import Templates

/// Mustache renders an unknown key as empty text, so a typo in a template would silently drop
/// content; rendering refuses keys no view value has (every fixture build checks the templates).
@Suite struct TemplateTests {
    /// A key no view value has would render as empty text; the build refuses it, naming the
    /// template.
    @Test func aMisspeltKeyFailsTheBuild() throws {
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        let page = site.templates.appendingPathComponent("page.mustache")
        let text = try String(contentsOf: page, encoding: .utf8)
        try text.replacingOccurrences(of: "{{title}}", with: "{{titel}}").write(to: page, atomically: true, encoding: .utf8)
        #expect {
            try site.build()
        } throws: { error in
            "\(error)".hasPrefix("page.mustache: uses “titel”")
        }
    }
}

@Suite struct TemplateObjectTests {
    /// A hand-written key lookup must answer every stored property, or a template would render a
    /// blank where the value should be.
    @Test(arguments: [
        PageView.Link(title: "t", href: SiteLink("h"), current: true) as any TemplateObject,
        PageView.TocEntry(text: "t", href: "h", nested: true),
        PageView.Child(title: "t", href: SiteLink("h"), description: nil),
        PageView.Child(title: "t", href: SiteLink("h"), description: "d"),
        SourceLine(NumberedLine(number: 3, text: "本文")),
    ])
    func answersEveryStoredProperty(_ object: any TemplateObject) {
        for child in Mirror(reflecting: object).children {
            guard let label = child.label else { continue }
            #expect(object.templateValue(forKey: label) != nil, "\(type(of: object)) does not answer \(label)")
        }
        #expect(object.templateValue(forKey: "no-such-key") == nil)
    }
}
