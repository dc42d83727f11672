import Foundation

/// HTML that 003's Markdown carries inside text, turned into plain text the site can show (it
/// renders Markdown with raw HTML disabled, so a tag is dropped together with its meaning).
enum InlineMarkup {
    // Compiled once (see ``Enumerators``).
    nonisolated(unsafe) static let lineBreak = #/<br\s*\/?>/#
    nonisolated(unsafe) static let tag = #/<[^>]+>/#

    /// A pipe-table row for a table the site draws: line breaks inside a cell stay as `<br>` (the
    /// site's pipe tables turn them into breaks), other tags are dropped.
    static func tableRowKeepingBreaks(_ row: String) -> String {
        row.replacing(lineBreak, with: "\u{0}").replacing(tag, with: "").replacingOccurrences(of: "\u{0}", with: "<br>")
    }

    /// `km<sup>2</sup>` → `km²`: superscript and subscript digits written as their Unicode forms,
    /// since the site drops the tags and with them the digit (191.30km² would read 191.30km).
    static func scripts(_ line: String) -> String {
        guard line.contains("<su") else { return line }
        return line
            .replacing(#/<sup>([0-9+\-]+)<\/sup>/#) { String($0.1.map { superscripts[$0] ?? $0 }) }
            .replacing(#/<sub>([0-9+\-]+)<\/sub>/#) { String($0.1.map { subscripts[$0] ?? $0 }) }
    }

    private static let superscripts = Dictionary(uniqueKeysWithValues: zip("0123456789+-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻"))
    private static let subscripts = Dictionary(uniqueKeysWithValues: zip("0123456789+-", "₀₁₂₃₄₅₆₇₈₉₊₋"))
}
