import Testing

@testable import LinkCheck

/// Targets of printable ASCII are read on bytes, others by characters; both readings must agree
/// wherever both apply, or the check would judge a link differently by how it is spelled.
@Suite struct LinkTargetTests {
    @Test func bytesAndCharactersReadTargetsAlike() {
        let targets = [
            "../p00047/", "a/b.html#top", "a.html?x=1#frag", "#only", "?q", "", "/rooted/", "https://example.org/",
            "mailto:x@example.org", "JavaScript:alert(1)", "javascript:", "javascrip", "a/b:c", "abcdefghijkl:x",
            "abcdefghijk:x", "a#b:c", "%E3%81%82/index.html#%E3%81%82", "x?y#z?w", "./a/../b/",
        ]
        for target in targets {
            #expect(LinkTarget.ascii(target) == LinkTarget.characters(target), "\(target)")
        }
        #expect(LinkTarget("a.html?x=1#frag") == .relative(path: "a.html", fragment: "frag"))
        #expect(LinkTarget("JavaScript:alert(1)") == .javascript)
        #expect(LinkTarget("abcdefghijkl:x") == .relative(path: "abcdefghijkl:x", fragment: nil))
    }

    @Test func targetsBeyondASCIIAreReadByCharacters() {
        #expect(LinkTarget.ascii("あ/index.html") == nil)
        #expect(LinkTarget("あ/index.html#見出し") == .relative(path: "あ/index.html", fragment: "見出し"))
    }
}
