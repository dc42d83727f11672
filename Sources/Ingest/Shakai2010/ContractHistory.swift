import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 参考6 3(1) 契約状況の推移（対象者別）: new contracts of 日常生活自立支援事業 per period, each
    /// row of counts followed by a row of 構成比(%); the last pair gives 実利用者数 (users at the
    /// end of 平成21年11月), which the per-prefecture table ③ states too and is checked against it.
    ///
    /// Not a declaration: count rows alternate with share rows and the last row is a different measure.
    enum ContractHistory {
        static let id = "shakai-nichijo-jiritsu-keiyaku-suii"
        static let groups = ["dementia", "intellectual", "mental", "other", "total", "welfare_recipients"]

        struct Period {
            let date: EraDate
            let label: String
            let line: Int
            let counts: [NumberCell]
            var shares: [NumberCell] = []
        }

        static func read(_ source: SourceText, shell: Dataset) throws -> (dataset: Dataset, users: [NumberCell]?) {
            let table = try LocatedTable.after(caption: "契約状況の推移（対象者別）", in: source)
            var periods: [Period] = []
            var users: (line: Int, counts: [NumberCell])?
            var lastMeasure = ""
            for row in table.body {
                let measure = JapaneseText.matchKey(row[1])
                let cells = try (2...7).map { try source.number(row[$0], at: row.line) }
                switch measure {
                case "契約件数":
                    let label = JapaneseText.matchKey(row[0].replacingOccurrences(of: "<br>", with: ""))
                    let start = label.components(separatedBy: "～").first ?? label
                    guard let date = EraDate.parse(start) else { throw source.error(at: row.line, "period 「\(row[0])」 is not a date") }
                    periods.append(Period(date: date, label: label, line: row.line, counts: cells))
                case "実利用者数":
                    users = (row.line, cells)
                case "構成比(%)":
                    if lastMeasure == "契約件数", !periods.isEmpty { periods[periods.count - 1].shares = cells }
                default:
                    throw source.error(at: row.line, "row kind 「\(row[1])」 is neither 契約件数, 実利用者数 nor 構成比(%)")
                }
                lastMeasure = measure
            }
            if let bad = periods.first(where: { $0.shares.count != groups.count }) {
                throw source.error(at: bad.line, "no 構成比(%) row follows the counts of \(bad.label)")
            }
            let lines = SourceLines(first: table.captionLine, last: table.lastLine)
            return (dataset(periods, users: users, lines: lines, shell: shell), users?.counts)
        }

        static func dataset(_ periods: [Period], users: (line: Int, counts: [NumberCell])?, lines: SourceLines, shell: Dataset) -> Dataset {
            let titles = ["認知症高齢者など", "知的障害者など", "精神障害者など", "その他", "計", "うち生活保護"]
            let shareIndexes = groups.indices.filter { groups[$0] != "total" }
            let rows = periods.map { period in
                [period.date.iso, period.label] + period.counts.map(Cells.format)
                    + shareIndexes.map { Cells.format(period.shares[$0]) }
            }
            let shareFailures = periods.indices.filter { index in
                let period = periods[index]
                guard let total = period.counts[4].value, total != 0 else { return true }
                return shareIndexes.contains { index in
                    guard let count = period.counts[index].value, let share = period.shares[index].value else { return false }
                    return Cells.rounded(count / total * 100, places: 1) != share
                }
            }
            let shares = DatasetChecks.verdict(
                id: "shares", title: "構成比が契約件数と計から計算した割合（小数第1位に丸め）と一致する",
                holds: shareFailures.isEmpty, rows: shareFailures.map { String($0 + 1) })
            // The users row, quoted in a note: 「認知症高齢者など 17252、…」 and its line.
            let quoted = users.map { users in
                ["users_line": String(users.line), "users": zip(titles, users.counts).compactMap { title, cell in
                    cell.value.map { "\(title) \(DatasetNumber.format($0))" }
                }.joined(separator: "、")]
            }
            var dataset = Dataset(
                id: id, title: "", shape: .series, source: DatasetSource(document: document, lines: lines),
                columns: DatasetColumn.declared(["period", "label"] + groups + shareIndexes.map { groups[$0] + "_share" }), rows: rows)
            dataset.checks = DatasetChecks.rowIdentity(
                dataset, id: "total-is-groups", title: "計が対象者別の契約件数の合計と一致する", result: "total",
                plus: Array(groups[0...3])) + [shares]
            return dataset.described(by: shell, quoted ?? [:])
        }
    }
}
