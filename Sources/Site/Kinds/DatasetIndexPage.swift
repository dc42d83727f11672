import Content
import Templates

/// `data/index.html`: the datasets grouped by source document.
struct DatasetIndexPage: PageKind {
    struct Group: Sendable {
        let documentTitle: String
        let documentHref: SiteLink?
        let datasets: [Item]
    }

    struct Item: Sendable {
        let title: String
        let href: SiteLink
        /// Rows, as-of date and source lines: `47行・令和2年3月（2020年3月）・原資料 行 12–80`.
        let meta: String
        /// `検証 5件：一致 4・不一致 1`.
        let checks: String
        let unrecoverable: String?
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.datasets.isEmpty else { return [] }
        let documents = content.documents
        let byDocument = Dictionary(grouping: content.datasets, by: \.source.document)
        let order = documents.map(\.info.id) + byDocument.keys.filter { id in !documents.contains { $0.info.id == id } }.sorted()
        let groups = order.compactMap { id -> Group? in
            guard let members = byDocument[id] else { return nil }
            let document = documents.first { $0.info.id == id }
            return Group(
                documentTitle: document?.info.title ?? id,
                documentHref: document.map { SiteLink(SitePage.outputPath(for: DocumentRoutes.cover($0.info))) },
                datasets: members.sorted { $0.source.lines.first < $1.source.lines.first }.map(item))
        }
        return [
            SitePage(
                location: DataRoutes.root, title: SiteText.dataTitle, description: SiteText.dataDescription,
                order: 40, template: "datasets", view: .value(groups))
        ]
    }

    private func item(_ dataset: Dataset) -> Item {
        var meta: [String] = []
        if dataset.unrecoverable == nil {
            meta.append(SiteText.rowCount(dataset.rows.count))
        }
        if let asOf = dataset.asOf { meta.append(DateText.display(asOf)) }
        meta.append(SiteText.sourceLines(dataset.source.lines))
        return Item(
            title: dataset.title, href: SiteLink(DataRoutes.page(dataset)), meta: meta.joined(separator: SiteText.separator),
            checks: SiteText.checkSummary(dataset.checks), unrecoverable: dataset.unrecoverable)
    }
}
