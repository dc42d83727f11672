import Charts
import Content
import Foundation
import Templates

/// `quality/index.html`: every check of every dataset, and the tables that could not be recovered.
struct QualityPage: PageKind {
    struct View: Sendable {
        let summary: String
        /// Every check, as a sortable table.
        let table: LinkedMarkup
        let mismatches: [CheckView]
        /// Each with its provenance as meta and why it cannot be recovered as note.
        let unrecoverable: [ListEntry]
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.datasets.isEmpty else { return [] }
        let locator = SourceLocator(documents: content.documents)
        let datasets = content.datasets
        let mismatches = datasets.flatMap { dataset in
            dataset.checks.filter { $0.result == .mismatch }.map { CheckView($0, dataset: dataset) }
        }
        let unrecoverable = datasets.compactMap { dataset in
            dataset.unrecoverable.map {
                ListEntry(
                    title: dataset.title, href: SiteLink(DataRoutes.page(dataset)), meta: locator.provenance(dataset.source),
                    note: $0)
            }
        }
        let checked = datasets.filter { !$0.checks.isEmpty }.count
        let view = View(
            summary: SiteText.qualitySummary(datasets.flatMap(\.checks), datasets: checked),
            table: LinkedMarkup { link in Self.table(datasets, link: link) }, mismatches: mismatches,
            unrecoverable: unrecoverable)
        return [
            SitePage(
                location: DataRoutes.qualityRoot, title: SiteText.qualityTitle, description: SiteText.qualityDescription,
                order: 50, template: "quality", view: .value(view))
        ]
    }

    /// Every check of every dataset: which dataset, what was checked (with its explanation), the
    /// result, and the source's and the computed figures.
    private static func table(_ datasets: [Dataset], link: (String) -> String) -> String {
        let columns = [
            DataTable.Column(SiteText.qualityColumns.dataset), DataTable.Column(SiteText.qualityColumns.check),
            DataTable.Column(SiteText.qualityColumns.result),
            DataTable.Column(SiteText.qualityColumns.expected, kind: .number(.none), sortable: false),
            DataTable.Column(SiteText.qualityColumns.actual, kind: .number(.none), sortable: false),
        ]
        let rows = datasets.flatMap { dataset in
            dataset.checks.map { check in
                DataTable.Row(
                    [
                        .text(dataset.title, href: link(DataRoutes.page(dataset))),
                        DataTable.Cell(.text(check.title), note: check.explanation),
                        DataTable.Cell(.text(SiteText.result(check.result)), valueClass: "check-result"),
                        figure(check.expected), figure(check.actual),
                    ], className: "check \(check.result.rawValue)")
            }
        }
        let html = DataTable(id: "quality-checks", caption: SiteText.qualityTableCaption, columns: columns, rows: rows, stickyHeader: false)
            .render()
        // The template puts its own line break after the table.
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// A check's figure at the precision it is written with; empty when the check has none.
    private static func figure(_ plain: String?) -> DataTable.Cell {
        guard let plain, let number = DecimalText(plain) else { return .text(plain ?? "") }
        return DataTable.Cell(.decimal(number))
    }
}
