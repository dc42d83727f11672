import Foundation
import Testing

@testable import Search

/// The index scripts' strings and numbers, written without Foundation, must read back in
/// JavaScript as what was written, wherever in a long text a character needing an escape falls.
@Suite struct ScriptWriterTests {
    /// Every character a string literal must escape, at every offset within the eight-byte words
    /// the writer skips, reads back as a JSON string (JSON's string syntax is JavaScript's, but
    /// for U+2028 and U+2029 which JSON leaves raw).
    @Test(arguments: ["\"", "\\", "\n", "\u{01}", "\t", "\u{2028}", "\u{2029}", "…", "※"])
    func escapesAreFoundAtEveryOffset(special: String) throws {
        for offset in 0..<20 {
            let text = String(repeating: "a", count: offset) + special + "認知症サポーター" + special + String(repeating: "b", count: 9)
            var writer = ScriptWriter()
            writer.string(text)
            let literal = String(decoding: writer.bytes, as: UTF8.self)
            #expect(!literal.contains("\u{2028}") && !literal.contains("\u{2029}"), "offset \(offset)")
            let read = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
            #expect(read == text, "offset \(offset)")
        }
    }

    @Test func decimalsAreWrittenAsSwiftPrintsThem() {
        for value in [0, 7, 9, 10, 99, 100, 1_000, 65_535, 1_234_567_890, Int.max, -1, -250, Int.min] {
            var writer = ScriptWriter()
            writer.decimal(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value))
        }
    }

    @Test func base36MatchesTheStandardLibrary() {
        for value in [0, 1, 35, 36, 1_295, 1_296, 46_655, 46_656, 1 << 31, Int.max] {
            var writer = ScriptWriter()
            writer.base36(value)
            #expect(String(decoding: writer.bytes, as: UTF8.self) == String(value, radix: 36))
        }
    }
}
