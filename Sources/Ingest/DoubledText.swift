import Japanese

/// Text-layer duplicates: the converter sometimes emits a run of text twice in a row.
enum DoubledText {
    /// The line with its duplication removed, or nil when it is not doubled: the whole line twice
    /// (six characters or more), twice with a space between, or every word twice.
    static func undoubled(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        let chars = Array(text)
        if chars.count >= 6, let once = firstHalf(chars) { return once }
        // `A A` with a separating space: only long runs, so `ポイント ポイント` stays as written.
        if chars.count >= 13, chars[chars.count / 2] == " ", let once = firstHalf(chars, gap: 1) { return once }
        let tokens = text.split(separator: " ")
        let halves = tokens.compactMap { $0.count >= 4 ? firstHalf(Array($0)) : nil }
        return tokens.count >= 2 && halves.count == tokens.count ? halves.joined(separator: " ") : nil
    }

    /// The first half of `chars` when the second half, after `gap` characters, repeats it.
    private static func firstHalf(_ chars: [Character], gap: Int = 0) -> String? {
        let half = (chars.count - gap) / 2
        guard half * 2 + gap == chars.count, chars.prefix(half) == chars.suffix(half) else { return nil }
        return String(chars.prefix(half))
    }
}
