import Foundation
import Japanese
import Testing

@Suite struct TrimmingTests {
    /// The native trim removes what Foundation's `.whitespaces` trim removes, and nothing else:
    /// ideographic and no-break spaces and tabs go; newlines and text stay, and the zero-width space goes as Foundation's set has it.
    @Test(arguments: [
        "", " ", "\t", "　", "\u{A0}x\u{A0}", "  北海道 \t", "　東京都　", "\n改行\n", " a b ", "|", " ｜ ", "x\u{301}", " \u{301}x",
        "\u{2003}全角\u{2003}", "\u{200B}ゼロ幅\u{200B}", "\r\n", " \u{3000}\t ", "\u{1680}x\u{2000}", "\u{202F}y\u{205F}", "\u{200A}z\u{200C}", "\u{FEFF}w",
    ])
    func matchesFoundation(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
        #expect(text[...].trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }
}
