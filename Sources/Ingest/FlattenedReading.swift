import Content

/// What both readers of a flattened PDF (plain text and Markdown) read a document into: what
/// became of each line, the tables found, and the sections built from the outline each dialect
/// goes by (numbered chapters, or the table of contents).
protocol FlattenedReading {
    /// A state ready to read `source`; `claims` are the recovered datasets' lines on it.
    init(source: SourceText, claims: [TableClaim])
    var trace: [LineTrace] { get }
    var tables: [LocatedTable] { get }
    /// The top-level sections, or nil when the document lacks the outline the reader goes by.
    mutating func sections() -> [Section]?
    /// What that outline is, for the error when it is missing.
    static var outline: String { get }
}

extension FlattenedReading {
    /// Reads `source`; `id` and `title` come from sources.yaml. Throws when the outline is missing.
    static func readFlattened(_ source: SourceText, id: String, title: String, claims: [TableClaim]) throws(ContentError) -> SourceDocument {
        var state = Self(source: source, claims: claims)
        guard let sections = state.sections() else {
            throw .structure(path: source.path, message: "no \(outline) was found")
        }
        return SourceDocument(id: id, title: title, sections: sections, tables: state.tables, trace: state.trace)
    }
}
