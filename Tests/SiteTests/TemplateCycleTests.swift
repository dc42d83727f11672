import Content
import Foundation
import Testing

@testable import Site

/// A partial that includes itself is an error naming the circle, not a crash at render time.
@Suite struct TemplateCycleTests {
    @Test(arguments: [
        (["partials/footer.mustache": "<footer>{{> partials/footer}}</footer>"], "partials/footer.mustache:1: includes itself: partials/footer → partials/footer"),
        (
            ["partials/footer.mustache": "<footer>\n{{> partials/x}}</footer>", "partials/x.mustache": "{{>partials/y}}", "partials/y.mustache": "{{> partials/footer }}"],
            "partials/y.mustache:1: includes itself: partials/footer → partials/x → partials/y → partials/footer"
        ),
    ])
    func aRecursivePartialIsNamed(templates: [String: String], message: String) throws {
        let site = try FixtureSite(["content/pages/a.md": "---\ntitle: A\n---\n本文"])
        try site.folder.write(Dictionary(uniqueKeysWithValues: templates.map { ("templates/" + $0.key, $0.value) }))
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix(message + " — remove the")
        }
    }
}
