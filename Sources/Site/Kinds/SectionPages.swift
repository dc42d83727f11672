import CommonMark
import Content
import Templates

/// A page per section of a document: its Markdown, its parts, where it stands in the original (with
/// the original lines shown on request) and the previous and next sections.
struct SectionPages: PageKind {
    struct View: Sendable {
        let document: DocumentLink
        let provenance: String
        let sourceHref: SiteLink
        /// The section's lines in the line-by-line view of the original.
        let linesHref: SiteLink
        let parts: [OutlineView]
        let previous: OutlineView?
        let next: OutlineView?
        let hasPager: Bool
        let excerpt: [SourceLine]
        /// The section's HTML with its datasets drawn in.
        let body: LinkedMarkup
    }

    /// A section's text links the programs and prefectures it names.
    var linksMentions: Bool { true }

    /// Sections longer than this many source lines are not repeated verbatim on their page.
    static let longestExcerpt = 600

    func pages(_ content: SiteContent) -> [SitePage] {
        content.documents.flatMap { document in
            let info = document.info
            return document.sections.enumerated().map { index, section in
                SitePage(
                    location: DocumentRoutes.section(section, in: info), title: DocumentRoutes.heading(section.number, section.title),
                    order: section.order, sourcePath: section.sourcePath, body: .markdown(section.body, line: section.bodyLine),
                    template: "section",
                    view: .assembled { site in
                        // Long sections (the reference tables) would double an already large page;
                        // their lines are in the published original instead.
                        let isShort = section.lines.last - section.lines.first < Self.longestExcerpt
                        let excerpt = (isShort ? site.content.originals[info.id]?.lines(section.lines) ?? [] : []).map(SourceLine.init)
                        let parts = OutlineView.nest(DocumentRoutes.parts(section, in: info, site: site))
                        let sections = document.sections
                        let html = site.rendered(sourcePath: section.sourcePath)?.html ?? ""
                        let datasets = SectionDatasets(section: section, datasets: site.content.datasets)
                        return View(
                            document: DocumentLink(info), provenance: SiteText.provenance(info.shortName, section.lines), sourceHref: SiteLink(DocumentRoutes.original(info)),
                            linesHref: SiteLink(DocumentRoutes.sourceLines(info, section.lines)),
                            parts: parts,
                            previous: index > 0 ? DocumentRoutes.entry(sections[index - 1], in: info) : nil,
                            next: index + 1 < sections.count ? DocumentRoutes.entry(sections[index + 1], in: info) : nil,
                            hasPager: index > 0 || index + 1 < sections.count,
                            excerpt: excerpt,
                            body: LinkedMarkup { link in datasets.body(html, link: link) })
                    })
            }
        }
    }
}

/// One line of an original, shown in a section's excerpt. Excerpts run to hundreds of lines, so
/// the line answers template keys itself rather than through reflection.
struct SourceLine: TemplateObject {
    let number: String
    let text: String

    init(_ line: NumberedLine) {
        number = String(line.number)
        text = line.text
    }

    func templateValue(forKey key: String) -> Any? {
        switch key {
        case "number": number
        case "text": text
        default: nil
        }
    }
}
