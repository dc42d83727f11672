import Foundation
import Japanese

/// Figures printed beside a table but outside its rows, each alone on a line after a label
/// (`団体研修分（～30） 58550`, `合計 147456` under 認知症地域医療支援事業の研修実施状況). A declared
/// `total_plus_line:` check adds one of them to the table's stated total and compares the result
/// with another, so a figure that only the page states is still checked against the table. The
/// prose around it may state the table's figures too (`text_states:`).
struct FiguresBeside: Sendable {
    /// The figures in source order: the label's match key and the value.
    private(set) var figures: [(label: String, value: Decimal)] = []
    let source: SourceText

    init(_ source: SourceText, lines: ClosedRange<Int>) {
        self.source = source
        for line in lines {
            let tokens = LocatedTable.tokens(source[line])
            guard tokens.count == 2, case .value(let value)? = NumberCell.parse(tokens[1]) else { continue }
            figures.append((JapaneseText.matchKey(tokens[0]), value))
        }
    }

    /// The first figure whose label starts with `text`.
    func value(labelled text: String) -> Decimal? {
        let key = JapaneseText.matchKey(text)
        return figures.first { $0.label.hasPrefix(key) }?.value
    }

    /// The figures `pattern` captures on the first prose line (not a table row) containing
    /// `text`, widths folded; nil when the line or the match is missing.
    func statedInText(lineContaining text: String, pattern: String) -> [String]? {
        source.captionLine(containing: text).flatMap { Self.captures(pattern, in: source[$0]) }
    }

    /// The groups `pattern` captures in `line`, widths folded; nil when it does not match.
    static func captures(_ pattern: String, in line: String) -> [String]? {
        let folded = JapaneseText.foldWidth(line)
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: folded, range: NSRange(folded.startIndex..., in: folded))
        else { return nil }
        return (1..<match.numberOfRanges).compactMap { Range(match.range(at: $0), in: folded).map { String(folded[$0]) } }
    }
}
