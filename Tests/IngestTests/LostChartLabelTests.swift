import Testing

@testable import Ingest

/// A figure whose data the original does not carry keeps its note, with its labels as one list.
@Suite struct LostChartLabelTests {
    let note = ProseBuilder.lostChartNote

    @Test func labelsAfterTheNoteBecomeOneList() {
        let body = ["貸付原資", note, "補助金", "(補助率)国2/3都道府県1/3", "その他の事務費", "## 次の見出し", "本文。"].joined(separator: "\n\n")
        #expect(LostChartLabels.listed(body) == [
            "貸付原資", note, "- 補助金\n- (補助率)国2/3都道府県1/3\n- その他の事務費", "## 次の見出し", "本文。",
        ].joined(separator: "\n\n"))
    }

    @Test func sentencesTablesAndSingleLabelsStayAsTheyAre() {
        for body in [
            [note, "これは本文の文である。", "次の文である。"],
            [note, "一つだけのラベル", "これは本文の文である。"],
            [note, "| a | b |\n| --- | --- |\n| 1 | 2 |", "ラベル"],
            [note, "```dataset\nx\n```", "ラベル", "ラベル"],
            ["ラベル", "ラベル"],
        ].map({ $0.joined(separator: "\n\n") }) {
            #expect(LostChartLabels.listed(body) == body)
        }
    }
}
