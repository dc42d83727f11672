import Foundation
import Testing

@testable import Site
import Templates

/// Mustache renders an unknown key as empty text, so a typo in a template would silently drop
/// content; rendering refuses keys no view value has (every fixture build checks the templates), and
/// one whole page is pinned.
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

    /// A reviewed rendering of one page; re-record with RECORD_GOLDEN=1 after an intended change.
    @Test func pageMatchesGolden() throws {
        let site = try FixtureSite(BuildIntegrationTests.wiki)
        try site.build()
        let actual = try site.page("guide/setup/index.html")
        let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("Golden/guide-setup.html")
        if ProcessInfo.processInfo.environment["RECORD_GOLDEN"] == "1"
            || !FileManager.default.fileExists(atPath: golden.path)
        {
            try Data(actual.utf8).write(to: golden)
            Issue.record("recorded \(golden.lastPathComponent); review it and run the tests again")
            return
        }
        #expect(actual == (try String(contentsOf: golden, encoding: .utf8)))
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
    ])
    func answersEveryStoredProperty(_ object: any TemplateObject) {
        for child in Mirror(reflecting: object).children {
            guard let label = child.label else { continue }
            #expect(object.templateValue(forKey: label) != nil, "\(type(of: object)) does not answer \(label)")
        }
        #expect(object.templateValue(forKey: "no-such-key") == nil)
    }
}
