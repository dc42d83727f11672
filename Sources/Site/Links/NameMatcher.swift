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

    /// Each distinct normalised character of the names, numbered: matching compares numbers, since
    /// hashing and comparing `Character`s (canonical equivalence) dominated linking a page.
    private let numbers: [Character: Int32]
    /// Names as numbered characters by their first one, longest first.
    private let byFirst: [Int32: [(name: [Int32], target: Target)]]

    init(_ names: [(name: String, target: Target)]) {
        var numbers: [Character: Int32] = [:]
        var byFirst: [Int32: [(name: [Int32], target: Target)]] = [:]
        for (name, target) in names {
            let key = Self.normalise(name).map { character in
                if let number = numbers[character] { return number }
                let number = Int32(numbers.count)
                numbers[character] = number
                return number
            }
            guard let first = key.first else { continue }
            byFirst[first, default: []].append((key, target))
        }
        self.numbers = numbers
        self.byFirst = byFirst.mapValues { entries in entries.sorted { $0.name.count > $1.name.count } }
    }

    /// How one character reads for matching; empty for whitespace.
    static func normalise(_ text: String) -> String {
        JapaneseText.matchKey(text)
    }

    /// A character's normalised characters, numbered; -1 for one in no name (it matches nothing).
    /// Keyed by the scalar of a one-scalar character (nearly all), which hashes cheaply.
    struct Readings {
        fileprivate var byScalar: [UInt32: [Int32]] = [:]
        init() {}
    }

    private func reading(_ character: Character) -> [Int32] {
        Self.normalise(String(character)).map { numbers[$0] ?? -1 }
    }

    /// Every match in the text, left to right, none overlapping.
    func matches(in text: [Character]) -> [Match] {
        var readings = Readings()
        return matches(in: text, readings: &readings)
    }

    /// Every match in the text, left to right, none overlapping; `readings` carries the characters
    /// already read from one text to the next.
    func matches(in text: [Character], readings: inout Readings) -> [Match] {
        // The normalised text, with the original character each normalised one comes from.
        var normalised: [Int32] = []
        var origin: [Int] = []
        normalised.reserveCapacity(text.count)
        origin.reserveCapacity(text.count)
        for (index, character) in text.enumerated() {
            let scalars = character.unicodeScalars
            let read: [Int32]
            if scalars.count == 1, let scalar = scalars.first {
                if let known = readings.byScalar[scalar.value] {
                    read = known
                } else {
                    read = reading(character)
                    readings.byScalar[scalar.value] = read
                }
            } else {
                read = reading(character)
            }
            for number in read {
                normalised.append(number)
                origin.append(index)
            }
        }
        var found: [Match] = []
        var position = 0
        while position < normalised.count {
            let candidates = normalised[position] < 0 ? [] : byFirst[normalised[position]] ?? []
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
