/// Template views for document pages: strings and relative links only (see `PageView`).
struct DocumentItemView {
    let title: String
    let href: String
    let issuer: String?
    let date: String?
    let sectionCount: String
}

struct OutlineView {
    let number: String
    let title: String
    let href: String
    let lines: String?
    let nested: Bool
}

struct DocumentCoverView {
    let issuer: String?
    let date: String?
    let publication: String?
    let sourceFile: String
    let sourceHref: String
    let outline: [OutlineView]
}

struct SourceLineView {
    let number: String
    let text: String
}

struct SectionView {
    let documentTitle: String
    let documentHref: String
    let provenance: String
    let sourceHref: String
    let parts: [OutlineView]
    let hasParts: Bool
    let previous: OutlineView?
    let next: OutlineView?
    let hasPager: Bool
    let excerpt: [SourceLineView]
    let hasExcerpt: Bool
}

/// Turns page details into views, resolving output paths into links from the page being rendered.
struct DocumentViewFactory {
    let link: (String) -> String

    func list(_ documents: [DocumentSummary]) -> [DocumentItemView] {
        documents.map {
            DocumentItemView(
                title: $0.title, href: link($0.outputPath), issuer: $0.issuer, date: $0.date,
                sectionCount: "\($0.sectionCount)節")
        }
    }

    func cover(_ cover: DocumentCover) -> DocumentCoverView {
        DocumentCoverView(
            issuer: cover.issuer, date: cover.date, publication: cover.publication, sourceFile: cover.sourceFile,
            sourceHref: link(cover.sourceOutputPath), outline: cover.outline.map(outline))
    }

    func section(_ section: SectionDetails) -> SectionView {
        SectionView(
            documentTitle: section.documentTitle, documentHref: link(section.documentOutputPath),
            provenance: section.provenance, sourceHref: link(section.sourceOutputPath),
            parts: section.parts.map(outline), hasParts: !section.parts.isEmpty,
            previous: section.previous.map(outline), next: section.next.map(outline),
            hasPager: section.previous != nil || section.next != nil,
            excerpt: section.excerpt.map { SourceLineView(number: String($0.number), text: $0.text) },
            hasExcerpt: !section.excerpt.isEmpty)
    }

    func outline(_ entry: OutlineEntry) -> OutlineView {
        OutlineView(
            number: entry.number, title: entry.title, href: link(entry.target),
            lines: entry.lines.map { "行 \($0)" }, nested: entry.depth > 1)
    }
}
