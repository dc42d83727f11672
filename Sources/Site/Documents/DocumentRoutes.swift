import CommonMark
import Templates
import Content

/// Where the pages of the imported documents live, and their outlines.
enum DocumentRoutes {
    static let root = ["documents"]

    static func cover(_ info: SourceDocumentInfo) -> [String] {
        root + [info.id]
    }

    static func section(_ section: DocumentSection, in info: SourceDocumentInfo) -> [String] {
        root + [info.id, section.slug]
    }

    /// The original text, published beside the document.
    static func original(_ info: SourceDocumentInfo) -> String {
        (root + [info.id, info.file]).joined(separator: "/")
    }

    /// The page showing the original line by line.
    static func sourceView(_ info: SourceDocumentInfo) -> [String] {
        root + [info.id, "source"]
    }

    /// The source view opened at a range's first line, with the range marked (`?to=` is read by
    /// `source-lines.js`; without it the `:target` line alone is marked).
    static func sourceLines(_ info: SourceDocumentInfo, _ lines: SourceLines) -> String {
        SitePage.outputPath(for: sourceView(info)) + "?to=\(lines.last)#L\(lines.first)"
    }

    /// `1　はじめに`, unless the title already starts with its number.
    static func heading(_ number: String, _ title: String) -> String {
        number.isEmpty || title.hasPrefix(number) ? title : "\(number)　\(title)"
    }

    /// A section's entry in a table of contents.
    static func entry(_ section: DocumentSection, in info: SourceDocumentInfo) -> OutlineView {
        OutlineView(
            number: section.number, title: section.title, target: SitePage.outputPath(for: Self.section(section, in: info)),
            lines: section.lines.description, depth: 1)
    }

    /// A section's parts, each linked to its heading on the section's page (the headings come from
    /// the section's rendered Markdown).
    static func parts(_ section: DocumentSection, in info: SourceDocumentInfo, site: SiteModel) -> [OutlineView] {
        let page = SitePage.outputPath(for: Self.section(section, in: info))
        var remaining = (site.rendered(sourcePath: section.sourcePath)?.headings ?? [])[...]
        return section.parts.map { part in
            // Parts appear as headings in the same order; match by title so a heading the body adds
            // on its own does not shift every anchor after it.
            let match = remaining.firstIndex { $0.text.contains(part.title) }
            let anchor = match.map { remaining[$0].id }
            if let match { remaining = remaining[(match + 1)...] }
            return OutlineView(
                number: part.number, title: part.title, target: anchor.map { page + "#" + $0 } ?? page,
                lines: part.lines?.description, depth: max(2, part.level))
        }
    }
}

/// A section or sub-section entry in a table of contents, with its provenance.
struct OutlineView: Sendable {
    let number: String
    let title: String
    let href: SiteLink
    let lines: String?
    let nested: Bool

    init(number: String, title: String, target: String, lines: String?, depth: Int) {
        self.number = number
        self.title = title
        self.href = SiteLink(target)
        self.lines = lines.map(SiteText.lines)
        self.nested = depth > 1
    }
}
