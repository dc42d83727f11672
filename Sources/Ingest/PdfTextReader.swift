import Content
import Japanese

/// Reads plain text flattened from a PDF (format `pdf-text`): a run of numbered chapters
/// (`１．…について`), each with double-spaced prose followed by slide pages, then an optional
/// `参考資料` part of reference tables.
///
/// The outline comes from the text itself: a chapter heading opens a page and carries the next
/// number in sequence; `（n）` sub-headings are taken from the prose pages only, in sequence, so
/// that boxes and slide excerpts that restart their own numbering stay text; `ア`/`イ`/`ウ`
/// become headings only directly under a `（n）` heading that has no text of its own. Each slide
/// page becomes a sub-section of its chapter, and a 新旧対照表 shows the revised text with the
/// previous wording folded away beneath it.
///
/// A value is the working state of one reading: the page layout and what has become of each line.
public struct PdfTextReader: FlattenedReading {
    /// Reads a document; `id` and `title` come from sources.yaml. Throws when no numbered chapter is found.
    /// `claims` are the recovered datasets' lines: each is shown as its dataset where it stands.
    public static func read(_ source: SourceText, id: String, title: String, claims: [TableClaim] = []) throws(ContentError) -> SourceDocument {
        try readFlattened(source, id: id, title: title, claims: claims)
    }

    let source: SourceText
    let layout: PdfPageLayout
    var trace: [LineTrace]
    var tables: [LocatedTable] = []
    /// Lines on double-spaced prose pages.
    var proseLines: Set<Int> = []
    /// The recovered datasets' lines, shown as their datasets.
    let claims: [TableClaim]

    static let outline = "numbered chapter heading (`１．…について`)"

    init(source: SourceText, claims: [TableClaim]) {
        self.source = source
        self.claims = claims
        let layout = PdfPageLayout(source)
        self.layout = layout
        trace = zip(layout.content, layout.furniture).map { LineTrace(unread: $0, furniture: $1) }
    }

    func isContent(_ index: Int) -> Bool { trace[index].role == .text }

    func text(_ index: Int) -> String { layout.content[index].trimmingSpaces() }

    /// Whether a line is the first piece of text on its page.
    func opensPage(_ index: Int) -> Bool {
        (0..<index).last { isContent($0) || layout.furniture[$0] == .folio }.map { layout.page[$0] != layout.page[index] } ?? true
    }
}
