import Japanese

/// 新旧対照表 in text flattened from a PDF.
extension PdfTextReader {
    /// Each 新旧対照表 becomes a sub-section named by the notice it amends.
    mutating func buildComparisons(in range: ClosedRange<Int>) -> [Section] {
        var groups: [[[Int]]] = []
        for page in pages(in: range) {
            if hasComparisonHeader(page) || groups.isEmpty { groups.append([]) }
            groups[groups.count - 1].append(page)
        }
        return groups.compactMap { group in
            guard let first = group.first?.first, let last = group.last?.last else { return nil }
            var title = "新旧対照表"
            var revised: [Int] = []
            var previous: [Int] = []
            for (k, page) in group.enumerated() {
                var lines = page.filter { isContent($0) }
                if k == 0, let header = lines.firstIndex(where: { isComparisonHeader($0) }) {
                    let before = lines[..<header]
                    if !before.isEmpty {
                        title = TextCleaning.cleanProse(JapaneseText.joinProse(before.map { text($0) }))
                        for index in before { trace[index] = LineTrace(role: .heading, text: TextCleaning.cleanProse(text(index))) }
                    }
                    trace[lines[header]] = LineTrace(role: .heading, text: "")
                    lines = Array(lines[(header + 1)...])
                }
                let split = splitColumns(lines)
                revised += split.revised
                previous += split.previous
            }
            var blocks = proseBlocks(revised)
            let changed = previous.filter { trace[$0].role != .duplicate }
            if !changed.isEmpty {
                let inner = proseBlocks(changed)
                for line in changed { trace[line].role = .previousText }
                blocks.append(FormerWording.block(inner.joined(separator: "\n\n")))
            }
            return Section(number: "", title: title, level: 2, body: blocks.joined(separator: "\n\n"), lines: (first + 1)...(last + 1))
        }
    }

    /// On a comparison page the revised column comes first, then the current one, which
    /// restarts with the same line. Lines of the current column that repeat the revised text
    /// are marked so they are not printed again.
    mutating func splitColumns(_ lines: [Int]) -> (revised: [Int], previous: [Int]) {
        var revised: [Int] = []
        var previous: [Int] = []
        var cursor = 0
        while cursor < lines.count {
            let start = text(lines[cursor])
            guard let repeatAt = lines[(cursor + 1)...].firstIndex(where: { text($0) == start }) else {
                revised += lines[cursor...]
                break
            }
            let chunk = Array(lines[cursor..<repeatAt])
            let chunkText = chunk.map { text($0) }
            let same = chunkText.enumerated().filter { offset, line in
                repeatAt + offset < lines.count && text(lines[repeatAt + offset]) == line
            }.count
            let previousEnd = same == chunk.count ? repeatAt + chunk.count : lines.count
            revised += chunk
            let revisedSet = Set(chunkText)
            for line in lines[repeatAt..<previousEnd] {
                if revisedSet.contains(text(line)) {
                    trace[line] = LineTrace(role: .duplicate, text: TextCleaning.cleanProse(text(line)))
                }
                previous.append(line)
            }
            cursor = previousEnd
        }
        return (revised, previous)
    }
}
