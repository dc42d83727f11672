import Foundation

/// One key indicator of the prefecture pages and the prefecture index: a numeric column of a
/// per-prefecture dataset with a short label, and optionally the rate that ranks it.
///
/// Which figures matter is an editorial choice, so it is written by hand in
/// `content/prefectures/indicators.yaml` rather than in `content/data/*.yaml`, which `shiryo import`
/// regenerates and would overwrite.
public struct KeyIndicator: Sendable, Equatable {
    /// The dataset id (`content/data/<id>.yaml`).
    public let dataset: String
    /// The key of the counted column, e.g. `created`.
    public let column: String
    /// A short label a reader takes in at a glance, e.g. ケアパス作成済市町村.
    public let label: String
    /// A column of the same dataset that already holds the rate (percent), e.g. `rate`.
    public let rate: String?
    /// A column to divide `column` by, giving a rate in percent, e.g. `municipalities`.
    public let denominator: String?
    /// The rate's own short label, e.g. 認知症ケアパス作成率; defaults to the label + の割合.
    public let rateLabel: String?
    /// What the count beside a rate is called, e.g. 作成済; defaults to the label.
    public let countLabel: String?
    /// The line of the entry in the file, for messages.
    public let line: Int

    public init(
        dataset: String, column: String, label: String, rate: String? = nil, denominator: String? = nil,
        rateLabel: String? = nil, countLabel: String? = nil, line: Int = 1
    ) {
        self.countLabel = countLabel
        self.dataset = dataset
        self.column = column
        self.label = label
        self.rate = rate
        self.denominator = denominator
        self.rateLabel = rateLabel
        self.line = line
    }

    /// Whether the indicator is ranked by a rate rather than by its count.
    public var hasRate: Bool { rate != nil || denominator != nil }
}

/// Reads and checks `content/prefectures/indicators.yaml`.
public enum KeyIndicatorFile {
    public static let path = "prefectures/indicators.yaml"
    static let entryKeys = ["dataset", "column", "label", "rate", "denominator", "rate_label", "count_label"]
    static let fix = "see README, Key indicators"

    /// The declared indicators in file order; none when the file is absent (the prefecture pages
    /// then open without a summary and the index has no maps).
    public static func load(contentDirectory: URL) throws -> [KeyIndicator] {
        let url = contentDirectory.appendingPathComponent(path)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        return try parse(try TextFile.read(url, displayPath: path))
    }

    /// Parses the file: `indicators:`, a list of entries with `dataset`, `column`, `label` and
    /// optionally `rate` or `denominator` (not both), `rate_label` and `count_label`.
    /// - Throws: `ContentError` naming the line of an unknown key, a missing value or a duplicate.
    public static func parse(_ text: String) throws -> [KeyIndicator] {
        let yaml = try FrontMatter(yaml: text, file: path)
        try KnownKeys.check(yaml, known: ["indicators"], file: path)
        var seen: Set<String> = []
        return try yaml.mappings("indicators").map { entry in
            try KnownKeys.check(entry, known: entryKeys, file: path)
            let dataset = try entry.required("dataset", fix: "name the dataset id (" + fix + ")")
            let column = try entry.required("column", fix: "name the column key (" + fix + ")")
            let label = try entry.required("label", fix: "give a short label (" + fix + ")")
            let rate = try entry.string("rate")
            let denominator = try entry.string("denominator")
            let line = entry.line(of: "dataset") ?? entry.firstLine
            if rate != nil && denominator != nil {
                throw ContentError(
                    file: path, line: entry.line(of: "denominator") ?? line,
                    problem: "gives both `rate` and `denominator`",
                    fix: "keep `rate` when the dataset has a rate column, else `denominator`")
            }
            guard seen.insert(dataset + "/" + column).inserted else {
                throw ContentError(
                    file: path, line: line, problem: "declares \(dataset) \(column) a second time", fix: "remove one entry")
            }
            return KeyIndicator(
                dataset: dataset, column: column, label: label, rate: rate, denominator: denominator,
                rateLabel: try entry.string("rate_label"), countLabel: try entry.string("count_label"), line: line)
        }
    }

    /// Checks every indicator against the datasets: the dataset must exist and be per-prefecture,
    /// and each named column must exist and be numeric.
    /// - Throws: `ContentError` at the file and line of the first indicator that does not fit.
    public static func validate(_ indicators: [KeyIndicator], datasets: [Dataset]) throws {
        let byID = Dictionary(datasets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        for indicator in indicators {
            guard let dataset = byID[indicator.dataset] else {
                let suggestion = KnownKeys.nearest(indicator.dataset, in: Array(byID.keys)).map { "did you mean `\($0)`? " } ?? ""
                throw ContentError(
                    file: path, line: indicator.line, problem: "names dataset `\(indicator.dataset)`, which content/data/ does not hold",
                    fix: suggestion + "use the id of a per-prefecture dataset")
            }
            guard dataset.shape == .prefectures else {
                throw ContentError(
                    file: path, line: indicator.line, problem: "dataset `\(dataset.id)` is a \(dataset.shape.rawValue) table, not per prefecture",
                    fix: "choose a dataset with shape: prefectures")
            }
            for key in [indicator.column, indicator.rate, indicator.denominator].compactMap({ $0 }) {
                guard let index = dataset.columnIndex(key) else {
                    let keys = dataset.columns.filter { $0.type.isNumeric }.map(\.key)
                    let suggestion = KnownKeys.nearest(key, in: keys).map { "did you mean `\($0)`? " } ?? ""
                    throw ContentError(
                        file: path, line: indicator.line, problem: "dataset `\(dataset.id)` has no column `\(key)`",
                        fix: suggestion + "use one of: " + keys.joined(separator: ", "))
                }
                guard dataset.columns[index].type.isNumeric else {
                    throw ContentError(
                        file: path, line: indicator.line, problem: "column `\(key)` of `\(dataset.id)` is not numeric",
                        fix: "choose a numeric column")
                }
            }
        }
    }
}
