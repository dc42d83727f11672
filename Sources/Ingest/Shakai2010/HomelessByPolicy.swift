import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// The homeless counts of 平成15年 and 平成21年 split by whether the local government runs
    /// homelessness programmes (重点事項3(3)). The figure 参考4 draws from the same survey is lost;
    /// this table keeps its two end points.
    ///
    /// Not a declaration: the survey dates are in the header and its checks compare with rates in the prose.
    enum HomelessByPolicy {
        static let id = "shakai-homeless-shisaku-betsu"

        static func read(_ source: SourceText) throws -> Dataset {
            guard let table = firstTable(in: source) else {
                throw source.error(at: 1, "no table headed 平成15年調査 | 平成21年調査 with rows for 実施 and 未実施 自治体")
            }
            var implementing: (line: Int, values: [Decimal])?
            var notImplementing: (line: Int, values: [Decimal])?
            for row in table.body {
                let label = JapaneseText.matchKey(stripTags(row[0]))
                let values = try [row[1], row[2]].map { cell -> Decimal in
                    let text = cell.trimmingCharacters(in: .whitespaces)
                    guard let value = NumberCell.parse(text.hasSuffix("人") ? String(text.dropLast()) : text)?.value else {
                        throw source.error(at: row.line, "「\(cell)」 is not a number of people")
                    }
                    return value
                }
                if label.contains("未実施") { notImplementing = (row.line, values) } else if label.contains("実施") { implementing = (row.line, values) }
            }
            guard let implementing, let notImplementing else {
                throw source.error(at: table.firstLine, "the table lacks the 実施 or the 未実施 row")
            }
            let surveys = try surveyDates(table, source)
            let rates = statedDeclines(source)
            var checks: [DatasetCheck] = []
            for (key, title, values) in [("implementing", "実施自治体", implementing.values), ("not_implementing", "未実施自治体", notImplementing.values)] {
                guard let stated = rates[key] else {
                    checks.append(DatasetCheck(
                        id: "decline-\(key)", kind: .other, title: "\(title)の減少率が本文の値と一致する", result: .notCheckable,
                        columns: [key], explanation: "本文に減少率の記載が見つからない"))
                    continue
                }
                let decline = (values[0] - values[1]) / values[0] * 100
                let whole = Shakai2010.rounded(decline, places: 0)
                checks.append(DatasetCheck(
                    id: "decline-\(key)", kind: .other,
                    title: "\(title)のホームレス数の減少率（平成15年→21年）が本文の「\(stated)%減」と一致する（整数に丸めて比較）",
                    result: whole == Decimal(stated) ? .pass : .mismatch, expected: String(stated),
                    actual: DatasetNumber.format(Shakai2010.rounded(decline, places: 1)), columns: [key]))
            }
            return Dataset(
                id: id, title: "ホームレス対策の実施状況別ホームレス数",
                description: "ホームレス対策を実施している自治体と実施していない自治体のホームレス数（平成15年調査と平成21年調査）。",
                shape: .series, source: DatasetSource(document: document, lines: SourceLines(first: table.firstLine, last: table.lastLine)),
                asOf: DatasetDate(iso: surveys[1].iso, wareki: surveys[1].wareki),
                columns: PlaceDataset.periodColumns("survey", "調査") + [
                    DatasetColumn(key: "implementing", title: "ホームレス対策実施自治体のホームレス数", type: .integer, unit: "人"),
                    DatasetColumn(key: "not_implementing", title: "ホームレス対策未実施自治体のホームレス数", type: .integer, unit: "人"),
                ],
                rows: (0..<2).map { index in
                    [
                        surveys[index].iso, surveys[index].wareki, DatasetNumber.format(implementing.values[index]),
                        DatasetNumber.format(notImplementing.values[index]),
                    ]
                },
                notes: [
                    "調査は各年1月時点（ホームレスの実態に関する全国調査）。",
                    "参考4「ホームレス施策実施状況別のホームレス数推移(H15.1→H21.1)」のグラフは原資料に残っていない。この表はその両端の値にあたる。",
                ],
                checks: checks,
                charts: [ChartSpec(kind: .composition, columns: ["implementing", "not_implementing"])])
        }

        /// The two survey dates: the years from the table's header (`平成15年調査`), the month from the
        /// lost figure's caption where it survives (`(H15.1→H21.1)`).
        static func surveyDates(_ table: PipeTable, _ source: SourceText) throws -> [EraDate] {
            let header = table.rows.first?.cells.dropFirst().prefix(2) ?? []
            let years = header.compactMap { EraDate.parse(JapaneseText.matchKey($0).replacingOccurrences(of: "調査", with: "")) }
            guard years.count == 2 else {
                throw source.error(at: table.firstLine, "the header does not name two survey years such as 平成15年調査")
            }
            let caption = source.captionLine(containing: "ホームレス数推移(").map { source[$0] } ?? ""
            let dated = EraDate.matches(in: JapaneseText.foldWidth(caption)).map(\.date)
            return years.map { year in dated.first { $0.year == year.year && $0.month != nil } ?? year }
        }

        /// The first table whose header names both surveys and whose rows are about 実施自治体.
        static func firstTable(in source: SourceText) -> PipeTable? {
            source.pipeTables.first { table in
                let header = table.rows.first.map { $0.cells.map(JapaneseText.matchKey) } ?? []
                return header.contains("平成15年調査") && header.contains("平成21年調査")
                    && table.body.contains { stripTags($0[0]).contains("実施") }
            }
        }

        /// `実施自治体：42%減、未実施自治体：8%減` in the prose.
        static func statedDeclines(_ source: SourceText) -> [String: Int] {
            var result: [String: Int] = [:]
            guard let line = source.captionLine(containing: "未実施自治体："),
                  let regex = try? NSRegularExpression(pattern: "(未?)実施自治体[：:]\\s*([0-9]+)[%％]減")
            else { return result }
            let text = JapaneseText.foldWidth(source[line])
            let range = NSRange(text.startIndex..., in: text)
            for match in regex.matches(in: text, range: range) {
                guard let prefix = Range(match.range(at: 1), in: text), let number = Range(match.range(at: 2), in: text) else { continue }
                result[text[prefix].isEmpty ? "implementing" : "not_implementing"] = Int(text[number])
            }
            return result
        }

        static func stripTags(_ text: String) -> String {
            PipeTable.withoutTags(text)
        }
    }
}
