import Content
import Templates

/// Where a dataset's figures come from, said the same way by every view that shows them: the
/// dataset's page, its date, its lines in the original and the page of the section they stand in.
/// Its fields read in templates as the holding view's own (`{{datasetHref}}`, `{{provenance}}` …).
struct DatasetReference: InlineFields {
    let datasetHref: SiteLink
    let asOf: String?
    /// `原資料 001 行 3173–5598`, after the document's title when `namingDocument`.
    let provenance: String
    let sourceHref: SiteLink?

    init(_ dataset: Dataset, locator: SourceLocator, namingDocument: Bool = false) {
        datasetHref = SiteLink(DataRoutes.page(dataset))
        asOf = dataset.asOf.map(DateText.display)
        let lines = locator.provenance(dataset.source)
        provenance = namingDocument ? "\(locator.title(of: dataset.source.document))　\(lines)" : lines
        sourceHref = locator.page(for: dataset.source).map(SiteLink.init)
    }
}

/// A dataset as a panel or a headline figure names it: its id (the panel's anchor), its title and
/// where its figures come from. Its fields read in templates as the holding view's own (`{{id}}`,
/// `{{title}}`, `{{provenance}}` …).
struct DatasetHeading: InlineFields {
    let id: String
    let title: String
    let reference: DatasetReference

    init(_ dataset: Dataset, locator: SourceLocator, namingDocument: Bool = false) {
        id = dataset.id
        title = dataset.title
        reference = DatasetReference(dataset, locator: locator, namingDocument: namingDocument)
    }
}
