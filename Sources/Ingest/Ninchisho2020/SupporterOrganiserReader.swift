import Content
import Foundation
import Japanese

/// R7 ② 実施主体別: the three organiser types (自治体型, 企業・団体型, 啓発型) with their supporters
/// and courses. Only 自治体型's supporter count stands beside its label; the other five numbers
/// are printed apart from their labels. Each is assigned by arithmetic on clean figures of other
/// tables, and a value is kept only when the number the arithmetic gives is printed in the block.
///
/// Not a declaration: values are recovered by arithmetic across blocks, not read from a grid.
struct SupporterOrganiserReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-supporters-by-organiser"

    /// The block alone, without the tables its figures are derived from: every derived value blank.
    func read(_ source: SourceText) throws -> [Dataset] { [try dataset(source, others: [])] }

    /// The block, its figures derived from the tables declared or read before it (the totals,
    /// both breakdowns by audience), so no table is read twice.
    func read(_ source: SourceText, declared: [Dataset]) throws -> [Dataset] { declared + [try dataset(source, others: declared)] }

    private func dataset(_ source: SourceText, others: [Dataset]) throws -> Dataset {
        guard let heading = source.firstLine(containing: "実施主体別のサポーター数・講座開催回数"),
              let municipalLine = source.firstLine(containing: "（自治体型）", from: heading, before: heading + 60),
              let municipal = Ninchisho.numbers(source[municipalLine]).last
        else {
            throw source.error(line: nil, "the block ② 実施主体別 with “（自治体型） N” is missing", fix: "check R7 ② in the source")
        }
        let blockEnd = LocatedTable.pageEnd(source, after: municipalLine)
        let block = source.nonBlankLines(heading...blockEnd)
        let printed = block.map { (line: $0, numbers: Ninchisho.numbers(source[$0])) }

        // Clean figures of the tables read before this one.
        let others = others.filter { !$0.isShell }
        let audience = others.first { $0.id == "ninchisho-supporters-by-audience" }
        let summary = others.first { $0.id == "ninchisho-supporters" }
        let municipalAudience = others.first { $0.id == Ninchisho.municipalByAudience }
        func cell(_ dataset: Dataset?, row: String, column: String) -> Decimal? {
            guard let dataset, let index = dataset.columnIndex(column),
                  let found = dataset.rows.first(where: { $0.first == row }) else { return nil }
            return DatasetNumber.parse(found[index])
        }
        let allSupporters = cell(summary, row: "認知症サポーター", column: "people")
        let allSessions = cell(summary, row: "認知症サポーター", column: "sessions")
        let companiesAll = cell(audience, row: "企業・団体", column: "people")
        let companiesMunicipal = cell(municipalAudience, row: "企業・団体", column: "people")
        // R11's 全国 row (`全国` + 12 numbers, the course count fourth of them).
        let domesticCourses = source.firstLine(containing: OverseasCaravanReader.caption).flatMap { caption in
            source.nonBlankLines(caption...source.lines.count).lazy.map { LocatedTable.tokens(source[$0]) }
                .first { $0.count == 13 && $0[0] == "全国" }
        }.flatMap { NumberCell.parse($0[4])?.value }

        var checks: [DatasetCheck] = []
        var companies: (people: Decimal, sessions: Decimal)?
        if let companiesAll, let companiesMunicipal {
            let value = companiesAll - companiesMunicipal
            // The company figure is printed with its course count on one line.
            if let pair = printed.first(where: { $0.numbers.count == 2 && $0.numbers[0] == value }) { companies = (value, pair.numbers[1]) }
            checks.append(DatasetChecks.verdict(
                id: "companies-derived", kind: .crossDataset,
                title: "企業・団体型＝受講対象者分類別の企業・団体（全体）−同（自治体型）であり、その数が原資料の②に印字されている",
                holds: companies != nil, expected: DatasetNumber.format(value), actual: companies.map { DatasetNumber.format($0.people) },
                columns: ["people", "sessions"]))
        }
        var awareness: Decimal?
        if let allSupporters, let companies {
            let value = allSupporters - municipal - companies.people
            awareness = printed.contains { $0.numbers == [value] } ? value : nil
            checks.append(DatasetChecks.verdict(
                id: "awareness-derived", title: "啓発型＝サポーター総数−自治体型−企業・団体型であり、その数が原資料の②に印字されている",
                holds: awareness != nil, expected: DatasetNumber.format(value), actual: awareness.map(DatasetNumber.format), columns: ["people"]))
        }
        // Of the two single course counts left, 自治体型's cannot be below the domestic 自治体型 courses of R11.
        var municipalSessions: Decimal?
        var awarenessSessions: Decimal?
        if let allSessions, let companies, let domesticCourses {
            let rest = allSessions - companies.sessions
            let singles = printed.filter { $0.numbers.count == 1 }.map { $0.numbers[0] }
            let pairs = singles.flatMap { a in singles.map { (a, $0) } }.filter { $0.0 + $0.1 == rest && $0.0 >= domesticCourses && $0.1 < domesticCourses }
            if pairs.count == 1, let pair = pairs.first {
                municipalSessions = pair.0
                awarenessSessions = pair.1
            }
            checks.append(DatasetChecks.verdict(
                id: "sessions-derived", kind: .crossDataset,
                title: "自治体型と啓発型の講座開催回数: 和が総回数−企業・団体型、自治体型が都道府県別表の全国の開催回数以上となる印字された数の組が一つだけある",
                holds: municipalSessions != nil, expected: DatasetNumber.format(rest),
                actual: municipalSessions.flatMap { a in awarenessSessions.map { DatasetNumber.format(a + $0) } }, columns: ["sessions"]))
        }
        let format: (Decimal?) -> String = { $0.map(DatasetNumber.format) ?? "" }
        var dataset = Dataset(
            id: Self.id, title: "",
            shape: .list, source: source.source(heading, blockEnd),
            asOf: summary?.asOf,
            columns: DatasetColumn.declared(["organiser", "people", "sessions"]),
            rows: [
                ["自治体型", DatasetNumber.format(municipal), format(municipalSessions)],
                ["企業・団体型", format(companies?.people), format(companies?.sessions)],
                ["啓発型", format(awareness), format(awarenessSessions)],
            ],
            totals: [allSupporters.map { StatedTotal(column: "people", label: "認知症サポーター数", value: DatasetNumber.format($0)) },
                     allSessions.map { StatedTotal(column: "sessions", label: "講座開催回数", value: DatasetNumber.format($0)) }].compactMap { $0 })
        dataset.checks = [
            DatasetChecks.columnSum(dataset, column: "people", title: "実施主体別の人数の合計がサポーター数と一致する"),
            DatasetChecks.columnSum(dataset, column: "sessions", title: "実施主体別の講座開催回数の合計が総回数と一致する"),
        ] + checks
        return dataset
    }
}
