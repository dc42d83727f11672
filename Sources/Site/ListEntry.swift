import Templates

/// One entry of a list of pages: a link, a line of facts beside it and a longer note. The site's
/// lists (documents and recent changes on the home page, datasets, programs, a program's sections,
/// the unrecoverable tables) are all this one value, so their templates read the same keys.
struct ListEntry: Sendable {
    let title: String
    let href: SiteLink
    /// Facts in one line: issuer and date, rows and source lines, document and lines.
    var meta: String? = nil
    /// A second fact the template sets apart: a program's English name, a dataset's checks.
    var detail: String? = nil
    /// A longer text under the entry: an excerpt, why a table cannot be recovered.
    var note: String? = nil
}

/// A titled group of entries: a theme's programs, a document's datasets, a region's prefectures.
struct ListGroup<Entry: Sendable>: Sendable {
    /// The group's anchor, where the page links to it.
    var id: String? = nil
    let title: String
    var href: SiteLink? = nil
    let entries: [Entry]
}

// Lists on the portal's pages hold thousands of entries; listing the fields spares reflecting each.
extension ListEntry: TemplateFields {
    var templateFields: [(String, Any)] {
        [("title", title), ("href", href), ("meta", meta as Any), ("detail", detail as Any), ("note", note as Any)]
    }
}

extension ListGroup: TemplateFields {
    var templateFields: [(String, Any)] {
        [("id", id as Any), ("title", title), ("href", href as Any), ("entries", entries)]
    }
}
