import Foundation
import Testing

@testable import Site

/// A program's excerpt of a section starts at the sentence naming it, whether the name and the
/// section are written with precomposed or combining marks.
@Suite struct SectionExcerptTests {
    /// Trimming scalar by scalar gives what Foundation's trimming gives, for every kind of space at
    /// either end (and a mark after a space, which Foundation leaves).
    @Test func trimsAsFoundationDoes() {
        let ends = [" ", "\t", "\u{3000}", "\u{A0}", "\u{2003}", "\u{200B}", "\u{FEFF}", "\n", "\u{301}", "ア", "a", ""]
        for left in ends {
            for right in ends {
                let line = left + " 本文 text " + right
                #expect(
                    SectionExcerpt.trimmed(Substring(line), of: .whitespaces) == line.trimmingCharacters(in: .whitespaces),
                    "\(line.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// The importer's note where a chart's figures are missing is left out, whatever surrounds it.
    @Test func leavesOutTheMissingFiguresNote() {
        let body = "本文の一行目\n\u{3000}（グラフの数値は原資料に含まれていません）\n　二行目\t\nていません、とだけ書いた行"
        #expect(SectionExcerpt.plainText(body) == "本文の一行目\n二行目\nていません、とだけ書いた行")
    }

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

/// The excerpt's searches on bytes answer as the searches on characters they replace.
@Suite struct SectionExcerptByteTests {
    static let texts = [
        "前の文です。ガイドの文です。ガイド", "カ\u{3099}イドの文", "e\u{301}cole école", "支援。\n支援事業", "🇯🇵🇯🇵 国旗", "ガイ", "",
        "いない\u{301}ガイド", "ガイド\u{301}とガイド",
    ]
    static let names = ["ガイド", "カ\u{3099}イド", "école", "支援事業", "🇵🇯", "ガイ", "ド", "い"]

    @Test(arguments: texts)
    func theFirstPlaceIsTheFirstCharacterMatch(_ text: String) {
        for name in Self.names {
            let normalized = SectionExcerpt.isNormalized(text)
            #expect(SectionExcerpt.firstPlace(of: name, in: text, normalized: normalized) == text.firstRange(of: name)?.lowerBound, "\(name)")
        }
    }

    @Test(arguments: [" \n 文\u{3000}", "\u{3000}文", "文", "", " \t\r\n", "\u{85}文 \u{2028}", " \u{301}文"])
    func trimmingIsFoundations(_ text: String) {
        #expect(SectionExcerpt.trimmed(text[...]) == text.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
