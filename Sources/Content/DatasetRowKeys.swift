/// What identifies a row of a table with a prefecture code: per-prefecture tables
/// (`shape: prefectures`; lists are left alone) hold one row per prefecture and designated city, and
/// any row's prefecture name agrees with its code.
///
/// A row written twice would be ranked twice, counted twice in totals and shown twice on its
/// prefecture's page, while the checks, which compare sums already stated, could still pass. A row
/// `01,ほげ県` would be published on the 北海道 page under a name the source never gave it.
struct DatasetRowKeys {
    private let codeColumn: Int?
    private let nameColumn: Int?
    private let cityColumn: Int?
    private let unique: Bool
    private let names: [String: String]
    private let file: String
    private var lines: [String: Int] = [:]

    /// - Parameter prefectures: `prefectures.csv`, for the names; empty leaves names unchecked.
    init(columns: [DatasetColumn], shape: DatasetShape, prefectures: [PrefectureRecord], file: String) {
        codeColumn = columns.firstIndex { $0.type == .prefecture }
        nameColumn = columns.firstIndex { $0.key == "prefecture" }
        cityColumn = columns.firstIndex { $0.key == "city" }
        unique = shape == .prefectures
        names = Dictionary(prefectures.map { (Dataset.codeText($0.code), $0.name) }, uniquingKeysWith: { a, _ in a })
        self.file = file
    }

    /// Checks a row's name and records it, failing when a row for the same prefecture (or city)
    /// came before.
    mutating func add(_ record: CSVText.Record) throws {
        guard let codeColumn, !record.fields[codeColumn].isEmpty else { return }
        let code = record.fields[codeColumn]
        if let nameColumn, let expected = names[code], !record.fields[nameColumn].isEmpty, record.fields[nameColumn] != expected {
            throw ContentError(
                file: file, line: record.line,
                problem: "code \(code) is \(expected), but the row names “\(record.fields[nameColumn])”",
                fix: "correct the code or the name so that they agree (see content/prefectures.csv)")
        }
        guard unique else { return }
        let city = cityColumn.map { record.fields[$0] }
        let key = PrefectureRowKey.key(code: code, city: city)
        if let first = lines[key] {
            let what = city.map { $0.isEmpty ? "" : " (\($0))" } ?? ""
            throw ContentError(
                file: file, line: record.line, problem: "repeats the row of prefecture \(code)\(what) from line \(first)",
                fix: "keep one row per prefecture and city; delete or correct the repeated one")
        }
        lines[key] = record.line
    }
}
