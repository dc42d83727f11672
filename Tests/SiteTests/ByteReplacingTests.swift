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
