/// How much of a document's content reached its sections.
///
/// A content line counts as covered when the text it contributed appears in the title or body of
/// the innermost section whose line range holds it (or in a recognised table).
public struct Coverage: Sendable, Equatable {
    /// Content lines (not blank, not furniture).
    public var total: Int
    /// Content lines whose text reached their section.
    public var covered: Int
    /// 1-based lines whose text is missing from their section.
    public var missing: [Int]

    /// Covered share of the content lines, 0...1 (1 when there are none).
    public var ratio: Double { total == 0 ? 1 : Double(covered) / Double(total) }

    /// Measures coverage of an imported document.
    public init(_ document: SourceDocument) {
        var sections = document.sections.flatMap(\.flattened)
        sections.sort { ($0.lines.lowerBound, -$0.level) < ($1.lines.lowerBound, -$1.level) }
        var squashedCache: [Int: [UInt8]] = [:]
        var total = 0
        var missing: [Int] = []
        for (index, line) in document.trace.enumerated() where line.role.isContent {
            total += 1
            let number = index + 1
            let wanted = TextCleaning.squash(line.text)
            if wanted.isEmpty { continue }
            // The innermost section holding the line: the deepest, latest-starting one.
            // A heading line is covered by the section it opens.
            if line.role == .heading, sections.contains(where: { $0.lines.lowerBound == number }) { continue }
            // Former wording of a revised passage may be printed beside the revised text further on.
            if line.role == .duplicate || line.role == .previousText,
                let top = document.sections.first(where: { $0.lines.contains(number) }),
                top.flattened.contains(where: { TextCleaning.squash($0.number + $0.title + $0.body).contains(wanted) })
            {
                continue
            }
            guard let position = sections.lastIndex(where: { $0.lines.contains(number) }) else {
                missing.append(number)
                continue
            }
            let haystack = squashedCache[position] ?? {
                let value = Array(TextCleaning.squash(sections[position].number + sections[position].title + sections[position].body).utf8)
                squashedCache[position] = value
                return value
            }()
            if !Self.bytes(haystack, contain: Array(wanted.utf8)) { missing.append(number) }
        }
        self.total = total
        self.missing = missing
        covered = total - missing.count
    }

    /// Whether `needle` occurs in `haystack`, compared as UTF-8 bytes. UTF-8 is self-synchronising,
    /// so a byte match of whole text is a match of whole characters; comparing Characters instead
    /// made this check most of the import's time (each line searched in its section's body).
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        let last = haystack.count - needle.count
        var start = 0
        while start <= last {
            guard let found = haystack[start...last].firstIndex(of: first) else { return false }
            if haystack[found..<(found + needle.count)].elementsEqual(needle) { return true }
            start = found + 1
        }
        return false
    }
}
