import Foundation

/// The labels of a figure whose data the original does not carry: they stay on the page, under
/// the lost-chart note, as one list, rather than as a run of one-line paragraphs that reads like
/// broken prose (`貸付原資` / `セーフティネット支援対策等事業費補助金` / `(補助率)国2/3都道府県1/3` …).
enum LostChartLabels {
    /// The longest a paragraph may be and still be a label of a figure.
    static let labelLength = 60

    /// A section body with the labels after each lost-chart note gathered into a list: the run of
    /// one-line paragraphs right after the note that end no sentence, when there are two or more.
    static func listed(_ body: String) -> String {
        guard body.contains(ProseBuilder.lostChartNote) else { return body }
        var blocks = body.components(separatedBy: "\n\n")
        var index = 0
        while index < blocks.count {
            defer { index += 1 }
            guard blocks[index] == ProseBuilder.lostChartNote else { continue }
            var end = index + 1
            while end < blocks.count, isLabel(blocks[end]) { end += 1 }
            guard end - index - 1 >= 2 else { continue }
            let items = blocks[(index + 1)..<end].map { "- " + $0 }.joined(separator: "\n")
            blocks.replaceSubrange((index + 1)..<end, with: [items])
        }
        return blocks.joined(separator: "\n\n")
    }

    /// A one-line paragraph that ends no sentence: not a heading, table, list, fence or note.
    static func isLabel(_ block: String) -> Bool {
        guard let first = block.first, !block.contains("\n"), block.count <= labelLength,
            block != ProseBuilder.lostChartNote, block != PipeTableText.uncheckedNote, !ProseBuilder.isTerminal(block)
        else { return false }
        return !"#|`>-+*".contains(first) && block.wholeMatch(of: #/\d+[.)] .*/#) == nil
    }
}
