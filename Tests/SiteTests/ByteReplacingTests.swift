import Escaping
import Testing

/// A dataset block in a section's HTML is replaced on bytes: every occurrence, the replacement made
/// once, multi-byte text around it kept whole, and nothing returned when the block is absent.
@Suite struct ByteReplacingTests {
    @Test func replacesEveryOccurrenceAndKeepsTheTextAround() {
        var made = 0
        let replaced = Escaping.ByteSearch.replacingAll("<pre>x</pre>", in: "前<pre>x</pre>中の文<pre>x</pre>後") {
            made += 1
            return "〔表〕"
        }
        #expect(replaced == "前〔表〕中の文〔表〕後")
        #expect(made == 1)
    }

    @Test func absentNeedleGivesNil() {
        #expect(Escaping.ByteSearch.replacingAll("<pre>y</pre>", in: "前<pre>x</pre>後") { "〔表〕" } == nil)
    }
}

/// Searches on bytes find what a search by characters finds, at byte offsets, from the given start,
/// and nothing past the end of the text.
@Suite struct ByteSearchTests {
    @Test func oneByteIsFoundFromTheStartGiven() {
        let text = Array("a<b<c".utf8)
        text.withUnsafeBytes { bytes in
            #expect(Escaping.ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes) == 1)
            #expect(Escaping.ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: 2) == 3)
            #expect(Escaping.ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: 4) == nil)
            #expect(Escaping.ByteSearch.firstOffset(of: UInt8(ascii: "<"), in: bytes, from: 9) == nil)
        }
        #expect(Escaping.ByteSearch.contains(byte: 13, in: "行\r\n"))
        #expect(!Escaping.ByteSearch.contains(byte: 13, in: "行\n"))
    }

    @Test func aNameIsFoundAmongMultiByteText() {
        #expect(Escaping.ByteSearch.contains("認知症", in: "全国の認知症施策"))
        #expect(!Escaping.ByteSearch.contains("認知症", in: "全国の認知施策"))
        // A needle longer than the text, and one that starts near the end.
        #expect(!Escaping.ByteSearch.contains("施策です", in: "施策"))
        #expect(Escaping.ByteSearch.contains("策", in: "施策"))
    }

    /// A needle is sought by one of its bytes other than its first; the match is still the first
    /// one at or after the start, for needles near both ends of the text and overlapping ones.
    @Test(arguments: ["<main", "</main>", "<!--m-->", "m", "<", "認知症", "aab", "知症<", "<main id=\"main\">x"])
    func theFirstMatchIsFoundFromEveryStart(_ needle: String) {
        let text = Array("<a href=\"#main\">m</a><mai<main<main id=\"main\">x</main><!--m-->認知認知症<aaab".utf8)
        let wanted = Array(needle.utf8)
        text.withUnsafeBytes { bytes in
            wanted.withUnsafeBytes { needleBytes in
                for start in 0...text.count + 1 {
                    let expected = start > text.count - wanted.count ? nil
                        : (start...(text.count - wanted.count)).first { text[$0..<($0 + wanted.count)].elementsEqual(wanted) }
                    #expect(Escaping.ByteSearch.firstOffset(of: needleBytes, in: bytes, from: start) == expected, "\(needle) from \(start)")
                }
            }
        }
    }
}

/// Numbers written into byte buffers (the build record, the search scripts) read as `String(_:)`
/// writes them, at the edges of each digit count and of the types.
@Suite struct DecimalBytesTests {
    @Test func writesWhatStringWrites() {
        let signed: [Int64] = [0, 7, 9, 10, 99, 100, 1_000_000, -1, -10, .max, .min]
        for value in signed {
            var bytes: [UInt8] = [UInt8(ascii: "x")]
            DecimalBytes.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == "x" + String(value))
        }
        for value: UInt64 in [0, 10, .max, .max / 10, 10_000_000_000_000_000_000] {
            var bytes: [UInt8] = []
            DecimalBytes.append(value, to: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == String(value))
        }
    }
}
