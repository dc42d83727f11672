import Content

/// ○ columns said in words on a prefecture page: 「策定済」/「未策定」, 「設置あり」/「設置なし」.
///
/// A per-prefecture table marks some facts with ○ (a plan drawn up, a coordinator placed) and
/// leaves the cell blank or prints － otherwise. Alone, "○" or an empty line says nothing to a
/// reader, so the panel gives the fact its word. A column whose ○ a check found misplaced (its
/// count disagrees with the totals row) is not put in words: the words would state as fact what
/// the source leaves open.
enum FlagWords {
    /// The yes and no words for a column, from what its title says is marked.
    static func words(title: String) -> (yes: String, no: String) {
        if title.contains("設置") { return ("設置あり", "設置なし") }
        if title.contains("予定") { return ("策定予定", "予定なし") }
        if title.contains("未定") { return ("未定", "該当なし") }
        if title.contains("策定") || title.contains("作成") || title.contains("計画") { return ("策定済", "未策定") }
        return ("該当", "非該当")
    }

    /// The flag columns of a per-prefecture dataset: text columns whose prefecture cells are only
    /// ○, a dash or blank, with at least one ○, and that no failing check names.
    static func columns(of dataset: Dataset) -> [Int] {
        let doubted = Set(dataset.checks.filter { $0.result == .mismatch }.flatMap(\.columns))
        let rows = dataset.prefectureRows.map(\.row)
        // Asked for every panel of every prefecture page, so the cells are read only for the
        // columns that can be flags.
        return dataset.columns.indices.filter { column in
            guard dataset.columns[column].type == .text, !doubted.contains(dataset.columns[column].key) else { return false }
            let values = rows.map { dataset.value(row: $0, column: column) }
            return values.contains(.text("○")) && values.allSatisfy(flagCells.contains)
        }
    }

    /// The cells a flag column may hold.
    private static let flagCells: [DatasetValue] = [.text("○"), .blank, .dash, .text("－"), .text("-")]

    /// The flag values of one row, as the panel's value lines.
    static func values(_ dataset: Dataset, row: Int) -> [(label: String, value: String)] {
        values(dataset, row: row, columns: columns(of: dataset))
    }

    /// The flag values of one row, given the dataset's flag `columns` (worked out once for all 47
    /// prefecture pages).
    static func values(_ dataset: Dataset, row: Int, columns: [Int]) -> [(label: String, value: String)] {
        columns.map { column in
            let title = dataset.columns[column].title
            return (title, word(dataset.value(row: row, column: column), title: title))
        }
    }

    /// The word for one cell of a flag column.
    static func word(_ value: DatasetValue, title: String) -> String {
        let words = words(title: title)
        return value == .text("○") ? words.yes : words.no
    }
}
