import Foundation
import Content
import Japanese

/// R1 認知症疾患医療センター一覧: 456 entries with no title or header; only the type legend
/// `※類型（1：基幹型、2：地域型、3：連携型）` marks the start.
///
/// Not a declaration: a 456-entry list with no caption or header, found by its type legend, not a grid of figures.
struct CentreListReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-centres"
    static let legend = "類型（1：基幹型、2：地域型、3：連携型）"
    static let typeNames = [1: "基幹型", 2: "地域型", 3: "連携型"]

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let legendLine = source.firstLine(containing: Self.legend) else {
            throw source.error(line: nil, "the legend “\(Self.legend)” of the centre list is missing", fix: "restore the list R1 or unregister CentreListReader")
        }
        let records = try CentreRecordParser(source: source).records(after: legendLine)
        guard let last = records.last else {
            throw source.error(line: legendLine + 1, "no centre entry (`1 都道府県 …`) follows the legend", fix: "check the list R1 in the source")
        }
        let rows = records.map { record -> [String] in
            let prefecture = record.authority.prefecture
            return [
                String(record.number), prefecture?.jisCode ?? "", prefecture?.name ?? "", record.authority.city ?? "",
                record.name, record.operatorName, record.designated.iso, record.originalDesignation?.iso ?? "", record.address,
                Self.typeNames[record.type] ?? "",
            ]
        }
        var dataset = Dataset(
            id: Self.id, title: "",
            shape: .list, source: source.source(legendLine, last.lines.upperBound),
            columns: DatasetColumn.declared(["no", "code", "prefecture", "city", "name", "operator", "designated", "first_designated", "address", "type"]),
            rows: rows)
        dataset.checks = Self.checks(records, dataset: dataset)
        return [dataset, try Self.counts(records, source: source, lines: dataset.source)]
    }

    static let countsID = "ninchisho-centre-counts"

    /// The list counted by designating authority and type: each prefecture's own centres, and
    /// those of its designated cities on their own rows.
    static func counts(_ records: [CentreRecord], source: SourceText, lines: DatasetSource) throws -> Dataset {
        var table = PrefectureRows(source: source, withCities: true)
        var groups: [PrefectureMatch: [CentreRecord]] = [:]
        for prefecture in Prefecture.all { groups[.prefecture(prefecture)] = [] }
        for record in records { groups[record.authority, default: []].append(record) }
        for (authority, members) in groups {
            guard let prefecture = authority.prefecture else { continue }
            let values = [members.count] + (1...3).map { type in members.filter { $0.type == type }.count }
            try table.add(prefecture: prefecture, city: authority.city, values: values.map(String.init), line: members.first?.lines.lowerBound ?? lines.lines.first)
        }
        return Dataset(
            id: countsID, title: "",
            shape: .prefectures, source: lines,
            columns: DatasetColumn.declared(["code", "prefecture", "city", "centres", "kikan", "chiiki", "renkei"]),
            rows: try table.csvRows(tableLines: lines.lines.first...lines.lines.last))
    }

    static func checks(_ records: [CentreRecord], dataset: Dataset) -> [DatasetCheck] {
        let inconsistent = records.filter { !$0.inconsistentDates.isEmpty }
        let reversed = records.filter { record in record.originalDesignation.map { $0 > record.designated } ?? false }
        let sameDay = records.filter { $0.originalDesignation == $0.designated }
        // Numbering needs no check of its own: the parser accepts only the next number in sequence.
        var checks = [
            DatasetChecks.verdict(
                id: "era-dates", title: "指定日がその元号の期間内の日付である", holds: inconsistent.isEmpty,
                expected: inconsistent.first?.inconsistentDates.first, actual: inconsistent.first?.designated.iso,
                rows: inconsistent.map { String($0.number) }, columns: ["designated", "first_designated"],
                explanation: inconsistent.map {
                    "番号\($0.number)の「\($0.inconsistentDates.joined(separator: "、"))」は元号が改まった後の日付を旧元号で書いたもの（存在しない和暦日）。西暦に換算して \($0.designated.iso) と記録した"
                }.joined(separator: "; ")),
            DatasetChecks.verdict(
                id: "first-before-current", title: "当初指定日が指定日より後でない", holds: reversed.isEmpty,
                rows: reversed.map { String($0.number) }, columns: ["designated", "first_designated"]),
        ]
        if !sameDay.isEmpty {
            checks.append(DatasetChecks.verdict(
                id: "first-equals-current", title: "当初指定日が括弧書きされている場合は指定日と異なる", holds: false,
                rows: sameDay.map { String($0.number) }, columns: ["designated", "first_designated"],
                explanation: sameDay.map { "番号\($0.number)は指定日と当初指定日が同じ（\($0.designated.iso)）" }.joined(separator: "; ")))
        }
        return checks
    }
}
