import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 参考2(3) 生活福祉資金の貸付決定件数等(推移): the yearly 計 of counts and amounts.
    ///
    /// Each year is two rows: the counts in brackets on an unlabelled row, then the amounts on the
    /// row that carries the year (`昭和30年度`, bare `35`, `平成元`, bare `2`). The breakdown by
    /// fund type is not published: its cells are misaligned between count and amount rows and
    /// whole columns are missing, so only the 計 column is read.
    ///
    /// Not a declaration: counts and amounts sit on alternate lines and columns are missing.
    enum LoanHistory {
        static let id = "shakai-seikatsu-fukushi-shikin-suii"

        /// One fiscal year of the table.
        struct Year {
            let date: EraDate
            let count: Decimal
            let amount: Decimal
            let countParts: [Decimal]
            let amountParts: [Decimal]
        }

        static func read(_ source: SourceText, shell: Dataset) throws -> Dataset {
            let table = try LocatedTable.after(caption: "生活福祉資金の貸付決定件数等(推移)", in: source)
            let header = table.rows[0]
            guard let totalIndex = header.cells.lastIndex(where: { JapaneseText.matchKey($0) == "計" }) else {
                throw source.error(at: header.line, "the header has no 計 column")
            }
            let partIndexes = Array(1..<totalIndex)
            var years: [Year] = []
            var pending: (line: Int, count: Decimal, parts: [Decimal])?
            var orphans: [(line: Int, value: Decimal)] = []
            var era: Era?
            for row in table.body {
                let label = JapaneseText.matchKey(row[0])
                if label.isEmpty {
                    if let count = try bracketed(row[totalIndex], row: row, source: source) {
                        if let earlier = pending {
                            throw source.error(at: row.line, "two count rows in a row (the first at line \(earlier.line)) with no amount row between")
                        }
                        let parts = try partIndexes.map { try bracketed(row[$0], row: row, source: source) ?? 0 }
                        pending = (row.line, count, parts)
                        continue
                    }
                    guard row[totalIndex].isEmpty, !years.isEmpty else {
                        throw source.error(at: row.line, "unlabelled row with 「\(row[totalIndex])」 in 計 is neither a count row nor a continuation")
                    }
                    orphans += try partIndexes.compactMap { try source.number(row[$0], at: row.line).value.map { (row.line, $0) } }
                    continue
                }
                if !orphans.isEmpty {
                    throw source.error(at: row.line, "year 「\(row[0])」 after continuation rows; only the last year may have them")
                }
                let text = label.hasSuffix("年度") ? label : label + "年度"
                guard let date = EraDate.parse(text, contextEra: era), date.isFiscalYear else {
                    throw source.error(at: row.line, "row label 「\(row[0])」 is not a fiscal year")
                }
                if let last = years.last, last.date >= date {
                    throw source.error(at: row.line, "year \(date.wareki) does not follow \(last.date.wareki)")
                }
                era = date.era
                guard let count = pending else {
                    throw source.error(at: row.line, "no count row (in brackets) above the amounts of \(date.wareki)")
                }
                guard let amount = try source.number(row[totalIndex], at: row.line).value else {
                    throw source.error(at: row.line, "the 計 cell of \(date.wareki) is empty")
                }
                let parts = try partIndexes.map { try source.number(row[$0], at: row.line).value ?? 0 }
                years.append(Year(date: date, count: count.count, amount: amount, countParts: count.parts, amountParts: parts))
                pending = nil
            }
            if let pending { throw source.error(at: pending.line, "count row with no amount row after it") }
            return dataset(years: years, orphans: orphans, source: SourceLines(first: table.captionLine, last: table.lastLine), shell: shell)
        }

        private static func dataset(years: [Year], orphans: [(line: Int, value: Decimal)], source: SourceLines, shell: Dataset) -> Dataset {
            let rows = years.map { [$0.date.iso, $0.date.wareki, DatasetNumber.format($0.count), DatasetNumber.format($0.amount)] }
            let orphanSum = orphans.reduce(Decimal(0)) { $0 + $1.value }
            var checks: [DatasetCheck] = []
            if let last = years.last {
                let withOrphans = last.amountParts.reduce(0, +) + orphanSum
                checks.append(DatasetChecks.verdict(
                    id: "last-year-continuation",
                    title: "\(last.date.wareki)の内訳（続く\(orphans.count)行を含む）の合計が計と一致する",
                    holds: withOrphans == last.amount,
                    expected: DatasetNumber.format(last.amount), actual: DatasetNumber.format(withOrphans),
                    rows: [String(years.count)], columns: ["amount"]))
            }
            // Row keys of a series are row numbers, as the importer numbers them.
            let amountFailures = years.indices.filter { index in
                years[index].amountParts.reduce(0, +) + (index == years.count - 1 ? orphanSum : 0) != years[index].amount
            }.map { String($0 + 1) }
            let countFailures = years.indices.filter { years[$0].countParts.reduce(0, +) != years[$0].count }.map { String($0 + 1) }
            for (column, noun, failures) in [("amount", "金額", amountFailures), ("count", "件数", countFailures)] {
                checks.append(DatasetChecks.verdict(
                    id: "breakdown-\(column)s", title: "資金種類別の\(noun)の合計が計と一致する年度の数", holds: failures.isEmpty,
                    expected: String(years.count), actual: String(years.count - failures.count), rows: failures, columns: [column]))
            }
            return Dataset(
                id: id, title: "", shape: .series, source: DatasetSource(document: document, lines: source),
                columns: DatasetColumn.declared(["fiscal_year", "label", "count", "amount"]), rows: rows, checks: checks
            ).described(by: shell)
        }

        /// A count in brackets, or nil for a cell that is not bracketed.
        private static func bracketed(_ text: String, row: LocatedTable.Row, source: SourceText) throws -> Decimal? {
            guard let inner = SourceText.bracketed(text) else { return nil }
            guard let value = NumberCell.parse(inner)?.value else {
                throw source.error(at: row.line, "count 「\(text)」 is not a number in brackets")
            }
            return value
        }
    }
}
