import Foundation
import Japanese

extension PdfTextReader {
    /// A line's text with any run the converter emitted twice written once.
    func undoubled(_ index: Int) -> String {
        DoubledText.undoubled(text(index)) ?? text(index)
    }

    /// A line as a row of a table: spacing kept, spaced-out names closed up (``TextCleaning/cleanRow(_:)``).
    func row(_ index: Int) -> String {
        TextCleaning.cleanRow(undoubled(index)).trimmingSpaces()
    }

    func proseLine(_ index: Int) -> ProseBuilder.Line {
        let once = undoubled(index)
        return ProseBuilder.Line(
            index: index, layout: once, text: TextCleaning.cleanProse(once), row: row(index), page: layout.page[index],
            prose: proseLines.contains(index), standalone: layout.labels.contains(index))
    }

    /// A body: its lines as blocks (``claimedBlocks(_:render:)``), prose re-joined into
    /// paragraphs, and the lost-chart note where a chart's axis was.
    mutating func renderBody(_ lines: [Int]) -> String {
        var blocks = claimedBlocks(lines) { $0.proseBlocks($1) }
        if lines.contains(where: { layout.furniture[$0] == .chartAxis }) { blocks.append(ProseBuilder.lostChartNote) }
        return blocks.joined(separator: "\n\n")
    }

    /// Paragraphs and tables (``ProseBuilder/render(_:trace:)``); runs of three or more table rows
    /// are also handed over as tables found.
    mutating func proseBlocks(_ lines: [Int]) -> [String] {
        let items = lines.filter { isContent($0) }.map(proseLine)
        for run in ProseBuilder.stretches(items.map(\.row), minimum: 3) where run.isTable {
            let rows = items[run.range].map { (line: $0.index, text: $0.row) }
            tables.append(LocatedTable(textRows: rows, caption: caption(around: rows[0].line...rows[rows.count - 1].line)))
        }
        return ProseBuilder.render(items, trace: &trace)
    }

    /// The blocks of a run of lines: each dataset's block where its lines start and its lines left
    /// out, though a sentence among them stays text; with `comparisons`, each side-by-side
    /// comparison as its table, after the blocks of the datasets read from its lines; the other
    /// lines by `render`, a stretch at a time.
    mutating func claimedBlocks(_ lines: [Int], comparisons: Bool = true, render: (inout Self, [Int]) -> [String]) -> [String] {
        var claimed = ClaimedLines(claims, within: lines)
        let comparisons = !comparisons ? [:] : Dictionary(
            FlattenedComparison.find(in: lines.map(comparisonLine)).map { (lines[$0.lines.lowerBound], ($0, lines[$0.lines])) },
            uniquingKeysWith: { first, _ in first })
        var blocks: [String] = []
        var pending: [Int] = []
        var skipped: Set<Int> = []
        for (position, line) in lines.enumerated() where !skipped.contains(line) && isContent(line) {
            if let (found, covered) = comparisons[line] {
                blocks += render(&self, pending)
                pending = []
                for inner in covered where claimed.contains(inner) { blocks += claimed.blocks(at: inner) }
                blocks.append(found.markdown)
                for (offset, inner) in covered.enumerated() {
                    if let printed = found.printed[position + offset], isContent(inner) { trace[inner] = LineTrace(role: .table, text: printed) }
                }
                skipped.formUnion(covered)
            } else if claimed.contains(line), !ClaimedLines.isSentence(text(line)) {
                let due = claimed.blocks(at: line)
                if !due.isEmpty {
                    blocks += render(&self, pending) + due
                    pending = []
                }
                trace[line] = LineTrace(role: .table)
            } else {
                pending.append(line)
            }
        }
        return blocks + render(&self, pending)
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
        return (0..<rows.lowerBound).last { isContent($0) || trace[$0].role == .heading }.map { TextCleaning.cleanProse(text($0)) } ?? ""
    }
}

extension LocatedTable {
    /// A table of flattened text rows, each with its 0-based line, its cells split at spaces; its
    /// header, wrapped over the lines above, is not read.
    init(textRows: [(line: Int, text: String)], caption: String) {
        self.init(
            caption: caption, firstLine: (textRows.first?.line ?? 0) + 1, lastLine: (textRows.last?.line ?? 0) + 1,
            rows: textRows.map { Row(line: $0.line + 1, cells: PipeTableText.textCells($0.text)) }, headerRows: 0, layout: .textRows)
    }
}
