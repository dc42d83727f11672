import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 【総合支援資金の貸付決定状況】 in 重点事項2: national persons and amounts per month, listed
    /// newest first under a 累 計 row. Rows are put in date order; the 累計 row becomes the totals.
    ///
    /// Not a declaration: its notes quote sums computed from the rows and compare them with the prose.
    enum MonthlyComprehensiveLoans {
        static let id = "shakai-sogo-shien-shikin-monthly"

        static func read(_ source: SourceText) throws -> Dataset {
            let table = try PipeTable.after(caption: "【総合支援資金の貸付決定状況】", in: source)
            var months: [(date: EraDate, line: Int, persons: Decimal, amount: Decimal)] = []
            var total: (line: Int, persons: Decimal, amount: Decimal)?
            for row in table.body {
                let label = JapaneseText.matchKey(row[0])
                guard let persons = NumberCell.parse(row[1])?.value, let amount = NumberCell.parse(row[2])?.value else {
                    throw source.error(at: row.line, "「\(row[1])」 or 「\(row[2])」 is not a number")
                }
                if label == "累計" {
                    total = (row.line, persons, amount)
                } else if let date = EraDate.parse(label), date.month != nil {
                    months.append((date, row.line, persons, amount))
                } else {
                    throw source.error(at: row.line, "row label 「\(row[0])」 is neither 累計 nor a month")
                }
            }
            guard let total else { throw source.error(at: table.lastLine, "the table has no 累計 row") }
            months.sort { $0.date < $1.date }
            let personsSum = months.reduce(Decimal(0)) { $0 + $1.persons }
            let amountSum = months.reduce(Decimal(0)) { $0 + $1.amount }
            // The prose quotes the three months October to December, so its figures are compared
            // with those months only.
            let autumn = months.filter { ($0.date.month ?? 0) >= 10 }.reduce((persons: Decimal(0), amount: Decimal(0))) {
                ($0.persons + $1.persons, $0.amount + $1.amount)
            }
            let totalLines = SourceLines(first: total.line, last: total.line)
            func sumCheck(_ key: String, _ title: String, stated: Decimal, sum: Decimal, explanation: String) -> DatasetCheck {
                DatasetCheck(
                    id: "sum-\(key)", kind: .columnSum, title: "\(title)の各月の合計が原資料の累計行と一致する",
                    result: stated == sum ? .pass : .mismatch, expected: DatasetNumber.format(stated),
                    actual: DatasetNumber.format(sum), columns: [key], explanation: stated == sum ? nil : explanation)
            }
            return Dataset(
                id: id, title: "総合支援資金の貸付決定状況（月別・全国）",
                description: "総合支援資金の全国の貸付決定者数と貸付決定金額。平成21年10月から平成22年1月までの月別。",
                shape: .series, source: DatasetSource(document: document, lines: SourceLines(first: table.firstLine - 2, last: table.lastLine)),
                asOf: DatasetDate(iso: "2010-01", wareki: "平成22年1月"),
                columns: PlaceDataset.periodColumns("month", "月") + [
                    DatasetColumn(key: "persons", title: "貸付決定者数", type: .integer, unit: "人"),
                    DatasetColumn(key: "amount", title: "貸付決定金額", type: .integer, unit: "千円"),
                ],
                rows: months.map { [$0.date.iso, $0.date.wareki, DatasetNumber.format($0.persons), DatasetNumber.format($0.amount)] },
                totals: [
                    StatedTotal(column: "persons", label: "累計", value: DatasetNumber.format(total.persons), lines: totalLines),
                    StatedTotal(column: "amount", label: "累計", value: DatasetNumber.format(total.amount), lines: totalLines),
                ],
                notes: [
                    "原資料では累計の行が先頭にあり、月は新しい順（平成22年1月→平成21年10月）に並んでいる。",
                    "本文（重点事項2）は10月～12月の3か月で「約7,300人、約62.2億円」とする（10月～12月の値の合計は\(DatasetNumber.grouped(autumn.persons))人、\(DatasetNumber.grouped(autumn.amount))千円）。",
                ],
                checks: [
                    sumCheck("persons", "貸付決定者数", stated: total.persons, sum: personsSum, explanation: ""),
                    sumCheck(
                        "amount", "貸付決定金額", stated: total.amount, sum: amountSum,
                        explanation: Shakai2010.roundingExplanation(stated: total.amount, sum: amountSum, rows: "各月", each: "月ごと")),
                ],
                charts: [ChartSpec(kind: .timeSeries, columns: ["persons"]), ChartSpec(kind: .timeSeries, columns: ["amount"])])
        }
    }
}
