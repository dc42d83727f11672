import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 市町村地域福祉計画策定状況一覧 (平成21年10月16日現在): every municipality under its
    /// prefecture, with its status where the status can be trusted.
    ///
    /// The list is a run of tables, one per page, each with three column groups (name, then ○
    /// columns) read column by column; a prefecture's name on a row of its own starts its
    /// municipalities. The ○ columns did not survive conversion on every page (some groups lost
    /// or merged a column), so a municipality's status is read by position only in groups with
    /// exactly three ○ columns, and kept only for prefectures whose status counts then equal the
    /// per-prefecture table (参考7 都道府県別策定状況).
    ///
    /// Not a declaration: a column-major list of 1,801 municipalities split over many pipe tables.
    enum MunicipalPlanList {
        static let id = "shakai-chiiki-fukushi-keikaku-shichoson"
        static let statuses = ["策定済", "策定予定", "策定未定"]

        struct Entry {
            let prefecture: Prefecture
            let name: String
            let line: Int
            let status: String?
        }

        static func read(_ source: SourceText, status table: Dataset) throws -> Dataset {
            let captionLine = try source.requireCaption(containing: "市町村地域福祉計画策定状況一覧")
            let chunks = try chunks(source, after: captionLine)
            var entries: [Entry] = []
            var current: Prefecture?
            var seen: [Int: Int] = [:]
            for chunk in chunks {
                for (name, line, marks) in try columnMajorCells(chunk, source: source) {
                    if let prefecture = PrefectureResolver.prefecture(named: name), marks.allSatisfy(\.isEmpty) {
                        if let earlier = seen[prefecture.code] {
                            throw source.error(at: line, "「\(name)」 heads a second group (first at line \(earlier))")
                        }
                        seen[prefecture.code] = line
                        current = prefecture
                        continue
                    }
                    guard let prefecture = current else {
                        throw source.error(at: line, "municipality 「\(name)」 comes before any prefecture heading")
                    }
                    entries.append(Entry(prefecture: prefecture, name: name, line: line, status: status(marks)))
                }
            }
            let missing = Prefecture.all.filter { seen[$0.code] == nil }
            if !missing.isEmpty {
                throw source.error(at: captionLine, "the list has no heading for " + missing.map(\.name).joined(separator: "、"))
            }
            let lastLine = chunks.last?.lastLine ?? captionLine
            return dataset(entries, status: table, lines: SourceLines(first: captionLine, last: lastLine))
        }

        /// The tables from the first after the caption up to the first that is followed by
        /// anything but blank lines and another table.
        static func chunks(_ source: SourceText, after captionLine: Int) throws -> [PipeTable] {
            guard var table = PipeTable.first(in: source, from: captionLine + 1) else {
                throw source.error(at: captionLine, "no table follows the caption 「市町村地域福祉計画策定状況一覧」")
            }
            var chunks = [table]
            while true {
                var next = table.lastLine + 1
                while next <= source.lines.count, source[next].trimmingCharacters(in: .whitespaces).isEmpty { next += 1 }
                guard next <= source.lines.count, PipeTable.isTableLine(source[next]),
                      let following = PipeTable.first(in: source, from: next)
                else { break }
                chunks.append(following)
                table = following
            }
            return chunks
        }

        /// The (name, line, ○ cells) slots of a page, group by group. A column is a name column
        /// when some row holds text other than ○ in it; the columns up to the next name column are
        /// its ○ columns. Columns empty on the whole page are dropped from a group with more than
        /// three, the trace of a spurious empty column.
        static func columnMajorCells(_ table: PipeTable, source: SourceText) throws -> [(String, Int, [String])] {
            let rows = table.rows.filter { row in
                !row.isEmpty && !row.cells.contains { JapaneseText.matchKey($0) == "市町村名" }
            }
            let width = rows.map(\.cells.count).max() ?? 0
            let nameColumns = (0..<width).filter { column in
                rows.contains { row in
                    let text = JapaneseText.matchKey(row[column])
                    return !text.isEmpty && text != "○"
                }
            }
            guard nameColumns.first == 0 else {
                throw source.error(at: table.firstLine, "the page's first column holds no names")
            }
            var slots: [(String, Int, [String])] = []
            for (position, nameColumn) in nameColumns.enumerated() {
                let end = position + 1 < nameColumns.count ? nameColumns[position + 1] : width
                var markColumns = Array(nameColumn + 1..<end)
                if markColumns.count > 3 {
                    markColumns = markColumns.filter { column in rows.contains { !$0[column].isEmpty } }
                }
                for row in rows {
                    let name = row[nameColumn].trimmingCharacters(in: .whitespaces)
                    if name.isEmpty { continue }
                    slots.append((name, row.line, markColumns.map { JapaneseText.matchKey(row[$0]) }))
                }
            }
            return slots
        }

        /// The status a group's ○ cells give, when there are exactly three and one is marked.
        static func status(_ marks: [String]) -> String? {
            guard marks.count == 3, marks.filter({ $0 == "○" }).count == 1, let index = marks.firstIndex(of: "○") else {
                return nil
            }
            return statuses[index]
        }

        static func dataset(_ entries: [Entry], status table: Dataset, lines: SourceLines) -> Dataset {
            let stated = statedCounts(table)
            var checks: [DatasetCheck] = []
            var countFailures: [DatasetCheck] = []
            var trusted: Set<Int> = []
            var statusFailures: [Prefecture] = []
            for prefecture in Prefecture.all {
                let own = entries.filter { $0.prefecture == prefecture }
                let expected = stated[prefecture.code]
                if let expected, own.count != expected.municipalities {
                    countFailures.append(DatasetCheck(
                        id: "count-\(prefecture.jisCode)", kind: .crossDataset,
                        title: "一覧の市町村数が都道府県別策定状況の市町村数と一致する（\(prefecture.name)）",
                        result: .mismatch, expected: String(expected.municipalities), actual: String(own.count)))
                }
                let counts = statuses.map { name in own.filter { $0.status == name }.count }
                if let expected, counts == [expected.done, expected.planned, expected.undecided] {
                    trusted.insert(prefecture.code)
                } else {
                    statusFailures.append(prefecture)
                }
            }
            if countFailures.isEmpty {
                checks.append(DatasetCheck(
                    id: "count", kind: .crossDataset,
                    title: "都道府県ごとの一覧の市町村数が都道府県別策定状況（shakai-chiiki-fukushi-keikaku）の市町村数と一致する",
                    result: .pass, expected: String(stated.values.reduce(0) { $0 + $1.municipalities }), actual: String(entries.count)))
            }
            checks.append(contentsOf: countFailures)
            checks.append(DatasetCheck(
                id: "status-counts", kind: .crossDataset,
                title: "策定済・策定予定・策定未定の数が都道府県別策定状況と一致する都道府県の数",
                result: statusFailures.isEmpty ? .pass : .mismatch, expected: "47", actual: String(trusted.count),
                explanation: statusFailures.isEmpty ? nil : "原資料の○の列はページによって欠けたり統合されたりしており（○の列が1つしかない、空の列がある、策定済と策定予定が同じ列に入っている等）、次の都道府県では市町村ごとの策定状況を確定できないため空欄としている：" + statusFailures.map(\.name).joined(separator: "、") + "。"))
            let rows = entries.enumerated().map { index, entry in
                [
                    String(index + 1), entry.prefecture.jisCode, entry.prefecture.name, entry.name,
                    trusted.contains(entry.prefecture.code) ? entry.status ?? "" : "", String(entry.line),
                ]
            }
            return Dataset(
                id: id, title: "市町村地域福祉計画策定状況一覧",
                description: "市町村ごとの地域福祉計画の策定状況（平成21年10月16日現在）。策定状況は、原資料から確実に読み取れる都道府県についてのみ示す。",
                shape: .list, source: DatasetSource(document: document, lines: lines),
                asOf: DatasetDate(iso: "2009-10-16", wareki: "平成21年10月16日"),
                columns: [PlaceDataset.numberColumn] + PlaceDataset.keyColumns(withCities: false) + [
                    DatasetColumn(key: "municipality", title: "市町村名", type: .city),
                    DatasetColumn(key: "status", title: "策定状況", type: .text),
                    PlaceDataset.lineColumn,
                ],
                rows: rows,
                notes: [
                    "原資料の注記：市町村地域福祉計画及び都道府県地域福祉支援計画の策定状況等調査(社援地発第0227001号 平成21年2月27日付)に基づき作成。",
                    "策定状況は、○の位置から読んだ策定済・策定予定・策定未定の数が都道府県別策定状況の表と一致した\(trusted.count)都道府県についてのみ示し、それ以外は空欄（原資料の○の列が変換で崩れているため）。",
                    "市町村名は原資料のまま。読み取りの誤りとみられるもの：二セコ町（ニセコ町）、鱒ヶ沢町（鰺ヶ沢町）、長瀨町（長瀞町）、皷沢町（鰍沢町）、斧北町（芦北町）、始良町（姶良町）。",
                ],
                checks: checks)
        }

        struct StatusCounts {
            let municipalities: Int
            let done: Int
            let planned: Int
            let undecided: Int
        }

        static func statedCounts(_ table: Dataset) -> [Int: StatusCounts] {
            guard let code = table.columnIndex("code"), let total = table.columnIndex("municipalities"),
                  let done = table.columnIndex("done"), let planned = table.columnIndex("planned"),
                  let undecided = table.columnIndex("undecided")
            else { return [:] }
            var result: [Int: StatusCounts] = [:]
            for row in table.rows {
                guard let key = Int(row[code]), let a = Int(row[total]), let b = Int(row[done]), let c = Int(row[planned]),
                      let d = Int(row[undecided])
                else { continue }
                result[key] = StatusCounts(municipalities: a, done: b, planned: c, undecided: d)
            }
            return result
        }
    }
}
