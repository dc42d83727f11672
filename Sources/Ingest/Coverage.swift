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
        // Each top-level section's parts with their text squashed once: former wording is looked up
        // in its top-level section, any other line in the innermost section holding it.
        let tops = document.sections.map { $0.flattened.map { (section: $0, text: TextCleaning.squash($0.number + $0.title + $0.body)) } }
        let sections = tops.joined().sorted {
            ($0.section.lines.lowerBound, -$0.section.level) < ($1.section.lines.lowerBound, -$1.section.level)
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
            if line.role == .heading, sections.contains(where: { $0.section.lines.lowerBound == number }) { continue }
            // Former wording of a revised passage may be printed beside the revised text further on.
            if line.role == .duplicate || line.role == .previousText,
                let top = document.sections.firstIndex(where: { $0.lines.contains(number) }),
                tops[top].contains(where: { $0.text.holds(wanted) })
            {
                continue
            }
            guard let position = sections.lastIndex(where: { $0.section.lines.contains(number) }) else {
                missing.append(number)
                continue
            }
            if !sections[position].text.holds(wanted) { missing.append(number) }
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
