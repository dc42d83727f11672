import Japanese

/// Text-layer duplicates: the converter sometimes emits a run of text twice in a row.
enum DoubledText {
    /// The line with its duplication removed, or nil when it is not doubled.
    static func undoubled(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        let chars = Array(text)
        let n = chars.count
        if n >= 6, n % 2 == 0, chars[0..<(n / 2)] == chars[(n / 2)...] { return String(chars[0..<(n / 2)]) }
        // `A A` with a separating space: only long runs, so `ポイント ポイント` stays as written.
        if n >= 13, n % 2 == 1, chars[n / 2] == " ", chars[0..<(n / 2)] == chars[(n / 2 + 1)...] {
            return String(chars[0..<(n / 2)])
        }
        let tokens = text.split(separator: " ").map(String.init)
        if tokens.count >= 2 {
            let halves = tokens.map { token -> String? in
                let t = Array(token)
                guard t.count >= 4, t.count % 2 == 0, t[0..<(t.count / 2)] == t[(t.count / 2)...] else { return nil }
                return String(t[0..<(t.count / 2)])
            }
            if halves.allSatisfy({ $0 != nil }) { return halves.compactMap { $0 }.joined(separator: " ") }
        }
        return nil
    }
}
