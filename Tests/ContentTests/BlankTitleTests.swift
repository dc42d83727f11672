import Foundation
import Testing

@testable import Content

/// The check for a blank title, taken without Foundation for most titles, must still find what
/// Foundation's trimming finds.
@Suite struct BlankTitleTests {
    @Test(arguments: ["", " ", "\t", "\u{3000}", "\u{3000}見出し", " a", "a", "北海道の概要", "ぁ", "\u{A0}", "\u{2003}", "「引用」", "\u{3000}\u{3000}"])
    func agreesWithFoundation(_ title: String) {
        #expect(PageLoader.isBlank(title) == title.trimmingCharacters(in: .whitespaces).isEmpty)
    }
}
