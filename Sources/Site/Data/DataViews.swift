import Charts
import Content

/// Template views for the data pages (see `PageView`).
struct DatasetItemView {
    let title: String
    let href: String
    let meta: String
    let checks: String
    let unrecoverable: String?
}

struct DatasetGroupView {
    let documentTitle: String
    let documentHref: String?
    let datasets: [DatasetItemView]
}

struct ChartView {
    let svg: String
    let caption: String
    let tableHref: String
}

struct CheckView {
    let title: String
    let result: String
    let resultClass: String
    let expected: String?
    let actual: String?
    let explanation: String?
    let datasetTitle: String?
    let datasetHref: String?
}

struct DatasetView {
    let provenance: String
    let sourceHref: String?
    let documentTitle: String
    let asOf: String?
    let shapeLabel: String
    let charts: [ChartView]
    let hasCharts: Bool
    let table: String?
    let checks: [CheckView]
    let hasChecks: Bool
    let checkSummary: String
    let notes: [String]
    let hasNotes: Bool
    let csvHref: String?
    let jsonHref: String?
    let unrecoverable: String?
}

struct UnrecoverableView {
    let title: String
    let href: String
    let reason: String
    let provenance: String
}

struct QualityView {
    let summary: String
    let checks: [CheckView]
    let mismatches: [CheckView]
    let hasMismatches: Bool
    let unrecoverable: [UnrecoverableView]
    let hasUnrecoverable: Bool
}

/// Turns data page details into views, with links relative to the page being rendered.
struct DataViewFactory {
    let link: (String) -> String

    func index(_ index: DatasetIndex) -> [DatasetGroupView] {
        index.groups.map { group in
            DatasetGroupView(
                documentTitle: group.documentTitle, documentHref: group.documentOutputPath.map(link),
                datasets: group.datasets.map {
                    DatasetItemView(
                        title: $0.title, href: link($0.outputPath), meta: $0.meta, checks: $0.checks,
                        unrecoverable: $0.unrecoverable)
                })
        }
    }

    func dataset(_ details: DatasetPageDetails) -> DatasetView {
        let dataset = details.dataset
        let prefectureLink = { (code: Int) in details.prefecturePaths[code].map(link) }
        let tableID = "table-\(dataset.id)"
        let recovered = dataset.unrecoverable == nil && !dataset.columns.isEmpty
        let charts = recovered
            ? DatasetCharts(dataset: dataset, prefectures: details.prefectures, prefectureLink: prefectureLink).render() : []
        return DatasetView(
            provenance: "\(details.documentTitle)　\(details.provenance)",
            sourceHref: details.sourceOutputPath.map(link), documentTitle: details.documentTitle,
            asOf: dataset.asOf.map(DateText.display),
            shapeLabel: ShapeLabel.text(dataset),
            charts: charts.map { ChartView(svg: $0.svg, caption: $0.description, tableHref: "#" + tableID) },
            hasCharts: !charts.isEmpty,
            table: recovered ? DatasetTable(dataset: dataset, prefectureLink: prefectureLink).render(id: tableID) : nil,
            checks: dataset.checks.map { check($0, dataset: nil) }, hasChecks: !dataset.checks.isEmpty,
            checkSummary: CheckSummary.text(dataset.checks), notes: dataset.notes, hasNotes: !dataset.notes.isEmpty,
            csvHref: recovered ? link(DatasetPages.csvPath(dataset)) : nil,
            jsonHref: recovered ? link(DatasetPages.jsonPath(dataset)) : nil,
            unrecoverable: dataset.unrecoverable)
    }

    func quality(_ details: QualityDetails) -> QualityView {
        let checks = details.entries.map { check($0.check, dataset: ($0.datasetTitle, $0.datasetOutputPath)) }
        let mismatches = details.entries.filter { $0.check.result == .mismatch }.map {
            check($0.check, dataset: ($0.datasetTitle, $0.datasetOutputPath))
        }
        return QualityView(
            summary: CheckSummary.text(details.entries.map(\.check)) + "（\(Set(details.entries.map(\.datasetOutputPath)).count)データセット）",
            checks: checks, mismatches: mismatches, hasMismatches: !mismatches.isEmpty,
            unrecoverable: details.unrecoverable.map {
                UnrecoverableView(title: $0.title, href: link($0.outputPath), reason: $0.reason, provenance: $0.provenance)
            },
            hasUnrecoverable: !details.unrecoverable.isEmpty)
    }

    private func check(_ check: DatasetCheck, dataset: (String, String)?) -> CheckView {
        CheckView(
            title: check.title, result: CheckLabel.text(check.result), resultClass: check.result.rawValue,
            expected: check.expected.map(NumberText.grouped), actual: check.actual.map(NumberText.grouped),
            explanation: check.explanation, datasetTitle: dataset?.0, datasetHref: dataset.map { link($0.1) })
    }
}

/// What one row of a dataset is, in words.
enum ShapeLabel {
    static func text(_ dataset: Dataset) -> String {
        switch dataset.shape {
        case .prefectures: "都道府県別"
        case .list: "一覧"
        case .series: "年次推移"
        }
    }
}
