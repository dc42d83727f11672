import Content
import Foundation

/// R9 ③－１ against R7: the 講座開催回数 of the municipal supporters by audience, read from numbers
/// printed apart from their labels, must add up to the 自治体型 courses of the table by organiser,
/// and for 学校, 行政 and 介護サービス (whose supporters all organisers' table counts the same, so
/// no other organiser trains them) equal the table of all
/// organisers. Both hold only if each number went to its own audience.
struct MunicipalCoursesCrossCheck: CrossDatasetCheck {
    static let organiser = "ninchisho-supporters-by-organiser"
    static let allOrganisers = "ninchisho-supporters-by-audience"

    func apply(to datasets: inout [Dataset]) {
        let ids = [Ninchisho.municipalByAudience, Self.organiser, Self.allOrganisers]
        let title = "講座開催回数の合計が実施主体別の自治体型の講座開催回数と一致する"
        guard datasets.recordMissing(ids, in: title, id: "sessions-vs-organiser"),
              let index = datasets.index(ofDataset: ids[0]), let organiser = datasets.index(ofDataset: ids[1]),
              let all = datasets.index(ofDataset: ids[2]),
              let sessions = datasets[index].columnIndex("sessions")
        else { return }
        let municipal = datasets[index]
        let stated = datasets[organiser].rows.first { $0.first == "自治体型" }.flatMap { row in
            datasets[organiser].columnIndex("sessions").flatMap { DatasetNumber.parse(row[$0]) }
        }
        let sum = municipal.rows.compactMap { DatasetNumber.parse($0[sessions]) }.reduce(0, +)
        datasets[index].checks.append(stated.map {
            DatasetChecks.outcome(id: "sessions-vs-organiser", kind: .crossDataset, title: title, expected: $0, actual: sum, columns: ["sessions"])
        } ?? DatasetChecks.notCheckable(id: "sessions-vs-organiser", kind: .crossDataset, title: title, reason: "実施主体別の表に自治体型の講座開催回数がない"))
        for (audience, slug) in [("学校", "school"), ("行政", "government"), ("介護サービス", "care")] {
            let allRow = datasets[all].rows.first { $0.first == audience }
            let mine = municipal.rows.first { $0.first == audience }
            guard let allRow, let mine, let column = datasets[all].columnIndex("sessions"),
                  let expected = DatasetNumber.parse(allRow[column]), let actual = DatasetNumber.parse(mine[sessions])
            else { continue }
            datasets[index].checks.append(DatasetChecks.outcome(
                id: "sessions-\(slug)-vs-all", kind: .crossDataset,
                title: "\(audience)の講座開催回数が全実施主体の表（\(Self.allOrganisers)）と一致する（自治体型のみが養成する分類）",
                expected: expected, actual: actual, columns: ["sessions"]))
        }
    }
}
