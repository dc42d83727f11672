import Escaping

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

    public init(_ document: SourceDocument) {
        var sections = document.sections.flatMap(\.flattened)
        sections.sort { ($0.lines.lowerBound, -$0.level) < ($1.lines.lowerBound, -$1.level) }
        let squashed = sections.map { TextCleaning.squash($0.number + $0.title + $0.body) }
        // The squashed texts of each top-level section's parts, made once: former wording is looked
        // up there line by line.
        var topCache: [Int: [String]] = [:]
        func squashedParts(ofTop index: Int) -> [String] {
            if let known = topCache[index] { return known }
            let parts = document.sections[index].flattened.map { TextCleaning.squash($0.number + $0.title + $0.body) }
            topCache[index] = parts
            return parts
        }
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
                let top = document.sections.firstIndex(where: { $0.lines.contains(number) }),
                squashedParts(ofTop: top).contains(where: { $0.holds(wanted) })
            {
                continue
            }
            guard let position = sections.lastIndex(where: { $0.lines.contains(number) }) else {
                missing.append(number)
                continue
            }
            if !squashed[position].holds(wanted) { missing.append(number) }
        }
        self.total = total
        self.missing = missing
        covered = total - missing.count
    }
}

extension String {
    /// The answer of `contains(part)`, found fast in the usual case: a run of the same bytes that
    /// starts and ends on character boundaries is the same characters, so a byte search finds it;
    /// only where none is found is the character-by-character search (slow on Japanese text, and
    /// run for every line of a document) asked, for the canonically equivalent spellings it knows.
    func holds(_ part: String) -> Bool {
        var text = self
        var wanted = part
        let found = text.withUTF8 { bytes in
            wanted.withUTF8 { needle in
                var from = 0
                while let start = ByteSearch.firstOffset(of: UnsafeRawBufferPointer(needle), in: UnsafeRawBufferPointer(bytes), from: from) {
                    if isCharacterBoundary(utf8Offset: start), isCharacterBoundary(utf8Offset: start + needle.count) { return true }
                    from = start + 1
                }
                return false
            }
        }
        return found || contains(part)
    }

    private func isCharacterBoundary(utf8Offset offset: Int) -> Bool {
        String.Index(utf8.index(utf8.startIndex, offsetBy: offset), within: self) != nil
    }
}
