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
    /// The dataset checked, where the list mixes datasets (the quality page); it stands first.
    let dataset: PageLinkView?
    let title: String
    let result: String
    let resultClass: String
    let expected: String?
    let actual: String?
    let explanation: String?

    init(_ check: DatasetCheck, dataset: Dataset? = nil) {
        title = check.title
        result = SiteText.result(check.result)
        resultClass = check.result.rawValue
        expected = check.expected.map(NumberText.grouped)
        actual = check.actual.map(NumberText.grouped)
        explanation = check.explanation
        self.dataset = dataset.map { PageLinkView(title: $0.title, href: SiteLink(DataRoutes.page($0))) }
    }

    /// A failed check said in one sentence (figures and explanation included), as on prefecture
    /// pages.
    init(explaining check: DatasetCheck) {
        title = CheckFlags.explain(check)
        result = SiteText.result(check.result)
        resultClass = check.result.rawValue
        (dataset, expected, actual, explanation) = (nil, nil, nil, nil)
    }
}
