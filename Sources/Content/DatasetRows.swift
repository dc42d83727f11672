/// How the rows of a dataset relate to prefectures, as the content/data format defines it: the
/// column of type `prefecture` holds the JIS code, and in per-prefecture tables a non-empty `city`
/// cell marks a designated-city or municipal row that belongs to that prefecture but is not part of
/// its value.
extension Dataset {
    /// The JIS code column.
    public var codeColumn: Int? {
        columns.firstIndex { $0.type == .prefecture }
    }

    /// The `city` column, when the table has city rows.
    public var cityColumn: Int? {
        columnIndex("city")
    }

    /// The column naming the prefecture (`prefecture`), when there is one besides the code.
    public var prefectureNameColumn: Int? {
        columnIndex("prefecture")
    }

    /// True for a designated-city or municipal row.
    public func isCityRow(_ row: Int) -> Bool {
        cityColumn.map { !rows[row][$0].isEmpty } ?? false
    }

    /// The JIS code a row carries, if any.
    public func code(ofRow row: Int) -> Int? {
        codeColumn.flatMap { Int(rows[row][$0]) }
    }

    /// Each prefecture's own row (not city rows) with its JIS code, in table order.
    public var prefectureRows: [(row: Int, code: Int)] {
        rows.indices.compactMap { row in
            guard !isCityRow(row), let code = code(ofRow: row) else { return nil }
            return (row, code)
        }
    }

    /// The most decimals any cell of a column carries: the precision the source printed it at.
    public func decimals(column: Int) -> Int {
        rows.map { row in row[column].split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
    }

    /// The two-digit form of a JIS code used in the CSV files.
    public static func codeText(_ code: Int) -> String {
        code < 10 ? "0\(code)" : String(code)
    }
}
