import Content
import Templates

/// `data/index.html`: the datasets grouped by source document.
struct DatasetIndexPage: PageKind {
    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.datasets.isEmpty else { return [] }
        let documents = content.documents
        let byDocument = Dictionary(grouping: content.datasets, by: \.source.document)
        let order = documents.map(\.info.id) + byDocument.keys.filter { id in !documents.contains { $0.info.id == id } }.sorted()
        let groups = order.compactMap { id -> ListGroup<ListEntry>? in
            guard let members = byDocument[id] else { return nil }
            let document = documents.first { $0.info.id == id }
            return ListGroup(
                title: document?.info.title ?? id,
                href: document.map { SiteLink(SitePage.outputPath(for: DocumentRoutes.cover($0.info))) },
                entries: members.sorted { $0.source.lines.first < $1.source.lines.first }.map(item))
        }
        return [
            SitePage(
                location: DataRoutes.root, title: SiteText.dataTitle, description: SiteText.dataDescription,
                order: 40, template: "datasets", view: .value(groups))
        ]
    }

    /// Its meta is rows, as-of date and source lines (`47行・令和2年3月（2020年3月）・原資料 行 12–80`),
    /// its detail the checks (`検証 5件：一致 4・不一致 1`), its note why it cannot be recovered.
    private func item(_ dataset: Dataset) -> ListEntry {
        var meta: [String] = []
        if dataset.unrecoverable == nil {
            meta.append(SiteText.rowCount(dataset.rows.count))
        }
        if let asOf = dataset.asOf { meta.append(DateText.display(asOf)) }
        meta.append(SiteText.sourceLines(dataset.source.lines))
        return ListEntry(
            title: dataset.title, href: SiteLink(DataRoutes.page(dataset)), meta: meta.joined(separator: SiteText.separator),
            detail: SiteText.checkSummary(dataset.checks), note: dataset.unrecoverable)
    }
}
