import Testing

@testable import Ingest

/// Coverage's fast search gives `contains`'s own answers, where bytes and characters disagree too.
@Suite struct CoverageSearchTests {
    @Test(arguments: [
        ("認知症地域支援推進員", "支援推進", true),
        ("認知症地域支援推進員", "推進委員", false),
        ("か\u{3099}きく", "か", false),  // the bytes of か are there, but inside the character が
        ("が", "か\u{3099}", true),  // canonically the same character, other bytes
        ("e\u{301}", "é", true),
        ("abc", "bcd", false),
        ("葛\u{E0100}飾区", "葛", false),  // a variation selector makes 葛 another character
    ])
    func holdsAgreesWithContains(text: String, part: String, expected: Bool) {
        #expect(text.contains(part) == expected)
        #expect(text.holds(part) == expected)
    }
}

/// Caption search compares match keys byte for byte, a NUL in a damaged file included.
@Suite struct CaptionSearchTests {
    @Test(arguments: [
        ("都道府県別\u{0}開催回数", "開催回数", true),
        ("都道府県別\u{0}開催回数", "別\u{0}開", true),
        ("都道府県別\u{0}開催回数", "別開", false),
        ("都道府県別", "都道府県別の", false),
        ("都道府県別", "", false),
    ])
    func keysAreSearchedPastANul(key: String, needle: String, expected: Bool) {
        #expect(SourceText.contains(key, needle) == expected)
    }
}
