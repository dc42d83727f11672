/// A small, fast, seedable generator: the same seed gives the same inputs on every machine, so a
/// run's input number is enough to make its input again.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Makes inputs from real seed files by the edits that break parsers: bit flips, structural
/// characters, truncation, splicing with another seed, NUL and invalid UTF-8, huge numbers, huge
/// lines and deep nesting.
struct Mutator {
    /// The seeds of one entry point.
    let seeds: [[UInt8]]
    /// Tokens that mean something to the entry point's format (`{{#`, `---`, `[[` …), inserted whole.
    let tokens: [[UInt8]]

    /// Input `index` of the run with `seed`: always the same bytes for the same three values.
    func input(seed: UInt64, index: Int) -> [UInt8] {
        var random = SplitMix64(seed: seed &* 0x2545_F491_4F6C_DD1D &+ UInt64(index))
        guard !seeds.isEmpty else { return [] }
        var bytes = seeds[Int(random.next() % UInt64(seeds.count))]
        // One input in 64 is the seed as it is, so the unmutated path is always covered.
        guard random.next() % 64 != 0 else { return bytes }
        let edits = 1 + Int(random.next() % 6)
        for _ in 0..<edits {
            mutate(&bytes, random: &random)
        }
        return bytes
    }

    private static let general: [[UInt8]] = [
        "\n", "\r\n", "\r", "\t", " ", ":", ": ", "- ", "#", "\"", "'", ",", "|", "\\", "`", "```\n", "---\n",
        "{", "}", "[", "]", "[[", "]]", "{{", "}}", "<", ">", "&", "*", "!", "%", "\u{0}", "\u{FEFF}", "\u{3000}",
        "99999999999999999999999999999999999999999999999999999999999", "-0", "1e309", "9007199254740993",
        "0.000000001", "-", "..", "../", "/", "null", "~", "true", "&a", "*a", "!!binary", "? ", "一", "北海道", "東京都",
        "令和", "①", "㈱", "\u{200B}", "\u{1F600}",
    ].map { Array($0.utf8) }

    private static let invalidUTF8: [[UInt8]] = [
        [0xFF], [0xC3], [0xC3, 0x28], [0xE3, 0x81], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x80], [0xFE, 0xFF],
        [0xF8, 0x88, 0x80, 0x80, 0x80],
    ]

    private func mutate(_ bytes: inout [UInt8], random: inout SplitMix64) {
        func position(_ extra: Int = 1) -> Int { Int(random.next() % UInt64(bytes.count + extra)) }
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        switch random.next() % 14 {
        case 0 where !bytes.isEmpty:
            bytes[position(0)] ^= UInt8(1 << (random.next() % 8))
        case 1 where !bytes.isEmpty:
            bytes[position(0)] = pick([0, 0xFF, 0x80, 0x7F, 0x0A, 0x22, 0x3A, 0x2D, 0x7B, 0x5B])
        case 2, 3:
            bytes.insert(contentsOf: pick(tokens.isEmpty ? Self.general : tokens), at: position())
        case 4:
            bytes.insert(contentsOf: pick(Self.general), at: position())
        case 5 where !bytes.isEmpty:
            let start = position(0)
            bytes.removeSubrange(start..<min(bytes.count, start + 1 + Int(random.next() % 64)))
        case 6:
            bytes.removeSubrange(position()...)
        case 7 where !bytes.isEmpty:
            let start = position(0)
            let piece = Array(bytes[start..<min(bytes.count, start + 1 + Int(random.next() % 256))])
            bytes.insert(contentsOf: piece, at: position())
        case 8 where !seeds.isEmpty:
            let other = pick(seeds)
            let cut = Int(random.next() % UInt64(other.count + 1))
            bytes = Array(bytes[..<position()]) + other[cut...]
        case 9:
            // Deep nesting: the same opener many times over.
            let opener = pick(tokens.isEmpty ? Self.general : tokens)
            let depth = 1 + Int(random.next() % 3000)
            bytes.insert(contentsOf: Array([[UInt8]](repeating: opener, count: depth).joined()), at: position())
        case 10:
            // A huge line.
            let length = 1 + Int(random.next() % 200_000)
            bytes.insert(contentsOf: [UInt8](repeating: pick([0x61, 0x20, 0xE3, 0x2C, 0x23, 0x2D, 0x7B]), count: length), at: position())
        case 11:
            bytes.insert(contentsOf: pick(Self.invalidUTF8), at: position())
        case 12:
            lineEdit(&bytes, random: &random)
        default:
            // Any digit run becomes a number too large for any integer type.
            if let digit = bytes.indices.dropFirst(position()).first(where: { (0x30...0x39).contains(bytes[$0]) }) {
                bytes.insert(contentsOf: Array(repeating: 0x39, count: 1 + Int(random.next() % 80)), at: digit)
            } else {
                bytes.insert(0, at: position())
            }
        }
    }

    /// Deletes, duplicates or swaps whole lines: the edits that keep each line valid but break the
    /// structure around it (an indented key moved, a closing tag lost).
    private func lineEdit(_ bytes: inout [UInt8], random: inout SplitMix64) {
        var lines = bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map(Array.init)
        guard !lines.isEmpty else { return }
        let a = Int(random.next() % UInt64(lines.count))
        let b = Int(random.next() % UInt64(lines.count))
        switch random.next() % 3 {
        case 0: lines.remove(at: a)
        case 1: lines.insert(lines[a], at: b)
        default: lines.swapAt(a, b)
        }
        bytes = Array(lines.joined(separator: [0x0A]))
    }
}
