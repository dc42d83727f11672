import Japanese

/// One imported document: its outline, the tables recognised in it and what became of every
/// source line.
public struct SourceDocument: Sendable, Equatable {
    /// Stable id from `sources.yaml`, also the directory name under `content/documents/`.
    public var id: String
    /// Title from sources.yaml.
    public var title: String
    /// Top-level sections in source order.
    public var sections: [Section]
    /// The tables the reader found, in source order, with their captions (counted in the report).
    public var tables: [LocatedTable]
    /// What became of each source line; index 0 is line 1.
    public var trace: [LineTrace]
}

/// A node of a document's outline.
public struct Section: Sendable, Equatable {
    /// The section's number with ASCII digits: `1` (for `１．`), `(2)` (for `（２）`), `ア`, `第3`,
    /// `重点1` (the part of the table of contents and the item's number), the block's position in
    /// a roster; empty for slides.
    public var number: String
    /// Title as printed in the source, without its number.
    public var title: String
    /// 1 for top-level sections; children are deeper.
    public var level: Int
    /// Markdown of the section's own text, excluding its children.
    public var body: String
    /// 1-based source lines covered by the section, children included.
    public var lines: ClosedRange<Int>
    /// Sub-sections in source order.
    public var children: [Section] = []

    /// This section followed by all its descendants, depth first.
    public var flattened: [Section] {
        [self] + children.flatMap(\.flattened)
    }
}

/// What a reader did with one source line, so coverage can be measured.
public struct LineTrace: Sendable, Equatable {
    /// What the line became.
    public var role: LineRole
    /// The cleaned text this line contributed to the output (empty for blanks and furniture).
    public var text: String = ""
}

extension LineTrace {
    /// A line before its reader has placed it: the furniture the page layout found on it, else
    /// blank or text.
    init(unread line: String, furniture: FurnitureKind? = nil) {
        self.init(role: furniture.map { .furniture($0) } ?? (line.trimmingSpaces().isEmpty ? .blank : .text))
    }
}

/// The fate of a source line.
public enum LineRole: Sendable, Equatable {
    case blank
    case furniture(FurnitureKind)
    /// Became (part of) a section title.
    case heading
    /// Became text in a section body.
    case text
    /// Went into a section body as part of a table, and into ``SourceDocument/tables`` when recognised.
    case table
    /// The former wording of a revised passage, kept beside the revised text.
    case previousText
    /// The former wording where it equals the revised text, so it is not printed again.
    case duplicate

    /// Whether the line carries document content that must reach the output.
    public var isContent: Bool {
        switch self {
        case .blank, .furniture: false
        default: true
        }
    }
}

/// Kinds of page furniture removed from the text.
public enum FurnitureKind: String, Sendable, Equatable {
    case pageMarker
    case folio
    case runningHeader
    case verticalText
    case chartAxis
    case titleBlock
    case tableOfContents
    case partDivider
    case repeatedHeader
}
