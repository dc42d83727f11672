import Foundation
import Content
import Japanese

/// The rules of the dataset format that every reader's output must meet.
enum DatasetValidation {
    static func validate(_ datasets: [Dataset]) throws {
        var seen: Set<String> = []
        for dataset in datasets {
            let file = "content/data/\(dataset.id).yaml"
            func fail(_ problem: String) -> ContentError {
                ContentError(file: file, problem: problem, fix: "correct the table reader that produces \(dataset.id)")
            }
            guard isValidID(dataset.id) else { throw fail("“\(dataset.id)” is not a valid dataset id") }
            guard seen.insert(dataset.id).inserted else { throw fail("the id \(dataset.id) is produced twice") }
            let width = dataset.columns.count
            if let bad = dataset.rows.firstIndex(where: { $0.count != width }) {
                throw fail("row \(bad + 1) has \(dataset.rows[bad].count) cells for \(width) columns")
            }
            var checkIDs: Set<String> = []
            if let repeated = dataset.checks.first(where: { !checkIDs.insert($0.id).inserted }) {
                throw fail("the check id \(repeated.id) is used twice")
            }
            if dataset.unrecoverable != nil { continue }
            guard dataset.shape == .prefectures else { continue }
            guard dataset.columns.first?.key == "code", dataset.columns.dropFirst().first?.key == "prefecture" else {
                throw fail("a per-prefecture dataset must start with code,prefecture")
            }
            let own = dataset.rows.indices.filter { dataset.isPrefectureRow($0) }.map { dataset.rows[$0][0] }
            guard own == Prefecture.all.map(\.jisCode) else {
                throw fail("the prefecture rows are not the 47 prefectures once each in JIS order")
            }
        }
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
