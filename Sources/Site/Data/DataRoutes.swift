import Content
import Templates

/// Where the data pages and downloads live.
enum DataRoutes {
    static let root = ["data"]
    static let qualityRoot = ["quality"]

    static func page(_ dataset: Dataset) -> String { SitePage.outputPath(for: root + [dataset.id]) }
    static func csv(_ dataset: Dataset) -> String { "data/\(dataset.id).csv" }
    static func json(_ dataset: Dataset) -> String { "data/\(dataset.id).json" }
}

/// One check as the check-item partial shows it.
struct CheckView: Sendable {
    let title: String
    let result: String
    let resultClass: String
    let expected: String?
    let actual: String?
    let explanation: String?
    let datasetTitle: String?
    let datasetHref: SiteLink?

    init(_ check: DatasetCheck, dataset: Dataset? = nil) {
        title = check.title
        result = CheckLabel.text(check.result)
        resultClass = check.result.rawValue
        expected = check.expected.map(NumberText.grouped)
        actual = check.actual.map(NumberText.grouped)
        explanation = check.explanation
        datasetTitle = dataset?.title
        datasetHref = dataset.map { SiteLink(DataRoutes.page($0)) }
    }

    /// A failed check said in one sentence (figures and explanation included), as on prefecture
    /// pages.
    init(explaining check: DatasetCheck) {
        title = CheckFlags.explain(check)
        result = CheckLabel.text(check.result)
        resultClass = check.result.rawValue
        (expected, actual, explanation, datasetTitle, datasetHref) = (nil, nil, nil, nil, nil)
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
