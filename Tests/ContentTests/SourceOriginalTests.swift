import Testing

@testable import Content

/// An original's lines are split on bytes; they must be the lines splitting its `Character`s gives.
@Suite struct SourceOriginalTests {
    @Test(arguments: [
        "", "\n", "a\nb", "a\nb\n", "\n\nx\n\n", "行一\n行二\n", "a\r\nb\nc", "\r\n", "a\r\r\nb", "x\n\u{301}y", "末尾\r",
    ])
    func linesAreThoseOfSplittingCharacters(_ text: String) {
        #expect(SourceOriginal.lines(of: text) == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }
}
