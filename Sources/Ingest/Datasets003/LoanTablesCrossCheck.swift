import Content
import Foundation

extension Shakai2010 {
    /// Adds the checks that compare two tables of the document: the 平成20年度 per-prefecture
    /// totals against the 平成20年度 row of the yearly series.
    static func crossChecked(_ datasets: [Dataset]) -> [Dataset] {
        var result = datasets
        guard let h20 = result.firstIndex(where: { $0.id == loansH20.id }),
              let series = result.firstIndex(where: { $0.id == LoanHistory.id })
        else { return result }
        for key in ["count", "amount"] {
            let stated = result[h20].totals.first { $0.column == key }?.value
            let yearly = yearValue(result[series], year: "2008", column: key)
            let title = key == "count" ? "貸付決定件数" : "貸付決定金額"
            let check = DatasetCheck(
                id: "matches-series-\(key)", kind: .crossDataset,
                title: "\(title)の合計が推移表（\(LoanHistory.id)）の平成20年度の計と一致する",
                result: stated != nil && stated == yearly ? .pass : (stated == nil || yearly == nil ? .notCheckable : .mismatch),
                expected: yearly, actual: stated, columns: [key])
            result[h20].checks.append(check)
            var mirrored = check
            mirrored.title = "平成20年度の\(title)が都道府県別の表（\(loansH20.id)）の合計行と一致する"
            mirrored.id = "matches-h20-\(key)"
            mirrored.expected = stated
            mirrored.actual = yearly
            mirrored.rows = ["2008"]
            result[series].checks.append(mirrored)
        }
        return result
    }

    private static func yearValue(_ dataset: Dataset, year: String, column: String) -> String? {
        guard let yearIndex = dataset.columnIndex("fiscal_year"), let valueIndex = dataset.columnIndex(column) else { return nil }
        return dataset.rows.first { $0[yearIndex] == year }?[valueIndex]
    }
}
