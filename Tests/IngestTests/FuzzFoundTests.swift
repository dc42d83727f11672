import Content
import Foundation
import Testing

@testable import Ingest

/// Inputs the fuzz suite found that once stopped the readers with a trap. Each must now read or
/// fail with an error, as any user's file must.
@Suite struct FuzzFoundTests {
    @Test(arguments: [
        // Foundation's `contains` trapped on a heading whose marks had no base character.
        ("markdown-numbered-heading.input", "markdown"),
        // A one-line section whose only line is its heading made an empty sub-heading range.
        ("markdown-heading-only-section.input", "markdown"),
        // A numbered line that was the document's last looked for its next line past the end.
        ("markdown-numbered-last-line.input", "markdown"),
        // A 100 KB table-of-contents cell made the entry patterns backtrack for minutes.
        ("markdown-long-contents-cell.input", "markdown"),
        // Notes after a roster's header made its table's last line come before its first.
        ("roster-notes-after-header.input", "roster"),
    ])
    func readsOrFailsWithAnError(_ name: String, _ reader: String) throws {
        let bytes = try Data(contentsOf: Package.fixtures.appendingPathComponent("fuzz-found/\(name)"))
        let text = SourceText(path: "sources/\(name)", text: String(decoding: bytes, as: UTF8.self))
        do {
            let document = reader == "roster"
                ? try RosterReader.read(text, id: "fuzz", title: "fuzz")
                : try MarkdownPdfReader.read(text, id: "fuzz", title: "fuzz")
            #expect(document.id == "fuzz")
        } catch {
            #expect(!error.problem.isEmpty)
        }
    }
}
