import Testing

@testable import Site

/// A program's excerpt of a section starts at the sentence naming it, whether the name and the
/// section are written with precomposed or combining marks.
@Suite struct SectionExcerptTests {
    /// The sentence before the one that names the program.
    static let opening = "前の文です。"
    static let precomposed = opening + "ガイドの文です。"
    static let decomposed = opening + "カ\u{3099}イドの文です。"

    @Test(arguments: [(precomposed, "ガイド"), (precomposed, "カ\u{3099}イド"), (decomposed, "ガイド"), (decomposed, "カ\u{3099}イド")])
    func theExcerptStartsAtTheSentenceNamingTheProgram(_ plain: String, _ name: String) {
        let excerpt = SectionExcerpt.text(plain: plain, names: [name], normalized: SectionExcerpt.isNormalized(plain))
        #expect(excerpt == String(plain.dropFirst(Self.opening.count)))
        #expect(excerpt == SectionExcerpt.text(plain: plain, names: [name]))
    }

    @Test func aNameTheSectionLacksGivesItsOpeningWords() {
        #expect(SectionExcerpt.isNormalized(Self.precomposed) && !SectionExcerpt.isNormalized(Self.decomposed))
        #expect(SectionExcerpt.text(plain: Self.precomposed, names: ["支援"], normalized: true) == Self.precomposed)
    }
}
