import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 参考1 平成22年度地域福祉課予算(案)の概要: budget items with the 平成21年 and 平成22年 amounts
    /// and their difference (▲ = minus), items (1)(2) being parts of the item above them.
    ///
    /// Not a declaration: a nested budget with ▲ differences and items that are parts of the item above.
    enum Budget {
        static let id = "shakai-yosan-h22"

        struct Item {
            let number: String
            let parent: String
            let name: String
            let amounts: [NumberCell]
            let note: String
        }

        static func read(_ source: SourceText, shell: Dataset) throws -> Dataset {
            let table = try LocatedTable.after(caption: "平成22年度地域福祉課予算(案)の概要", in: source)
            var items: [Item] = []
            var total: (line: Int, amounts: [NumberCell])?
            var parent = ""
            for row in table.body {
                let label = JapaneseText.normalizeName(row[0])
                if label.isEmpty {
                    // The 予 算 額 and 千円 rows under the header.
                    if (1...3).contains(where: { NumberCell.parse(row[$0])?.value != nil }) {
                        throw source.error(at: row.line, "amounts in a row without a budget item")
                    }
                    continue
                }
                var amountText: [String] = []
                let amounts = try (1...3).map { index -> NumberCell in
                    if let cell = NumberCell.parse(row[index]) { return cell }
                    // Item 1 has a boxed remark where its amount would be, not an amount.
                    guard row[index].contains("<") else { throw source.error(at: row.line, "amount 「\(row[index])」 is not a number") }
                    amountText.append(plainText(row[index]))
                    return .blank
                }
                if JapaneseText.matchKey(label) == "合計" {
                    total = (row.line, amounts)
                    continue
                }
                let (number, name) = split(label)
                guard !number.isEmpty else { throw source.error(at: row.line, "budget item 「\(label)」 has no item number") }
                let isPart = number.hasPrefix("(")
                if !isPart { parent = number }
                let note = (amountText.map { "予算額欄：" + $0 } + [plainText(row[4])]).filter { !$0.isEmpty }
                items.append(Item(
                    number: number, parent: isPart ? parent : "", name: name, amounts: amounts,
                    note: note.joined(separator: " ")))
            }
            guard let total else { throw source.error(at: table.lastLine, "the budget table has no 合計 row") }
            return dataset(items, total: total, lines: SourceLines(first: table.captionLine, last: table.lastLine), shell: shell)
        }

        /// `3 地方改善事業関係` → (`3`, name); `(1)地方改善施設整備費` → (`(1)`, name).
        static func split(_ label: String) -> (String, String) {
            let folded = JapaneseText.foldWidth(label)
            guard let match = folded.wholeMatch(of: #/(\([^)]*\)|[0-9]*)(.*)/#) else { return ("", folded) }
            return (String(match.1), String(match.2).trimmingSpaces())
        }

        /// Cell text without HTML, line breaks as spaces.
        static func plainText(_ cell: String) -> String {
            cell.replacingOccurrences(of: "<br/?>", with: " ", options: .regularExpression)
                .replacingOccurrences(of: "<[^>]+>", with: "", options: .regularExpression)
                .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }

        static func dataset(_ items: [Item], total: (line: Int, amounts: [NumberCell]), lines: SourceLines, shell: Dataset) -> Dataset {
            let keys = ["budget_2009", "budget_2010", "difference"]
            let differenceFailures = items.indices.filter { index in
                let item = items[index]
                guard let old = item.amounts[0].value, let new = item.amounts[1].value else { return false }
                return item.amounts[2].value != new - old
            }
            let totalDifferenceHolds = total.amounts[0].value.flatMap { old in total.amounts[1].value.map { $0 - old } } == total.amounts[2].value
            var checks = [DatasetChecks.verdict(
                id: "difference", kind: .rowIdentity, title: "差引が平成22年と平成21年の予算額の差と一致する（合計行を含む）",
                holds: differenceFailures.isEmpty && totalDifferenceHolds,
                rows: differenceFailures.map { String($0 + 1) }, columns: keys)]
            // Items 1 and 2 print a remark where their amounts would be (funds counted in another
            // budget, 「…の内数」), so the 合計 covers the top-level items that state an amount.
            let topLevel = items.indices.filter { items[$0].parent.isEmpty && items[$0].amounts.contains { $0.value != nil } }
            for (index, key) in keys.enumerated() {
                checks.append(CheckRules.columnSum(
                    id: "sum-\(key)", title: "事項の\(["平成21年予算額", "平成22年予算額(案)", "差引"][index])の合計が合計行と一致する",
                    column: key, stated: total.amounts[index].value, totalsLabel: "合計行",
                    values: topLevel.map { (String($0 + 1), items[$0].amounts[index].value) }) { _, _ in nil })
            }
            for parent in Set(items.map(\.parent)).filter({ !$0.isEmpty }).sorted() {
                guard let wholeIndex = items.firstIndex(where: { $0.number == parent }) else { continue }
                let whole = items[wholeIndex]
                let partIndexes = items.indices.filter { items[$0].parent == parent }
                let parts = partIndexes.map { items[$0] }
                let holds = (0..<3).allSatisfy { index in
                    parts.reduce(Decimal(0)) { $0 + ($1.amounts[index].value ?? 0) } == whole.amounts[index].value
                }
                checks.append(DatasetChecks.verdict(
                    id: "parts-of-\(parent)", kind: .rowIdentity, title: "\(whole.name)の内訳（" + parts.map(\.number).joined(separator: "、") + "）の合計が一致する",
                    holds: holds, rows: ([wholeIndex] + partIndexes).map { String($0 + 1) }, columns: keys))
            }
            let totalLines = SourceLines(first: total.line, last: total.line)
            return Dataset(
                id: id, title: "", shape: .list, source: DatasetSource(document: document, lines: lines),
                columns: DatasetColumn.declared(["no", "item_number", "parent", "item"] + keys + ["note"]),
                rows: items.enumerated().map { index, item in
                    [String(index + 1), item.number, item.parent, item.name] + item.amounts.map(Cells.format) + [item.note]
                },
                totals: zip(keys, total.amounts).compactMap { key, cell in
                    cell.value.map { StatedTotal(column: key, label: "合計", value: DatasetNumber.format($0), lines: totalLines) }
                },
                checks: checks
            ).described(by: shell)
        }
    }
}
