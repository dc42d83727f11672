import Content
import Foundation
import Japanese

/// Turns a document's outline into the Markdown files under `content/documents/<doc-id>/`.
///
/// One file per top-level section, with its sub-sections as Markdown headings inside. A chapter
/// of a government handout is read as one unit and its sub-sections are short, so splitting them
/// would only add navigation; provenance for each sub-section is kept in the front matter
/// (`sections:`), so a page can still link a heading to its source lines.
public struct SectionWriter: Sendable {
    public init() {}

    /// File name (without directory) for the top-level section at `order` (1-based).
    public func fileName(for section: Section, order: Int) -> String {
        let prefix = String(format: "%02d", order)
        let slug = Self.slug(section.number)
        return slug.isEmpty || slug == String(order) ? "\(prefix).md" : "\(prefix)-\(slug).md"
    }

    /// Markdown files for one document, keyed by file name, in section order.
    public func render(_ document: SourceDocument) -> [(name: String, contents: String)] {
        let names = document.sections.enumerated().map { offset, section in fileName(for: section, order: offset + 1) }
        let files = Dictionary(zip(document.sections.map(\.number), names), uniquingKeysWith: { first, _ in first })
        return document.sections.enumerated().map { offset, section in
            (names[offset], SectionLink.resolved(page(for: section, order: offset + 1, document: document), files: files))
        }
    }

    func page(for section: Section, order: Int, document: SourceDocument) -> String {
        let descendants = section.children.flatMap(\.flattened)
        let front = [
            "title: \(YAMLText.quote(section.title))", "number: \(YAMLText.quote(section.number))", "document: \(YAMLText.quote(document.id))",
            "source_lines: \(YAMLText.quote(Self.span(section.lines)))", "order: \(order)",
        ] + (descendants.isEmpty ? [] : ["sections:"]) + descendants.flatMap { child in
            [
                "  - number: \(YAMLText.quote(child.number))", "    title: \(YAMLText.quote(child.title))", "    level: \(child.level)",
                "    source_lines: \(YAMLText.quote(Self.span(child.lines)))",
            ]
        }
        let out = (["---"] + front + ["generated: true", "---"]).joined(separator: "\n") + "\n"
        let blocks = ([LostChartLabels.listed(section.body)] + descendants.flatMap { child in
            let label = child.number.isEmpty ? child.title : "\(child.number) \(child.title)"
            let heading = String(repeating: "#", count: min(6, child.level)) + " " + TextCleaning.escapeMarkdown(label).replacingOccurrences(of: "\n", with: " ")
            return [heading, LostChartLabels.listed(child.body)]
        }).filter { !$0.isEmpty }
        return out + (blocks.isEmpty ? "" : "\n" + blocks.joined(separator: "\n\n") + "\n")
    }

    static func span(_ lines: ClosedRange<Int>) -> String { "\(lines.lowerBound)-\(lines.upperBound)" }

    /// ASCII slug for a section number: `重点1` → `juten-1`, `(2)` → `2`, `参考` → `sanko`.
    static func slug(_ number: String) -> String {
        var text = JapaneseText.foldWidth(number)
        for (japanese, latin) in [("重点", "juten-"), ("連絡", "renraku-"), ("参考", "sanko-")] {
            text = text.replacingOccurrences(of: japanese, with: latin)
        }
        let allowed = text.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" }
        return String(allowed).split(separator: "-").joined(separator: "-")
    }
}
