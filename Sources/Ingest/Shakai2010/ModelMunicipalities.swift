import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 安心生活創造事業・地域福祉推進市町村: the model municipalities by regional block.
    ///
    /// Six blocks sit side by side as (都道府県, 市町村) column pairs; a blank prefecture cell
    /// repeats the one above. Each block ends with a 小計 row (`9市町`) and the last with the 合計
    /// (`52<br>市区町村`). The text names 47 municipalities against the stated 52; the missing five
    /// are not in the document and are not made up.
    ///
    /// Not a declaration: a list of names per prefecture, not a grid of figures.
    enum ModelMunicipalities {
        static let id = "shakai-anshin-seikatsu-shichoson"

        struct Entry {
            let block: String
            let prefecture: Prefecture
            let name: String
            let line: Int
        }

        static func read(_ source: SourceText, shell: Dataset) throws -> Dataset {
            let table = try LocatedTable.after(caption: "安心生活創造事業・地域福祉推進市町村について", in: source)
            let header = table.rows[0]
            let blocks = stride(from: 0, to: header.cells.count - 1, by: 2).compactMap { index -> (Int, String)? in
                header[index].isEmpty ? nil : (index, JapaneseText.matchKey(header[index]))
            }
            var entries: [Entry] = []
            var subtotals: [String: Int] = [:]
            var total: Int?
            for (index, block) in blocks {
                var current: Prefecture?
                for row in table.body {
                    let left = JapaneseText.matchKey(row[index])
                    let right = row[index + 1].trimmingSpaces()
                    if left == "小計" || left == "合計" {
                        guard let value = leadingNumber(right) else { throw source.error(at: row.line, "\(left) 「\(right)」 has no number") }
                        if left == "小計" { subtotals[block] = value } else { total = value }
                        continue
                    }
                    var name = right
                    if let prefecture = PrefectureResolver.prefecture(named: left) {
                        current = prefecture
                    } else if !left.isEmpty {
                        // 芦屋市 is printed in the prefecture column with nothing beside it.
                        guard right.isEmpty, current != nil else {
                            throw source.error(at: row.line, "「\(row[index])」 in the prefecture column is not a prefecture")
                        }
                        name = left
                    }
                    if name.isEmpty { continue }
                    guard let prefecture = current else {
                        throw source.error(at: row.line, "municipality 「\(name)」 has no prefecture above it")
                    }
                    entries.append(Entry(block: block, prefecture: prefecture, name: name, line: row.line))
                }
            }
            return dataset(entries, blocks: blocks.map(\.1), subtotals: subtotals, total: total,
                           lines: SourceLines(first: table.captionLine, last: table.lastLine), shell: shell)
        }

        static func leadingNumber(_ text: String) -> Int? { Int(String(JapaneseText.foldWidth(text).prefix { $0.isASCII && $0.isNumber })) }

        static func dataset(
            _ entries: [Entry], blocks: [String], subtotals: [String: Int], total: Int?,
            lines: SourceLines, shell: Dataset
        ) -> Dataset {
            let missing = shell.text("names-missing")
            var checks = blocks.enumerated().map { index, block in
                let listed = entries.filter { $0.block == block }.count
                let stated = subtotals[block]
                return DatasetChecks.verdict(
                    id: "block-\(index + 1)", kind: .count,
                    title: "\(block)の市町村名の数が小計と一致する", holds: stated.map { $0 == listed },
                    expected: stated.map(String.init), actual: String(listed), explanation: missing)
            }
            if let total {
                checks.append(DatasetChecks.verdict(
                    id: "total", kind: .count, title: "市町村名の数が合計と一致する", holds: total == entries.count,
                    expected: String(total), actual: String(entries.count), explanation: missing))
            }
            let rows = entries.enumerated().map { index, entry in
                [String(index + 1), entry.block, entry.prefecture.jisCode, entry.prefecture.name, entry.name, String(entry.line)]
            }
            return Dataset(
                id: id, title: "", shape: .list, source: DatasetSource(document: document, lines: lines),
                columns: DatasetColumn.declared(["no", "block", "code", "prefecture", "municipality", "line"]), rows: rows,
                checks: checks
            ).described(by: shell, ["listed": String(entries.count), "total": total.map(String.init)].compactMapValues { $0 })
        }
    }
}
