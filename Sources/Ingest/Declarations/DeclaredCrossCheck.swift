import Foundation
import Content

/// The declared checks that compare a table with another dataset (`agrees_with`, `list_count`),
/// run once every dataset of every document is read.
struct DeclaredCrossCheck: CrossDatasetCheck {
    let table: String
    let check: DeclaredCheck

    func apply(to datasets: inout [Dataset]) {
        if case .valueAgrees(let check) = check { return check.apply(to: &datasets, table: table) }
        guard case let (column, other, id, title)? = parts, let index = datasets.index(ofDataset: table) else { return }
        guard datasets.recordMissing([table, other], in: title, id: id), let otherIndex = datasets.index(ofDataset: other) else { return }
        if case .listCount(_, _, let explanation) = check {
            return datasets[index].checks.append(listCount(datasets[index], column: column, list: datasets[otherIndex], id: id, title: title, explanation: explanation))
        }
        guard case .agreesWith(_, _, let otherColumn, let explanation) = check else { return }
        let mine = Self.values(datasets[index], column: column)
        let theirs = Self.values(datasets[otherIndex], column: otherColumn)
        let differing = mine.keys.sorted().filter { mine[$0] != theirs[$0] }
        datasets[index].checks.append(DatasetChecks.verdict(
            id: id, kind: .crossDataset, title: title, holds: differing.isEmpty,
            expected: differing.first.flatMap { mine[$0] }, actual: differing.first.map { theirs[$0] ?? "" },
            rows: differing, columns: [column], explanation: explanation))
    }

    /// The column, the other dataset, and the check's id and title.
    private var parts: (String, String, String, String)? {
        switch check {
        case .agreesWith(let column, let other, let otherColumn, _):
            (column, other, "agrees-with-\(other)-\(column)", "都道府県ごとの値が\(other)の\(otherColumn)列と一致する")
        case .listCount(let column, let other, _):
            (column, other, "count-of-\(other)-\(column)", "都道府県ごとの値が一覧（\(other)）の行数と一致する")
        default:
            nil
        }
    }

    /// `list_count`: each prefecture row's stated figure (city rows have no count to compare, a
    /// blank is not stated) against the list's rows for its code, by ``ListCountCheck``.
    private func listCount(_ table: Dataset, column: String, list: Dataset, id: String, title: String, explanation: String?) -> DatasetCheck {
        guard let code = table.columnIndex("code"), let value = table.columnIndex(column) else {
            return DatasetChecks.notCheckable(id: id, kind: .crossDataset, title: title, reason: "列がない")
        }
        let name = table.columnIndex("prefecture") ?? code
        let city = table.columnIndex("city")
        let stated = table.rows.filter { row in city.map { row[$0].isEmpty } ?? true }.compactMap { row in
            DatasetChecks.number(row[value]).map { ListCountCheck.Stated(key: row[code], name: row[name], value: $0) }
        }
        var check = ListCountCheck.check(
            id: id, title: title, stated: stated, list: list, statedName: "表", passNote: nil, columns: [column])
        if check.result == .mismatch, let explanation { check.explanation = [explanation, check.explanation].compactMap { $0 }.joined(separator: " ") }
        return check
    }

    /// A per-prefecture dataset's column keyed by row (``PrefectureRowKey``).
    static func values(_ dataset: Dataset, column: String) -> [String: String] {
        guard let index = dataset.columnIndex(column), dataset.columnIndex("code") != nil else { return [:] }
        return Dictionary(dataset.rows.indices.map { (dataset.rowKey($0), dataset.rows[$0][index]) }) { _, last in last }
    }
}
