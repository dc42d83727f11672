import Content
import Foundation
import Japanese

extension Shakai2010 {
    /// 重点事項3(2): how many local governments ran homelessness programmes and the emergency
    /// shelter programme, 平成20年度 and 平成21年度 (counts written with a 自治体 suffix).
    ///
    /// Not a declaration: a transposed table (years across, kinds down) checked against the prose.
    enum HomelessProgrammes {
        static let id = "shakai-homeless-taisaku-jichitai"

        static func read(_ source: SourceText) throws -> Dataset {
            guard let table = firstTable(in: source), let header = table.rows.first else {
                throw source.error(at: 1, "no table headed 平成20年度 | 平成21年度 with a ホームレス対策実施自治体 row")
            }
            let years = try [1, 2].map { index -> EraDate in
                guard let date = EraDate.parse(JapaneseText.matchKey(header[index])), date.isFiscalYear else {
                    throw source.error(at: header.line, "header 「\(header[index])」 is not a fiscal year")
                }
                return date
            }
            var values: [String: [Decimal]] = [:]
            for row in table.body {
                let label = JapaneseText.matchKey(HomelessByPolicy.stripTags(row[0]))
                let key = label.hasPrefix("ホームレス対策実施自治体") ? "programmes" : label.hasPrefix("ホームレス緊急一時宿泊事業実施自治体") ? "shelters" : nil
                guard let key else { throw source.error(at: row.line, "row 「\(row[0])」 is not one of the two kinds of programme") }
                values[key] = try [row[1], row[2]].map { cell in
                    let text = JapaneseText.matchKey(cell)
                    guard let value = NumberCell.parse(text.hasSuffix("自治体") ? String(text.dropLast(3)) : text)?.value else {
                        throw source.error(at: row.line, "「\(cell)」 is not a count of local governments")
                    }
                    return value
                }
            }
            guard let programmes = values["programmes"], let shelters = values["shelters"] else {
                throw source.error(at: table.firstLine, "the table lacks one of its two rows")
            }
            return Dataset(
                id: id, title: "ホームレス対策実施自治体数",
                description: "ホームレス対策を実施している自治体と、ホームレス緊急一時宿泊事業（シェルター事業）を実施している自治体の数（平成20年度・平成21年度）。",
                shape: .series, source: DatasetSource(document: document, lines: SourceLines(first: table.firstLine, last: table.lastLine)),
                asOf: DatasetDate(iso: "2009-10", wareki: "平成21年10月"),
                columns: PlaceDataset.periodColumns("fiscal_year", "年度") + [
                    DatasetColumn(key: "programmes", title: "ホームレス対策実施自治体", type: .integer, unit: "自治体"),
                    DatasetColumn(key: "shelters", title: "ホームレス緊急一時宿泊事業実施自治体", type: .integer, unit: "自治体"),
                ],
                rows: years.indices.map { index in
                    [years[index].iso, years[index].wareki, DatasetNumber.format(programmes[index]), DatasetNumber.format(shelters[index])]
                },
                notes: ["緊急一時宿泊事業の平成21年度は平成21年10月末時点、国庫補助協議分（原資料の注記）。"],
                checks: [proseCheck(source, shelters: shelters)])
        }

        static func firstTable(in source: SourceText) -> PipeTable? {
            source.pipeTables.first { $0.body.contains { JapaneseText.matchKey($0[0]).hasPrefix("ホームレス対策実施自治体") } }
        }

        /// 重点事項1 says `平成20年度実施自治体 3自治体 → 平成21年実施自治体 28自治体` of the shelters.
        static func proseCheck(_ source: SourceText, shelters: [Decimal]) -> DatasetCheck {
            let title = "シェルター事業の実施自治体数（平成20年度→平成21年）が本文（重点事項1）の記載と一致する"
            guard let line = source.captionLine(containing: "平成21年実施自治体"),
                  let regex = try? NSRegularExpression(pattern: "平成20年度実施自治体\\s*([0-9]+)自治体\\s*→\\s*平成21年実施自治体\\s*([0-9]+)自治体")
            else {
                return DatasetCheck(id: "matches-prose", kind: .other, title: title, result: .notCheckable, explanation: "本文に該当の記載が見つからない")
            }
            let text = JapaneseText.foldWidth(source[line])
            guard let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)),
                  let first = Range(match.range(at: 1), in: text), let second = Range(match.range(at: 2), in: text)
            else {
                return DatasetCheck(id: "matches-prose", kind: .other, title: title, result: .notCheckable, explanation: "本文に該当の記載が見つからない")
            }
            let stated = "\(text[first])/\(text[second])"
            let actual = shelters.map(DatasetNumber.format).joined(separator: "/")
            return DatasetCheck(
                id: "matches-prose", kind: .other, title: title, result: stated == actual ? .pass : .mismatch, expected: stated,
                actual: actual, columns: ["shelters"])
        }
    }
}
