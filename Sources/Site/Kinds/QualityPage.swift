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
        let unrecoverable: [Unrecoverable]
    }

    struct Unrecoverable: Sendable {
        let title: String
        let href: SiteLink
        /// Why the table cannot be recovered from the source.
        let reason: String
        let provenance: String
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
                Unrecoverable(
                    title: dataset.title, href: SiteLink(DataRoutes.page(dataset)), reason: $0,
                    provenance: locator.provenance(dataset.source))
            }
        }
        let checked = datasets.filter { !$0.checks.isEmpty }.count
        let view = View(
            summary: CheckSummary.text(datasets.flatMap(\.checks)) + "（\(checked)データセット）",
            table: LinkedMarkup { link in Self.table(datasets, link: link) }, mismatches: mismatches,
            unrecoverable: unrecoverable)
        return [
            SitePage(
                location: DataRoutes.qualityRoot, title: "データ品質",
                description: "すべてのデータセットについて、原資料の合計・行の関係・他の表との一致を照合した結果です。",
                order: 50, template: "quality", view: .value(view))
        ]
    }

    /// Every check of every dataset: which dataset, what was checked (with its explanation), the
    /// result, and the source's and the computed figures.
    private static func table(_ datasets: [Dataset], link: (String) -> String) -> String {
        let columns = [
            DataTable.Column("データセット"), DataTable.Column("検証"), DataTable.Column("結果"),
            DataTable.Column("原資料", kind: .number(.none), sortable: false),
            DataTable.Column("計算", kind: .number(.none), sortable: false),
        ]
        let rows = datasets.flatMap { dataset in
            dataset.checks.map { check in
                DataTable.Row(
                    [
                        .text(dataset.title, href: link(DataRoutes.page(dataset))),
                        DataTable.Cell(.text(check.title), note: check.explanation),
                        DataTable.Cell(.text(CheckLabel.text(check.result)), valueClass: "check-result"),
                        figure(check.expected), figure(check.actual),
                    ], className: "check \(check.result.rawValue)")
            }
        }
        let html = DataTable(id: "quality-checks", caption: "データセットごとの検証結果", columns: columns, rows: rows, stickyHeader: false)
            .render()
        // The template puts its own line break after the table.
        return html.hasSuffix("\n") ? String(html.dropLast()) : html
    }

    /// A check's figure at the precision it is written with; empty when the check has none.
    private static func figure(_ plain: String?) -> DataTable.Cell {
        guard let plain, let number = DatasetNumber.parse(plain) else { return .text(plain ?? "") }
        return DataTable.Cell(
            .number(NSDecimalNumber(decimal: number).doubleValue),
            fractionDigits: plain.split(separator: ".").dropFirst().first?.count ?? 0)
    }
}
