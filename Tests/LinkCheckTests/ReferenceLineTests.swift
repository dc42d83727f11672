import Testing

@testable import LinkCheck

/// Lines are counted eight bytes at a time; every reference must still name the line it stands on,
/// whatever the length of the text before it and wherever its line feeds fall.
struct ReferenceLineTests {
    @Test func everyReferenceNamesItsLine() {
        var html = ""
        var expected: [Int] = []
        var line = 1
        for index in 0..<200 {
            // Text of varying length, with line feeds, bytes beyond ASCII and bytes one off a line feed.
            let text = String(repeating: index % 3 == 0 ? "é\u{0B}\u{09}" : "x", count: index % 17) + String(repeating: "\n", count: index % 4)
            html += text
            line += index % 4
            html += "<a href=\"p\(index).html\">\(index % 5 == 0 ? "\n" : "")a</a>"
            expected.append(line)
            if index % 5 == 0 { line += 1 }
        }
        let scan = HTMLReferences(Array(html.utf8))
        #expect(scan.references.map(\.line) == expected)
        #expect(scan.references.map(\.target) == (0..<200).map { "p\($0).html" })
    }
}
