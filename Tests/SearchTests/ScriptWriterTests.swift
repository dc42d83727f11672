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

    /// A key's scalars are written by one encoder for the shards, their patches and the spilled
    /// postings: each reads back as itself, escaped where a literal needs it.
    @Test func keyScalarsReadBackAsThemselves() throws {
        for value: UInt32 in [0x22, 0x5C, 0x0A, 0x01, 0x1F, 0x20, 0x41, 0x7F, 0xE9, 0x2028, 0x2029, 0x3042, 0xFFFD, 0x1F600] {
            var writer = ScriptWriter()
            writer.byte(UInt8(ascii: "\""))
            writer.scalarInString(value)
            writer.byte(UInt8(ascii: "\""))
            let literal = String(decoding: writer.bytes, as: UTF8.self)
            #expect(!literal.contains("\u{2028}") && !literal.contains("\u{2029}"))
            let read = try JSONDecoder().decode(String.self, from: Data(literal.utf8))
            #expect(read.unicodeScalars.map(\.value) == [value], "U+\(String(value, radix: 16))")
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
