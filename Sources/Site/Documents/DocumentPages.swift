import CommonMark
import Foundation
import Content

/// Builds the pages of the imported documents: `documents/index.html`, a cover page per document
/// and a page per section, plus a copy of each original text for download.
struct DocumentPages {
    let documents: [LoadedDocument]
    /// The original text of each document, by document id.
    /// The originals, by document id.
    let sources: [String: SourceOriginal]
    let markdown = MarkdownRenderer()

    static let root = ["documents"]
    /// Sections longer than this many source lines are not repeated verbatim on their page.
    static let longestExcerpt = 600

    func pages() -> [SitePage] {
        guard !documents.isEmpty else { return [] }
        var pages = [
            SitePage(
                location: Self.root, title: "資料", description: "このサイトが元にしている資料の一覧です。各資料は節ごとのページに分かれています。",
                order: 30, body: .html(""), template: "documents",
                details: .documentList(documents.map(summary)))
        ]
        for document in documents {
            pages += documentPages(document)
        }
        return pages
    }

    /// The originals, published beside each document so every provenance note can be checked.
    func sourceFiles() -> [OutputFile] {
        documents.compactMap { document in
            sources[document.info.id].map { OutputFile(path: sourceOutputPath(document.info), contents: $0.bytes) }
        }
    }

    private func summary(_ document: LoadedDocument) -> DocumentSummary {
        DocumentSummary(
            title: document.info.title, outputPath: SitePage.outputPath(for: coverLocation(document.info)),
            issuer: document.info.issuer, date: DateText.display(iso: document.info.dateISO, wareki: document.info.dateWareki),
            sectionCount: document.sections.count)
    }

    private func documentPages(_ document: LoadedDocument) -> [SitePage] {
        let info = document.info
        let rendered = document.sections.map { markdown.render($0.body) }
        let outlines = zip(document.sections, rendered).map { section, result in
            outline(of: section, in: info, headings: result.headings)
        }
        let entries = outlines.map { $0[0] }
        var pages = [
            SitePage(
                location: coverLocation(info), title: info.title, description: info.issuer,
                body: .html(""), template: "document",
                details: .document(
                    DocumentCover(
                        issuer: info.issuer, date: DateText.display(iso: info.dateISO, wareki: info.dateWareki),
                        publication: info.publication, sourceFile: info.file, sourceOutputPath: sourceOutputPath(info),
                        outline: outlines.flatMap { $0 })))
        ]
        for (index, section) in document.sections.enumerated() {
            // Long sections (the reference tables) would double an already large page; their lines
            // are in the published original instead.
            let isShort = section.lines.last - section.lines.first < Self.longestExcerpt
            let sourceLines = isShort ? sources[info.id]?.lines(section.lines) ?? [] : []
            pages.append(
                SitePage(
                    location: sectionLocation(section, in: info), title: Self.heading(section.number, section.title),
                    order: section.order, sourcePath: section.sourcePath,
                    body: .rendered(rendered[index]), template: "section",
                    details: .section(
                        SectionDetails(
                            documentTitle: info.title, documentOutputPath: SitePage.outputPath(for: coverLocation(info)),
                            provenance: "原資料 \(info.shortName) 行 \(section.lines)",
                            sourceOutputPath: sourceOutputPath(info), parts: Array(outlines[index].dropFirst()),
                            previous: index > 0 ? entries[index - 1] : nil,
                            next: index + 1 < entries.count ? entries[index + 1] : nil,
                            excerpt: sourceLines))))
        }
        return pages
    }

    /// The section's entry followed by its parts, each part linked to its heading on the page.
    private func outline(of section: DocumentSection, in info: SourceDocumentInfo, headings: [Heading]) -> [OutlineEntry] {
        let page = SitePage.outputPath(for: sectionLocation(section, in: info))
        var entries = [
            OutlineEntry(
                number: section.number, title: section.title, target: page, lines: section.lines.description, depth: 1)
        ]
        var remaining = headings[...]
        for part in section.parts {
            // Parts appear as headings in the same order; match by title so a heading the body adds
            // on its own does not shift every anchor after it.
            let match = remaining.firstIndex { $0.text.contains(part.title) }
            let anchor = match.map { remaining[$0].id }
            if let match { remaining = remaining[(match + 1)...] }
            entries.append(
                OutlineEntry(
                    number: part.number, title: part.title, target: anchor.map { page + "#" + $0 } ?? page,
                    lines: part.lines?.description, depth: max(2, part.level)))
        }
        return entries
    }

    private func coverLocation(_ info: SourceDocumentInfo) -> [String] {
        Self.root + [info.id]
    }

    private func sectionLocation(_ section: DocumentSection, in info: SourceDocumentInfo) -> [String] {
        Self.root + [info.id, section.slug]
    }

    private func sourceOutputPath(_ info: SourceDocumentInfo) -> String {
        (Self.root + [info.id, info.file]).joined(separator: "/")
    }

    static func heading(_ number: String, _ title: String) -> String {
        number.isEmpty || title.hasPrefix(number) ? title : "\(number)　\(title)"
    }
}

/// Lines of an original document, numbered as in the provenance notes.
/// An original document: its bytes as published, and its lines (split once) for excerpts.
struct SourceOriginal: Sendable {
    let bytes: Data
    let lines: [String]

    /// The numbered lines of a range, as far as the document reaches.
    func lines(_ range: SourceLines) -> [NumberedLine] {
        guard range.first <= lines.count else { return [] }
        return (range.first...min(range.last, lines.count)).map { NumberedLine(number: $0, text: lines[$0 - 1]) }
    }
}

/// One line of an original document.
public struct NumberedLine: Sendable, Equatable {
    let number: Int
    let text: String
}
