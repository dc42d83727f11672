import Content
import Testing

@testable import Site

/// ○ columns on prefecture pages: said in words, and not at all where a check doubts the column.
@Suite struct FlagWordsTests {
    static func dataset(checks: [DatasetCheck] = []) -> Dataset {
        Dataset(
            id: "t", title: "計画", shape: .prefectures, source: DatasetSource(document: "d", lines: SourceLines(first: 1, last: 3)),
            columns: [
                DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
                DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
                DatasetColumn(key: "plan_done", title: "支援計画 策定終了", type: .text),
                DatasetColumn(key: "plan_planned", title: "支援計画 策定予定", type: .text),
                DatasetColumn(key: "placed", title: "コーディネーター設置", type: .text),
                DatasetColumn(key: "note", title: "備考", type: .text),
            ],
            rows: [["01", "北海道", "○", "", "○", "市"], ["02", "青森県", "", "○", "－", ""]],
            checks: checks)
    }

    @Test func markedColumnsBecomeWords() {
        let dataset = Self.dataset()
        #expect(FlagWords.columns(of: dataset) == [2, 3, 4])
        #expect(FlagWords.values(dataset, row: 0).map(\.value) == ["策定済", "予定なし", "設置あり"])
        #expect(FlagWords.values(dataset, row: 1).map(\.value) == ["未策定", "策定予定", "設置なし"])
    }

    @Test func aColumnWhoseMarksACheckDoubtsIsLeftOut() {
        let doubt = DatasetCheck(
            id: "count-plan_planned", kind: .other, title: "○の数", result: .mismatch, expected: "1", actual: "10",
            columns: ["plan_planned"])
        let dataset = Self.dataset(checks: [doubt])
        #expect(FlagWords.columns(of: dataset) == [2, 4])
    }
}
