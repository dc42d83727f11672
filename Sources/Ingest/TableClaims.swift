import Content
import Foundation
import Japanese

/// A recovered dataset's lines in its document: the section that holds them shows the dataset
/// there, as its table, instead of the lines the PDF flattened (rows run together, header cells
/// split into paragraphs). The lines stay in the section's verbatim excerpt.
public struct TableClaim: Sendable, Equatable {
    /// The dataset's id, which the site turns into its table.
    public var dataset: String
    /// The id of the document the lines are in.
    public var document: String
    /// The dataset's title, for a part that has no caption of its own.
    public var title: String
    /// 1-based source lines.
    public var lines: ClosedRange<Int>

    /// The claims of the recovered datasets, in source order.
    public static func claims(of datasets: [Dataset]) -> [TableClaim] {
        datasets.filter { $0.unrecoverable == nil && !$0.columns.isEmpty }
            .map { TableClaim(dataset: $0.id, document: $0.source.document, title: $0.title, lines: $0.source.lines.first...$0.source.lines.last) }
            // Of two datasets read from the same lines, the one with the shorter id (the list, not
            // the figures summed from it) comes first.
            .sorted { ($0.lines.lowerBound, $0.dataset.count, $0.dataset) < ($1.lines.lowerBound, $1.dataset.count, $1.dataset) }
    }

    /// The block standing for the dataset in a section's Markdown: a fenced block the site
    /// replaces with the dataset's table (shown as code where no site does).
    public var block: String { Self.block(dataset) }

    /// The fenced block for a dataset id.
    public static func block(_ dataset: String) -> String { "```\(infoString)\n\(dataset)\n```" }

    /// The info string of the fenced block.
    public static let infoString = "dataset"
}

/// Claims while one body is rendered: a claim applies only where the lines being rendered hold
/// nine in ten of its lines (a dataset drawn from several sections is left to the site to list; a
/// range that starts on the section's title line or ends a line past a page still counts), and
/// each dataset's block is placed once, at its first line being rendered.
struct ClaimedLines {
    private let claims: [TableClaim]
    private var placed: Set<String> = []

    /// The claims that lie within `lines` (0-based indices).
    init(_ claims: [TableClaim], within lines: [Int]) {
        guard let low = lines.min(), let high = lines.max() else {
            self.claims = []
            return
        }
        self.claims = claims.filter { claim in
            let inside = min(claim.lines.upperBound - 1, high) - max(claim.lines.lowerBound - 1, low) + 1
            return inside * 10 >= claim.lines.count * 9
        }
    }

    /// A line of running text (a full sentence, not a table's caption or note): it stays in the
    /// section even where a dataset's range takes it in.
    static func isSentence(_ line: String) -> Bool {
        let text = line.trimmingSpaces()
        return text.count >= 30 && text.hasSuffix("。") && !text.hasPrefix("|") && !text.hasPrefix("※")
    }

    /// Whether a 0-based line is claimed.
    func contains(_ index: Int) -> Bool {
        claims.contains { $0.lines.contains(index + 1) }
    }

    /// The blocks of claims that start at or before a 0-based line and are not placed yet.
    mutating func blocks(at index: Int) -> [String] {
        let due = claims.filter { $0.lines.contains(index + 1) && !placed.contains($0.dataset) }
        for claim in due { placed.insert(claim.dataset) }
        return due.map(\.block)
    }

    /// Titles of the claims starting in a range of 1-based lines.
    func titles(in lines: ClosedRange<Int>) -> [String] {
        claims.filter { lines.contains($0.lines.lowerBound) }.map(\.title)
    }
}
