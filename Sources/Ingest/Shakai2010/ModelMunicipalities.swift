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
            let inPrefectureColumn: Bool
        }

        static func read(_ source: SourceText) throws -> Dataset {
            let caption = "安心生活創造事業・地域福祉推進市町村について"
            let captionLine = try source.requireCaption(containing: caption)
            guard let table = PipeTable.first(in: source, from: captionLine + 1), let header = table.rows.first else {
                throw source.error(at: captionLine, "no table follows the caption 「\(caption)」")
            }
            let blocks = stride(from: 0, to: header.cells.count - 1, by: 2).compactMap { index -> (Int, String)? in
                header[index].isEmpty ? nil : (index, JapaneseText.matchKey(header[index]))
            }
            var entries: [Entry] = []
            var subtotals: [String: (value: Int, line: Int)] = [:]
            var total: (value: Int, line: Int)?
            for (index, block) in blocks {
                var current: Prefecture?
                for row in table.body {
                    let left = JapaneseText.matchKey(row[index])
                    let right = row[index + 1].trimmingSpaces()
                    if left == "小計" || left == "合計" {
                        guard let value = leadingNumber(right) else {
                            throw source.error(at: row.line, "\(left) 「\(right)」 has no number")
                        }
                        if left == "小計" { subtotals[block] = (value, row.line) } else { total = (value, row.line) }
                        continue
                    }
                    if let prefecture = PrefectureResolver.prefecture(named: left) {
                        current = prefecture
                    } else if !left.isEmpty {
                        // 芦屋市 is printed in the prefecture column with nothing beside it.
                        guard right.isEmpty, let prefecture = current else {
                            throw source.error(at: row.line, "「\(row[index])」 in the prefecture column is not a prefecture")
                        }
                        entries.append(Entry(block: block, prefecture: prefecture, name: left, line: row.line, inPrefectureColumn: true))
                        continue
                    }
                    if right.isEmpty { continue }
                    guard let prefecture = current else {
                        throw source.error(at: row.line, "municipality 「\(right)」 has no prefecture above it")
                    }
                    entries.append(Entry(block: block, prefecture: prefecture, name: right, line: row.line, inPrefectureColumn: false))
                }
            }
            return dataset(entries, blocks: blocks.map(\.1), subtotals: subtotals, total: total,
                           lines: SourceLines(first: captionLine, last: table.lastLine))
        }

        static func leadingNumber(_ text: String) -> Int? {
            Int(String(JapaneseText.foldWidth(text).prefix { $0.isASCII && $0.isNumber }))
        }

        static func dataset(
            _ entries: [Entry], blocks: [String], subtotals: [String: (value: Int, line: Int)], total: (value: Int, line: Int)?,
            lines: SourceLines
        ) -> Dataset {
            let missing = "原資料の表には小計より少ない数の市町村名しかなく、欠けている市町村は本文からは分からない（推測で補っていない）。"
            var checks = blocks.map { block in
                let listed = entries.filter { $0.block == block }.count
                let stated = subtotals[block]
                let result: CheckResult = stated == nil ? .notCheckable : stated?.value == listed ? .pass : .mismatch
                return DatasetCheck(
                    id: "block-\(blocks.firstIndex(of: block).map { $0 + 1 } ?? 0)", kind: .count,
                    title: "\(block)の市町村名の数が小計と一致する", result: result, expected: stated.map { String($0.value) },
                    actual: String(listed), explanation: result == .mismatch ? missing : nil)
            }
            if let total {
                checks.append(DatasetCheck(
                    id: "total", kind: .count, title: "市町村名の数が合計と一致する",
                    result: total.value == entries.count ? .pass : .mismatch, expected: String(total.value),
                    actual: String(entries.count), explanation: total.value == entries.count ? nil : missing))
            }
            let rows = entries.enumerated().map { index, entry in
                [String(index + 1), entry.block, entry.prefecture.jisCode, entry.prefecture.name, entry.name, String(entry.line)]
            }
            return Dataset(
                id: id, title: "安心生活創造事業 地域福祉推進市町村",
                description: "安心生活創造事業の地域福祉推進市町村（厚生労働省が選定）のうち、原資料に名前が挙がっているもの。ブロック別。",
                shape: .list, source: DatasetSource(document: document, lines: lines),
                columns: [
                    PlaceDataset.numberColumn,
                    DatasetColumn(key: "block", title: "ブロック", type: .text),
                    DatasetColumn(key: "code", title: "都道府県コード", type: .prefecture),
                    DatasetColumn(key: "prefecture", title: "都道府県", type: .text),
                    DatasetColumn(key: "municipality", title: "市町村名", type: .city),
                    PlaceDataset.lineColumn,
                ],
                rows: rows,
                notes: [
                    "原資料は合計\(total.map { String($0.value) } ?? "（記載なし）")市区町村とする（本文にも「現在52カ所」とある）が、表に名前があるのは\(entries.count)市町村。",
                    "芦屋市は原資料で都道府県の列に書かれている。上の兵庫県の市町村として扱っている。",
                    "ブロックは原資料のまま（山梨県は関東ブロック）。表に時点の記載はない。",
                ],
                checks: checks)
        }
    }
}
