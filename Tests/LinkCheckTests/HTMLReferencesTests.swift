import Foundation
import Testing

@testable import LinkCheck

/// The byte-level scan matches tag and attribute names in any case without making strings of
/// them; these are the names it keeps and the ones it must pass over.
@Suite struct HTMLReferencesTests {
    @Test func keepsReferencesAndIdsInAnyCaseAndSkipsCode() {
        let html = """
            <A HREF="a.html?x=1&amp;y=2" data-href="no">リンク</A>
            <img SRC='b.png' Name=top><svg><use xlink:href="#c"/></svg>
            <SCRIPT>var s = '<a href="inside-script">';</Script>
            <style>a[href="inside-style"] {}</STYLE><!-- <a href="inside-comment"> -->
            <p ID="d" hreflang="ja">x</p>
            """
        let scan = HTMLReferences(Array(html.utf8))
        #expect(scan.references.map(\.target) == ["a.html?x=1&y=2", "b.png", "#c"])
        #expect(scan.references.map(\.attribute) == ["href", "src", "xlink:href"])
        #expect(scan.references.map(\.line) == [1, 2, 2])
        #expect(scan.ids == ["top", "d"])
        // The backlinks' scan keeps the `href`s alone, each as the full scan reads it.
        #expect(HTMLReferences(data: Data(html.utf8)).references == scan.references)
        #expect(HTMLReferences.hrefs(Data(html.utf8)) == scan.references.filter { $0.attribute == "href" })
        #expect(HTMLReferences.hrefs(Data(html.utf8)).map(\.target) == ["a.html?x=1&y=2"])
    }
}
