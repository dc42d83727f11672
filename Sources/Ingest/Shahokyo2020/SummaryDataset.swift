import Content
import Foundation
import Japanese

extension Shahokyo2020 {
    /// `shahokyo-prefectures`: per prefecture, the counts the summary states, the counts the list
    /// states, and the organisations the list names.
    enum SummaryDataset {
        static let id = "shahokyo-prefectures"
        /// The keys of the summary's counts and of the list's, 地域社保協, 準備会, 友好団体.
        static let summaryKeys = ["councils", "preparatory", "friendly"]
        static let listKeys = summaryKeys.map { "list_" + $0 }
        static let kinds = ["地域社保協", "準備会", "友好団体"]

        static func make(_ roster: RosterTables, shell: Dataset) -> Dataset {
            let summary = Dictionary(uniqueKeysWithValues: roster.summary.map { ($0.prefecture.code, $0) })
            let listed = Dictionary(uniqueKeysWithValues: roster.listed.map { ($0.prefecture.code, $0) })
            let named = OrganisationDataset.namedCounts(roster)
            var rows: [[String]] = []
            for prefecture in Prefecture.all {
                guard let row = summary[prefecture.code], let part = listed[prefecture.code] else { continue }
                let cells = row.counts.cells + part.stated.cells + (named[prefecture.code]?.cells ?? [.blank, .blank, .blank])
                rows.append([prefecture.jisCode, prefecture.name] + cells.map(Cells.format))
            }
            return Dataset(
                id: id, title: "", shape: .prefectures,
                source: DatasetSource(document: document, lines: SourceLines(first: roster.summaryLines.first, last: roster.listLines.last)),
                columns: DatasetColumn.declared(["code", "prefecture"] + ["", "list_", "named_"].flatMap { prefix in summaryKeys.map { prefix + $0 } }),
                rows: rows, totals: totals(roster), checks: checks(roster, named: named, blankIsZero: shell.blankIsZero)
            ).described(by: shell, quoted(roster))
        }

        /// The 全国 rows of the summary and of the list, each figure with its line.
        static func totals(_ roster: RosterTables) -> [StatedTotal] {
            let national = [(summaryKeys, roster.summaryNational.counts, roster.summaryNational.line),
                            (listKeys, roster.listNational.counts, roster.listNational.line)]
            return national.flatMap { keys, counts, line in
                zip(keys, counts.cells).compactMap { key, cell in
                    cell.value.map { StatedTotal(column: key, label: "全国", value: DatasetNumber.format($0), lines: SourceLines(first: line, last: line)) }
                }
            }
        }

        /// The headline and the grand total, which the notes quote with their lines.
        static func quoted(_ roster: RosterTables) -> [String: String] {
            var values: [String: String] = [:]
            if let headline = roster.headline { (values["headline"], values["headline_line"]) = (headline.text, String(headline.line)) }
            if let grand = roster.grandTotal, let value = grand.value.value {
                (values["grand"], values["grand_line"]) = (DatasetNumber.format(value), String(grand.line))
            }
            return values
        }

        static func checks(_ roster: RosterTables, named: [Int: KindCounts], blankIsZero: Bool) -> [DatasetCheck] {
            var checks: [DatasetCheck] = []
            func sum(_ cells: [NumberCell]) -> Decimal { cells.reduce(0) { $0 + ($1.value ?? 0) } }
            let councilSum = sum(roster.summary.map(\.prefectureCouncil))
            let summary = PlaceChecks(
                rows: roster.summary.map { checkRow($0.prefecture, [$0.prefectureCouncil] + $0.counts.cells) },
                totals: TotalsRow(
                    label: "全国", line: roster.summaryNational.line,
                    cells: ([roster.summaryNational.prefectureCouncil] + roster.summaryNational.counts.cells).map { .number($0) }),
                columns: zip(["prefecture_council"] + summaryKeys, ["都道府県社保協"] + kinds)
                    .map { PlaceColumn.number($0, $1, at: 0, unit: nil) },
                blankIsZero: blankIsZero)
            checks.append(summary.columnSum("prefecture_council").naming([]))
            checks += summaryKeys.map { summary.columnSum($0) }
            let list = PlaceChecks(
                rows: roster.listed.map { checkRow($0.prefecture, $0.stated.cells) },
                totals: TotalsRow(
                    label: "一覧表の全国", line: roster.listNational.line, cells: roster.listNational.counts.cells.map { .number($0) }),
                columns: zip(listKeys, kinds.map { "一覧表記載の\($0)数" })
                    .map { PlaceColumn.number($0, $1, at: 0, unit: nil) },
                blankIsZero: blankIsZero)
            checks += listKeys.map { list.columnSum($0) }
            if let grand = roster.grandTotal, let stated = grand.value.value {
                let computed = councilSum + sum(roster.summaryNational.counts.cells)
                checks.append(DatasetChecks.verdict(
                    id: "grand-total", title: "総合計が全国行の都道府県社保協・地域社保協・準備会・友好団体の合計と一致する",
                    holds: computed == stated, expected: DatasetNumber.format(stated),
                    actual: DatasetNumber.format(computed)))
            }
            var differing: [DatasetCheck] = []
            let listed = Dictionary(uniqueKeysWithValues: roster.listed.map { ($0.prefecture.code, $0) })
            for row in roster.summary.sorted(by: { $0.prefecture.code < $1.prefecture.code }) {
                guard let part = listed[row.prefecture.code], !row.counts.sameCounts(as: part.stated) else { continue }
                differing.append(DatasetChecks.verdict(
                    id: "summary-vs-list-\(row.prefecture.jisCode)",
                    title: "結成到達表と一覧表の数が一致する（\(row.prefecture.name)、地域社保協/準備会/友好団体）",
                    holds: false, expected: row.counts.triple, actual: part.stated.triple, rows: [row.prefecture.jisCode],
                    columns: summaryKeys + listKeys))
            }
            if differing.isEmpty {
                checks.append(DatasetChecks.verdict(id: "summary-vs-list", title: "結成到達表と一覧表の都道府県ごとの数が一致する", holds: true))
            }
            checks.append(contentsOf: differing)
            if let headline = roster.headline {
                checks.append(DatasetChecks.verdict(
                    id: "headline", title: "一覧表の見出しの数（都道府県数・地域社保協と友好組織の数・準備会の数）",
                    holds: nil, expected: headline.text))
            }
            return checks
        }

        /// A prefecture's cells as the check builder sees them.
        static func checkRow(_ prefecture: Prefecture, _ cells: [NumberCell]) -> PlaceChecks.Row {
            PlaceChecks.Row(
                key: prefecture.jisCode, idSuffix: prefecture.jisCode, label: prefecture.name, isCity: false,
                cells: cells.map { .number($0) })
        }
    }
}
