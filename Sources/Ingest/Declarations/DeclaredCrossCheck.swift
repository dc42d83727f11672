import Foundation
import Content

/// The declared checks that compare a table with another dataset (`agrees_with`, `list_count`),
/// run once every dataset of every document is read.
struct DeclaredCrossCheck: CrossDatasetCheck {
    /// The declaring table's dataset id.
    let table: String
    /// The check.
    let check: DeclaredCheck

    func apply(to datasets: inout [Dataset]) {
        if case .valueAgrees(let check) = check { return check.apply(to: &datasets, table: table) }
        guard case let (column, other, title)? = parts, let index = datasets.index(ofDataset: table) else { return }
        let id = "\(kind)-\(other)-\(column)"
        guard datasets.recordMissing([table, other], in: title, id: id), let otherIndex = datasets.index(ofDataset: other) else { return }
        var mine = Self.values(datasets[index], column: column)
        // A list is counted per prefecture code; city rows have no count to compare.
        if case .listCount = check { mine = mine.filter { !$0.key.contains(":") } }
        let theirs = otherValues(datasets[otherIndex])
        let differing = mine.keys.sorted().filter { mine[$0] != theirs[$0] }
        let explanation: String? = switch check {
        case .agreesWith(_, _, _, let text), .listCount(_, _, let text): text
        default: nil
        }
        datasets[index].checks.append(DatasetCheck(
            id: id, kind: .crossDataset, title: title, result: differing.isEmpty ? .pass : .mismatch,
            expected: differing.first.flatMap { mine[$0] }, actual: differing.first.map { theirs[$0] ?? "" },
            rows: differing, columns: [column], explanation: differing.isEmpty ? nil : explanation))
    }

    private var kind: String {
        if case .listCount = check { return "count-of" }
        return "agrees-with"
    }

    /// This table's column, the other dataset and the check's title.
    private var parts: (String, String, String)? {
        switch check {
        case .agreesWith(let column, let other, let otherColumn, _):
            (column, other, "都道府県ごとの値が\(other)の\(otherColumn)列と一致する")
        case .listCount(let column, let other, _):
            (column, other, "都道府県ごとの値が一覧（\(other)）の行数と一致する")
        default:
            nil
        }
    }

    /// The other dataset's value per prefecture row key: its column, or its number of rows.
    private func otherValues(_ dataset: Dataset) -> [String: String] {
        switch check {
        case .agreesWith(_, _, let otherColumn, _):
            return Self.values(dataset, column: otherColumn)
        case .listCount:
            guard let code = dataset.columnIndex("code") else { return [:] }
            var counts: [String: Int] = [:]
            for row in dataset.rows { counts[row[code], default: 0] += 1 }
            return counts.mapValues(String.init)
        default:
            return [:]
        }
    }

    /// A per-prefecture dataset's column keyed by row (``PrefectureRowKey``).
    static func values(_ dataset: Dataset, column: String) -> [String: String] {
        guard let index = dataset.columnIndex(column), dataset.columnIndex("code") != nil else { return [:] }
        var values: [String: String] = [:]
        for row in dataset.rows.indices {
            values[dataset.rowKey(row)] = dataset.rows[row][index]
        }
        return values
    }
}
