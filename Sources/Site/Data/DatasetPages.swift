import Content

/// Builds `data/index.html`, a page per dataset with its CSV and JSON downloads, and
/// `quality/index.html`.
struct DatasetPages {
    let datasets: [Dataset]
    let documents: [LoadedDocument]
    let prefectures: PrefectureList
    /// Prefecture page output paths by JIS code (empty until prefecture pages exist).
    var prefecturePaths: [Int: String] = [:]

    private let locator: SourceLocator

    init(datasets: [Dataset], documents: [LoadedDocument], prefectures: PrefectureList) {
        self.datasets = datasets
        self.documents = documents
        self.prefectures = prefectures
        locator = SourceLocator(documents: documents)
    }

    static let root = ["data"]
    static let qualityRoot = ["quality"]

    func pages() -> [SitePage] {
        guard !datasets.isEmpty else { return [] }
        var pages = [
            SitePage(
                location: Self.root, title: "データ",
                description: "資料の表から取り出したデータセットの一覧です。各データは原資料の行番号と、原資料に記載された合計との照合結果を添えています。",
                order: 40, body: .html(""), template: "datasets", details: .datasetIndex(index())),
            SitePage(
                location: Self.qualityRoot, title: "データ品質",
                description: "すべてのデータセットについて、原資料の合計・行の関係・他の表との一致を照合した結果です。",
                order: 50, body: .html(""), template: "quality", details: .quality(quality())),
        ]
        for dataset in datasets {
            pages.append(
                SitePage(
                    location: Self.root + [dataset.id], title: dataset.title, description: dataset.description,
                    body: .html(""), template: "dataset",
                    details: .dataset(
                        DatasetPageDetails(
                            dataset: dataset, documentTitle: locator.title(of: dataset.source.document),
                            provenance: locator.provenance(dataset.source), sourceOutputPath: locator.page(for: dataset.source),
                            prefectures: prefectures,
                            prefecturePaths: prefecturePaths))))
        }
        return pages
    }

    /// The downloads: CSV (with a byte-order mark for Excel) and JSON for every recovered dataset.
    func files() -> [OutputFile] {
        datasets.filter { $0.unrecoverable == nil }.flatMap { dataset in
            [
                OutputFile(path: Self.csvPath(dataset), contents: DatasetExports.csv(dataset)),
                OutputFile(path: Self.jsonPath(dataset), contents: DatasetExports.json(dataset)),
            ]
        }
    }

    static func csvPath(_ dataset: Dataset) -> String { "data/\(dataset.id).csv" }
    static func jsonPath(_ dataset: Dataset) -> String { "data/\(dataset.id).json" }
    static func pagePath(_ dataset: Dataset) -> String { SitePage.outputPath(for: root + [dataset.id]) }

    private func index() -> DatasetIndex {
        let byDocument = Dictionary(grouping: datasets, by: \.source.document)
        let order = documents.map(\.info.id) + byDocument.keys.filter { id in !documents.contains { $0.info.id == id } }.sorted()
        return DatasetIndex(
            groups: order.compactMap { id in
                guard let members = byDocument[id] else { return nil }
                let document = locator.document(id)
                return DatasetIndex.Group(
                    documentTitle: document?.info.title ?? id,
                    documentOutputPath: document.map { SitePage.outputPath(for: DocumentPages.root + [$0.info.id]) },
                    datasets: members.sorted { $0.source.lines.first < $1.source.lines.first }.map(summary))
            })
    }

    private func summary(_ dataset: Dataset) -> DatasetSummary {
        var meta: [String] = []
        if dataset.unrecoverable == nil {
            meta.append("\(dataset.rows.count)行")
        }
        if let asOf = dataset.asOf { meta.append(DateText.display(asOf)) }
        meta.append("原資料 行 \(dataset.source.lines)")
        return DatasetSummary(
            title: dataset.title, outputPath: Self.pagePath(dataset), meta: meta.joined(separator: "・"),
            checks: CheckSummary.text(dataset.checks), unrecoverable: dataset.unrecoverable)
    }

    private func quality() -> QualityDetails {
        QualityDetails(
            entries: datasets.flatMap { dataset in
                dataset.checks.map {
                    QualityDetails.Entry(datasetTitle: dataset.title, datasetOutputPath: Self.pagePath(dataset), check: $0)
                }
            },
            unrecoverable: datasets.compactMap { dataset in
                dataset.unrecoverable.map {
                    QualityDetails.Unrecoverable(
                        title: dataset.title, outputPath: Self.pagePath(dataset), reason: $0,
                        provenance: locator.provenance(dataset.source))
                }
            })
    }
}

/// A line such as `検証 5件：一致 4・不一致 1`.
enum CheckSummary {
    static func text(_ checks: [DatasetCheck]) -> String {
        guard !checks.isEmpty else { return "検証なし" }
        let counts = CheckResult.allCases.map { result in (result, checks.filter { $0.result == result }.count) }
            .filter { $0.1 > 0 }.map { "\(CheckLabel.text($0.0)) \($0.1)" }
        return "検証 \(checks.count)件：" + counts.joined(separator: "・")
    }
}

/// Japanese labels for check results.
enum CheckLabel {
    static func text(_ result: CheckResult) -> String {
        switch result {
        case .pass: "一致"
        case .mismatch: "不一致"
        case .notCheckable: "照合不能"
        }
    }
}
