import Foundation
import Testing

@testable import Content

/// `content/prefectures/indicators.yaml` is hand-written, so every mistake in it must be an error
/// naming the file, the line and what to write instead.
@Suite struct KeyIndicatorFileTests {
    static let dataset = Dataset(
        id: "pathways", title: "ケアパス", shape: .prefectures,
        source: DatasetSource(document: "001", lines: SourceLines(first: 1, last: 2)),
        columns: [
            DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
            DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
            DatasetColumn(key: "created", title: "作成済", type: .integer, unit: "市町村"),
            DatasetColumn(key: "rate", title: "作成率", type: .percent, unit: "%"),
        ])
    static let list = Dataset(
        id: "centres", title: "一覧", shape: .list, source: DatasetSource(document: "001", lines: SourceLines(first: 1, last: 2)))

    static let text = """
        indicators:
          - dataset: pathways
            column: created
            label: ケアパス作成済
            rate: rate
            rate_label: 作成率
            count_label: 作成済
        """

    @Test func readsEntriesWithTheirLines() throws {
        let indicators = try KeyIndicatorFile.parse(Self.text)
        #expect(indicators == [
            KeyIndicator(
                dataset: "pathways", column: "created", label: "ケアパス作成済", rate: "rate", rateLabel: "作成率", countLabel: "作成済",
                line: 2)
        ])
        #expect(indicators[0].hasRate)
        try KeyIndicatorFile.validate(indicators, datasets: [Self.dataset])
    }

    @Test(arguments: [
        ("column: created", "column: creatd", 2, "dataset `pathways` has no column `creatd`", "did you mean `created`?"),
        ("dataset: pathways", "dataset: pathway", 2, "names dataset `pathway`, which content/data/ does not hold", "did you mean `pathways`?"),
        ("dataset: pathways", "dataset: centres", 2, "dataset `centres` is a list table, not per prefecture", "shape: prefectures"),
        ("column: created", "column: prefecture", 2, "column `prefecture` of `pathways` is not numeric", "numeric"),
        ("rate: rate", "rate: ratio", 2, "dataset `pathways` has no column `ratio`", "use one of: created, rate"),
    ])
    func aReferenceTheDatasetsDoNotHoldIsNamed(old: String, new: String, line: Int, problem: String, fix: String) throws {
        let indicators = try KeyIndicatorFile.parse(Self.text.replacingOccurrences(of: old, with: new))
        #expect {
            try KeyIndicatorFile.validate(indicators, datasets: [Self.dataset, Self.list])
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == "prefectures/indicators.yaml" && error.line == line && error.problem == problem && error.fix.contains(fix)
        }
    }

    @Test(arguments: [
        ("rate_label: 作成率", "rate_lable: 作成率", 6, "unknown key `rate_lable`"),
        ("rate: rate", "rate: rate\n    denominator: created", 6, "gives both `rate` and `denominator`"),
        ("indicators:", "indicator:", 1, "unknown key `indicator`"),
        ("    label: ケアパス作成済\n", "", 2, "has no `label`"),
    ])
    func aMalformedEntryIsAnErrorWithItsLine(old: String, new: String, line: Int, problem: String) throws {
        #expect {
            try KeyIndicatorFile.parse(Self.text.replacingOccurrences(of: old, with: new))
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == "prefectures/indicators.yaml" && error.line == line && error.problem == problem
        }
    }

    @Test func aSecondEntryForOneColumnIsRefused() throws {
        let doubled = Self.text + "\n" + Self.text.split(separator: "\n").dropFirst().joined(separator: "\n")
        #expect {
            try KeyIndicatorFile.parse(doubled)
        } throws: { error in
            (error as? ContentError)?.problem == "declares pathways created a second time" && (error as? ContentError)?.line == 8
        }
    }
}
