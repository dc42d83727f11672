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
    /// or merged a column), so a municipality's status is read only as far as the per-prefecture
    /// table (参考7 都道府県別策定状況) settles it (``StatusReading``): one status, two candidates,
    /// or blank where the prefecture's ○ cannot be reconciled with its counts.
    ///
    /// Not a declaration: a column-major list of 1,801 municipalities split over many pipe tables.
    enum MunicipalPlanList {
        static let id = "shakai-chiiki-fukushi-keikaku-shichoson"
        static let statuses = ["策定済", "策定予定", "策定未定"]

        struct Entry {
            let prefecture: Prefecture
            let name: String
            let line: Int
            /// The ○ cells of its group, and the group (page × position) they belong to.
            let marks: [String]
            let group: Int
        }

        static func read(_ source: SourceText, status table: Dataset, shell: Dataset) throws -> Dataset {
            let first = try LocatedTable.after(caption: "市町村地域福祉計画策定状況一覧", in: source)
            let captionLine = first.captionLine
            let chunks = chunks(source, from: first)
            var entries: [Entry] = []
            var current: Prefecture?
            // Each prefecture heads one group, every one of them once.
            var headings = PlaceRowCollector<Void>(source: source, withCities: false)
            for (page, chunk) in chunks.enumerated() {
                for (name, line, marks, position) in try columnMajorCells(chunk, source: source) {
                    if let prefecture = PrefectureResolver.prefecture(named: name), marks.allSatisfy(\.isEmpty) {
                        try headings.add(Place(prefecture), value: (), line: line)
                        current = prefecture
                        continue
                    }
                    guard let prefecture = current else {
                        throw source.error(at: line, "municipality 「\(name)」 comes before any prefecture heading")
                    }
                    entries.append(Entry(prefecture: prefecture, name: name, line: line, marks: marks, group: page * 10 + position))
                }
            }
            let lastLine = chunks.last?.lastLine ?? captionLine
            _ = try headings.sorted(tableLines: captionLine...lastLine)
            return dataset(entries, status: table, lines: SourceLines(first: captionLine, last: lastLine), shell: shell)
        }

        /// The tables from the first after the caption up to the first that is followed by
        /// anything but blank lines and another table.
        static func chunks(_ source: SourceText, from first: LocatedTable) -> [LocatedTable] {
            var table = first
            var chunks = [table]
            while true {
                let next = source.nextNonBlankLine(after: table.lastLine)
                guard next <= source.lines.count, LocatedTable.isTableLine(source[next]),
                      let following = LocatedTable.first(in: source, from: next)
                else { break }
                chunks.append(following)
                table = following
            }
            return chunks
        }

        /// The (name, line, ○ cells, group position) slots of a page, group by group. A column is a name column
        /// when some row holds text other than ○ in it; the columns up to the next name column are
        /// its ○ columns. Columns empty on the whole page are dropped from a group with more than
        /// three, the trace of a spurious empty column.
        static func columnMajorCells(_ table: LocatedTable, source: SourceText) throws -> [(String, Int, [String], Int)] {
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
            guard nameColumns.first == 0 else { throw source.error(at: table.firstLine, "the page's first column holds no names") }
            var slots: [(String, Int, [String], Int)] = []
            for (position, nameColumn) in nameColumns.enumerated() {
                let end = position + 1 < nameColumns.count ? nameColumns[position + 1] : width
                var markColumns = Array(nameColumn + 1..<end)
                if markColumns.count > 3 { markColumns = markColumns.filter { column in rows.contains { !$0[column].isEmpty } } }
                for row in rows {
                    let name = row[nameColumn].trimmingSpaces()
                    if name.isEmpty { continue }
                    slots.append((name, row.line, markColumns.map { JapaneseText.matchKey(row[$0]) }, position))
                }
            }
            return slots
        }

        /// The status a group's ○ cells give, when there are exactly three and one is marked.
        static func status(_ marks: [String]) -> String? {
            guard marks.count == 3, marks.filter({ $0 == "○" }).count == 1, let index = marks.firstIndex(of: "○") else { return nil }
            return statuses[index]
        }

        static func dataset(_ entries: [Entry], status table: Dataset, lines: SourceLines, shell: Dataset) -> Dataset {
            let stated = statedCounts(table)
            var checks: [DatasetCheck] = []
            var countFailures: [DatasetCheck] = []
            var groupCounts: [Int: [Int]] = [:]
            for entry in entries {
                var counts = groupCounts[entry.group] ?? Array(repeating: 0, count: entry.marks.count)
                for (column, mark) in entry.marks.enumerated() where mark == "○" && counts.indices.contains(column) { counts[column] += 1 }
                groupCounts[entry.group] = counts
            }
            var status: [String] = Array(repeating: "", count: entries.count)
            var settled: [Prefecture] = []
            var partly: [(Prefecture, Int)] = []
            var unread: [Prefecture] = []
            for prefecture in Prefecture.all {
                let own = entries.indices.filter { entries[$0].prefecture == prefecture }
                let expected = stated[prefecture.code]
                if let expected, own.count != expected.municipalities {
                    countFailures.append(DatasetChecks.verdict(
                        id: "count-\(prefecture.jisCode)", kind: .crossDataset,
                        title: "一覧の市町村数が都道府県別策定状況の市町村数と一致する（\(prefecture.name)）",
                        holds: false, expected: String(expected.municipalities), actual: String(own.count)))
                }
                guard let expected, let options = StatusReading.resolve(
                    marks: own.map { entries[$0].marks }, groups: own.map { entries[$0].group }, groupCounts: groupCounts,
                    stated: expected.statuses)
                else {
                    unread.append(prefecture)
                    continue
                }
                for (index, option) in zip(own, options) { status[index] = StatusReading.text(option) }
                let open = options.filter { $0.count > 1 }.count
                if open == 0 { settled.append(prefecture) } else { partly.append((prefecture, open)) }
            }
            if countFailures.isEmpty {
                checks.append(DatasetChecks.verdict(
                    id: "count", kind: .crossDataset,
                    title: "都道府県ごとの一覧の市町村数が都道府県別策定状況（shakai-chiiki-fukushi-keikaku）の市町村数と一致する",
                    holds: true, expected: String(stated.values.reduce(0) { $0 + $1.municipalities }), actual: String(entries.count)))
            }
            checks.append(contentsOf: countFailures)
            checks.append(DatasetChecks.verdict(
                id: "status-counts", kind: .crossDataset,
                title: "○の位置から読んだ策定状況が都道府県別策定状況の数と一致し、市町村ごとに確定する都道府県の数",
                holds: settled.count == 47, expected: "47", actual: String(settled.count)))
            let rows = entries.enumerated().map { index, entry in
                [String(index + 1), entry.prefecture.jisCode, entry.prefecture.name, entry.name, status[index], String(entry.line)]
            }
            return Dataset(
                id: id, title: "", shape: .list, source: DatasetSource(document: document, lines: lines),
                columns: DatasetColumn.declared(["no", "code", "prefecture", "municipality", "status", "line"]), rows: rows,
                checks: checks
            ).described(by: shell, readingValues(settled: settled.count, partly: partly, unread: unread, shell: shell))
        }

        /// The counts the note and the explanation of `status-counts` quote.
        static func readingValues(settled: Int, partly: [(Prefecture, Int)], unread: [Prefecture], shell: Dataset) -> [String: String] {
            var values = [
                "settled": String(settled), "partly": String(partly.count), "open_cells": String(partly.reduce(0) { $0 + $1.1 }),
                "partly_list": partly.map { "\($0.0.name)（\($0.1)）" }.joined(separator: "、"),
                "unread": String(unread.count), "unread_list": unread.map(\.name).joined(separator: "、"),
            ]
            values["unread_explanation"] = unread.isEmpty ? "" : shell.text("unread-explanation", values) ?? ""
            values["unread_note"] = unread.isEmpty ? "" : shell.text("unread-note", values) ?? ""
            return values
        }

        /// A prefecture's row of the per-prefecture table: its municipalities, then 済, 予定, 未定.
        struct StatusCounts {
            let municipalities: Int
            let statuses: [Int]
        }

        static func statedCounts(_ table: Dataset) -> [Int: StatusCounts] {
            let columns = ["code", "municipalities", "done", "planned", "undecided"].compactMap(table.columnIndex)
            var result: [Int: StatusCounts] = [:]
            for row in table.rows where columns.count == 5 {
                let values = columns.compactMap { Int(row[$0]) }
                guard values.count == 5 else { continue }
                result[values[0]] = StatusCounts(municipalities: values[1], statuses: Array(values[2...]))
            }
            return result
        }
    }
}
