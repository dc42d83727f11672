import Japanese

/// Finds known names in running text: exact matches on normalised text (width folded, stand-in
/// glyphs replaced, whitespace ignored), leftmost and longest first, so that a name is never found
/// inside a longer known name — 東京都 wins over 京都府 in 東京都府中市, and a program's alias is
/// not found inside another program's longer title.
struct NameMatcher<Target: Sendable & Hashable>: Sendable {
    struct Match {
        /// The matched range in the original characters.
        let range: Range<Int>
        let target: Target
    }

    /// Names by their first normalised character, longest first.
    private let byFirst: [Character: [(name: [Character], target: Target)]]

    init(_ names: [(name: String, target: Target)]) {
        var byFirst: [Character: [(name: [Character], target: Target)]] = [:]
        for (name, target) in names {
            let key = Array(Self.normalise(name))
            guard let first = key.first else { continue }
            byFirst[first, default: []].append((key, target))
        }
        self.byFirst = byFirst.mapValues { entries in entries.sorted { $0.name.count > $1.name.count } }
    }

    /// How one character reads for matching; empty for whitespace.
    static func normalise(_ text: String) -> String {
        JapaneseText.matchKey(text)
    }

    /// Every match in the text, left to right, none overlapping.
    func matches(in text: [Character]) -> [Match] {
        // The normalised text, with the original character each normalised one comes from.
        var normalised: [Character] = []
        var origin: [Int] = []
        // A text repeats few distinct characters: each is normalised once.
        var known: [Character: String] = [:]
        for (index, character) in text.enumerated() {
            let folded = known[character] ?? Self.normalise(String(character))
            known[character] = folded
            for folded in folded {
                normalised.append(folded)
                origin.append(index)
            }
        }
        var found: [Match] = []
        var position = 0
        while position < normalised.count {
            let candidates = byFirst[normalised[position]] ?? []
            let hit = candidates.first { candidate in
                position + candidate.name.count <= normalised.count
                    && normalised[position..<(position + candidate.name.count)].elementsEqual(candidate.name)
            }
            if let hit {
                let end = position + hit.name.count
                found.append(Match(range: origin[position]..<(origin[end - 1] + 1), target: hit.target))
                position = end
            } else {
                position += 1
            }
        }
        return found
    }
}
