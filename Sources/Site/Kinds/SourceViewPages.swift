import Content
import Escaping
import Templates

/// A page per original document showing every line with its number, each line an anchor (`#L756`),
/// grouped under the section that holds it: every 「原資料 … 行 N–M」 opens here at line N, with
/// lines N to M marked. The byte-for-byte text stays published beside it for download.
///
/// The page is a tool for checking a provenance note, not content of its own: it is left out of
/// navigation, the sitemap and the search index (its text is in the section pages already).
struct SourceViewPages: PageKind {
    struct View: Sendable {
        let document: DocumentLink
        let original: OriginalLinks
        let groups: [Group]
        let linesScriptHref = SiteLink("assets/source-lines.js")
    }

    struct Group: Sendable {
        let title: String
        let href: SiteLink?
        let lines: String
        let first: Int
        /// The group's lines as list items, written here rather than by the template: an original
        /// runs to ten thousand lines, and four template lookups per line made its page the last
        /// one a build waited for.
        let rows: String
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        content.documents.compactMap { document in
            let info = document.info
            guard let original = content.originals[info.id] else { return nil }
            return SitePage(
                location: DocumentRoutes.sourceView(info), title: SiteText.sourceViewTitle(info.title), template: "source",
                // Made with the page's batch, on all cores, rather than while the pages are listed.
                view: .assembled { _ in
                    View(document: DocumentLink(info), original: OriginalLinks(info), groups: Self.groups(document, lines: original.lines))
                },
                isListed: false)
        }
    }

    /// The lines in runs: each top-level section's lines under its title, lines outside every
    /// section (the cover, the table of contents) under a plain label.
    static func groups(_ document: LoadedDocument, lines: [String]) -> [Group] {
        var groups: [Group] = []
        var next = 1
        func add(_ title: String, href: SiteLink?, from first: Int, to last: Int) {
            guard first <= last, first <= lines.count else { return }
            let range = SourceLines(first: first, last: min(last, lines.count))
            groups.append(Group(
                title: title, href: href, lines: SiteText.lines(range.description), first: range.first,
                rows: rows(lines, range)))
        }
        for section in document.sections.sorted(by: { $0.lines.first < $1.lines.first }) {
            add(SiteText.outsideSections, href: nil, from: next, to: section.lines.first - 1)
            add(
                DocumentRoutes.heading(section.number, section.title),
                href: SiteLink(SitePage.outputPath(for: DocumentRoutes.section(section, in: document.info))),
                from: max(next, section.lines.first), to: section.lines.last)
            next = max(next, section.lines.last + 1)
        }
        add(SiteText.outsideSections, href: nil, from: next, to: lines.count)
        return groups
    }

    /// Lines `range` of `lines`, each an item anchored at its number (`#L756`), the number a link to
    /// its own line and the text escaped.
    static func rows(_ lines: [String], _ range: SourceLines) -> String {
        var html = ""
        html.reserveCapacity((range.first...range.last).reduce(0) { $0 + lines[$1 - 1].utf8.count + 110 })
        for number in range.first...range.last {
            let digits = String(number)
            html += "<li id=\"L" + digits + "\"><a class=\"line-number\" href=\"#L" + digits + "\" aria-label=\"" + digits
            html += "行目\">" + digits + "</a><code>" + Markup.escape(lines[number - 1]) + "</code></li>\n"
        }
        return html
    }
}
