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

    /// The original with a UTF-8 byte order mark, for download: a server that sends `.txt` without a
    /// charset, Notepad and Excel then read it as UTF-8 instead of Shift_JIS; the byte-for-byte file
    /// beside it stays the one every checksum and line number refers to.
    static func originalWithBOM(_ info: SourceDocumentInfo) -> String {
        let stem = info.file.hasSuffix(".txt") ? String(info.file.dropLast(4)) : info.file
        return (root + [info.id, stem + "-bom.txt"]).joined(separator: "/")
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
        let number = shownNumber(number, title: title)
        return number.isEmpty ? title : "\(number)　\(title)"
    }

    /// The number a reader sees beside a title. Every place that shows a section's or part's number
    /// goes through here, so a table of contents never repeats what the title already says
    /// (number `参考`, title `参考資料`) and never shows the importer's own numbering: the original
    /// prints its reference tables under one heading, 参考資料, without numbers, and the importer
    /// numbers them `R1`, `R2` … for their file names only.
    static func shownNumber(_ number: String, title: String) -> String {
        var shown = number
        if let digits = referenceDigits(number) { shown = "参考資料" + digits }
        return shown.isEmpty || title.hasPrefix(shown) ? "" : shown
    }

    /// The digits of an importer's reference number (`R12` → `12`), read on bytes: a table of
    /// contents asks for hundreds of numbers, and a regular expression was compiled for each.
    private static func referenceDigits(_ number: String) -> Substring? {
        let bytes = number.utf8
        guard bytes.count > 1, bytes.first == UInt8(ascii: "R"),
            bytes.dropFirst().allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) })
        else { return nil }
        return number.dropFirst()
    }

    /// A section's entry in a table of contents.
    static func entry(_ section: DocumentSection, in info: SourceDocumentInfo) -> OutlineView {
        OutlineView(
            number: shownNumber(section.number, title: section.title), title: section.title, target: SitePage.outputPath(for: Self.section(section, in: info)),
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
                number: shownNumber(part.number, title: part.title), title: part.title, target: anchor.map { page + "#" + $0 } ?? page,
                lines: part.lines?.description, depth: max(2, part.level))
        }
    }
}

/// A section or sub-section entry in a table of contents, with its provenance. A contents list
/// nests by heading level, so `(ア)` sits under `ウ` under `(1)` rather than every part standing at
/// one indent; the entries stay one flat list (templates may not include themselves), each saying
/// whether a list of sub-entries opens after it and how many lists close after it.
struct OutlineView: Sendable {
    /// One `</ul></li>` after an entry.
    struct Closing: Sendable {}

    let number: String
    let title: String
    let href: SiteLink
    let lines: String?
    /// 1 for a section, the heading level for its parts; only `nest` reads it.
    let depth: Int
    var opensList = false
    var closes: [Closing] = []

    init(number: String, title: String, target: String, lines: String?, depth: Int) {
        self.number = number
        self.title = title
        self.href = SiteLink(target)
        self.lines = lines.map(SiteText.lines)
        self.depth = depth
    }

    /// Marks a flat outline for nesting: each entry goes below the nearest entry before it with a
    /// smaller depth, so a level the source skips (a level-4 part right under a level-2 one) nests
    /// one step, not two.
    static func nest(_ flat: [OutlineView]) -> [OutlineView] {
        var open: [Int] = []
        return flat.indices.map { index in
            var entry = flat[index]
            let next = index + 1 < flat.count ? flat[index + 1].depth : Int.min
            if next > entry.depth {
                entry.opensList = true
                open.append(entry.depth)
            } else {
                let closing = open.filter { $0 >= next }.count
                open.removeLast(closing)
                entry.closes = Array(repeating: Closing(), count: closing)
            }
            return entry
        }
    }
}
