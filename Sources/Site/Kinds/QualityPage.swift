import Content
import Templates

/// `quality/index.html`: every check of every dataset, and the tables that could not be recovered.
struct QualityPage: PageKind {
    struct View: Sendable {
        let summary: String
        let checks: [CheckView]
        let mismatches: [CheckView]
        let hasMismatches: Bool
        let unrecoverable: [Unrecoverable]
        let hasUnrecoverable: Bool
    }

    struct Unrecoverable: Sendable {
        let title: String
        let href: SiteLink
        let reason: String
        let provenance: String
    }

    func pages(_ content: SiteContent) -> [SitePage] {
        guard !content.datasets.isEmpty else { return [] }
        let locator = SourceLocator(documents: content.documents)
        let datasets = content.datasets
        let checks = datasets.flatMap { dataset in dataset.checks.map { CheckView($0, dataset: dataset) } }
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
            checks: checks, mismatches: mismatches, hasMismatches: !mismatches.isEmpty,
            unrecoverable: unrecoverable, hasUnrecoverable: !unrecoverable.isEmpty)
        return [
            SitePage(
                location: DataRoutes.qualityRoot, title: "データ品質",
                description: "すべてのデータセットについて、原資料の合計・行の関係・他の表との一致を照合した結果です。",
                order: 50, template: "quality", view: .value(view))
        ]
    }
}
