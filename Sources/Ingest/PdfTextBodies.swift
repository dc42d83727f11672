import Foundation
import Japanese

extension PdfTextState {
    func proseLine(_ index: Int) -> ProseBuilder.Line {
        let raw = text(index)
        let undoubled = DoubledText.undoubled(raw) ?? raw
        return ProseBuilder.Line(
            index: index, layout: undoubled, text: TextCleaning.cleanProse(undoubled),
            row: TextCleaning.cleanRow(undoubled).trimmingSpaces(), page: layout.page[index],
            prose: proseLines.contains(index), standalone: layout.labels.contains(index))
    }

    mutating func proseBlocks(_ lines: [Int]) -> [String] {
        let items = lines.filter { isContent($0) || trace[$0].role == .text }.map(proseLine)
        var k = 0
        while k < items.count {
            var end = k
            while end < items.count, ProseBuilder.isTabular(items[end].row) { end += 1 }
            if end - k >= 3 {
                let rows = items[k..<end].map { $0.row.split(separator: " ").map(String.init) }
                tables.append(RawTable(caption: caption(around: items[k].index...items[end - 1].index), lines: (items[k].index + 1)...(items[end - 1].index + 1), rows: rows))
            }
            k = max(end, k + 1)
        }
        return ProseBuilder.render(items, trace: &trace)
    }

    /// The body's blocks, with each dataset's block where its lines start and its lines left out.
    /// A side-by-side comparison among the lines becomes its table, after the blocks of the
    /// datasets read from its lines.
    mutating func claimedBlocks(_ lines: [Int]) -> [String] {
        var claimed = ClaimedLines(claims, within: lines)
        let comparisons = Dictionary(
            FlattenedComparison.find(in: lines.map(comparisonLine)).map { (lines[$0.lines.lowerBound], ($0, lines[$0.lines])) },
            uniquingKeysWith: { first, _ in first })
        guard !claimed.isEmpty || !comparisons.isEmpty else { return proseBlocks(lines.filter { isContent($0) }) }
        var blocks: [String] = []
        var pending: [Int] = []
        var skipped: Set<Int> = []
        for (position, line) in lines.enumerated() where !skipped.contains(line) {
            if let (found, covered) = comparisons[line] {
                blocks += proseBlocks(pending.filter { isContent($0) })
                pending = []
                for inner in covered where claimed.contains(inner) { blocks += claimed.blocks(at: inner) }
                blocks.append(found.markdown)
                for (offset, inner) in covered.enumerated() {
                    if let printed = found.printed[position + offset], isContent(inner) { trace[inner] = LineTrace(role: .table, text: printed) }
                }
                skipped.formUnion(covered)
                continue
            }
            guard claimed.contains(line), !ClaimedLines.isSentence(text(line)) else {
                pending.append(line)
                continue
            }
            let due = isContent(line) ? claimed.blocks(at: line) : []
            if !due.isEmpty {
                blocks += proseBlocks(pending.filter { isContent($0) })
                pending = []
                blocks += due
            }
            if isContent(line) { trace[line] = LineTrace(role: .table) }
        }
        return blocks + proseBlocks(pending.filter { isContent($0) })
    }

    /// A line as ``FlattenedComparison`` reads it: its row text when it is content.
    func comparisonLine(_ index: Int) -> FlattenedComparison.Line {
        let line = proseLine(index)
        return FlattenedComparison.Line(text: isContent(index) ? line.row : nil, page: line.page, standalone: line.standalone)
    }

    /// The caption of a table: slides often print it after the rows, so a caption-like line just
    /// below wins over the line just above.
    func caption(around rows: ClosedRange<Int>) -> String {
        let below = ((rows.upperBound + 1)..<min(layout.content.count, rows.upperBound + 16)).filter { isContent($0) || trace[$0].role == .text }.prefix(6)
        let isCaption = { (line: String) in
            (8...40).contains(line.count) && !line.contains("、") && !line.contains("。") && !ProseBuilder.isTabular(line)
                && !PdfPageLayout.isMostlyNumeric(line) && !ProseBuilder.startsBlock(line)
        }
        if let line = below.map({ TextCleaning.cleanProse(text($0)) }).first(where: isCaption) { return line }
        var cursor = rows.lowerBound - 1
        while cursor >= 0, !isContent(cursor), trace[cursor].role != .heading { cursor -= 1 }
        return cursor >= 0 ? TextCleaning.cleanProse(text(cursor)) : ""
    }

    mutating func renderBody(_ lines: [Int]) -> String {
        var blocks = claimedBlocks(lines)
        if lines.contains(where: { layout.furniture[$0] == .chartAxis }) { blocks.append(ProseBuilder.lostChartNote) }
        return blocks.joined(separator: "\n\n")
    }
}
