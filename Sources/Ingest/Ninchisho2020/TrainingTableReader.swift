import Foundation
import Content
import Japanese

/// R3: numbered rows `N 都道府県|指定都市 n n …` (1–47 the prefectures in JIS order, 48–67 the
/// designated cities), then a totals line, the group-training lines, the caption and the labels.
///
/// Not a declaration (R4 and R5, the same layout, are): the hospital-staff course adds
/// `団体研修分（～30） N` and `合計 M` lines between the totals and the caption, whose sum is
/// checked against the table's cumulative total.
struct TrainingTableReader: TableReader {
    static let document = Ninchisho.document

    /// A training course: its column-key stem and its name.
    struct Group: Sendable {
        let key: String
        let title: String
    }

    /// The figures given for each course: key suffix and heading.
    struct Measure: Sendable {
        let suffix: String
        let title: String
    }

    let id: String
    let caption: String
    let title: String
    let description: String
    let groups: [Group]
    let measures: [Measure]
    let notes: [String]

    static let medical = TrainingTableReader(
        id: "ninchisho-medical-training-h30", caption: "認知症地域医療支援事業における研修実施状況調べ",
        title: "認知症地域医療支援事業における研修実施状況（平成30年度）",
        description: "認知症サポート医養成研修と医療従事者向け認知症対応力向上研修の修了者数（平成30年度、平成29年度までの累計、累計）。",
        groups: [
            Group(key: "support_doctor", title: "認知症サポート医養成研修"),
            Group(key: "support_doctor_followup", title: "認知症サポート医フォローアップ研修"),
            Group(key: "gp", title: "かかりつけ医認知症対応力向上研修"),
            Group(key: "dentist", title: "歯科医師認知症対応力向上研修"),
            Group(key: "pharmacist", title: "薬剤師認知症対応力向上研修"),
            Group(key: "nurse", title: "看護職員認知症対応力向上研修"),
            Group(key: "hospital_staff", title: "病院勤務の医療従事者向け認知症対応力向上研修"),
        ],
        measures: [
            Measure(suffix: "h30", title: "①30年度修了者"), Measure(suffix: "to_h29", title: "②29まで累計"),
            Measure(suffix: "total", title: "①＋②累計"),
        ],
        notes: [
            "各研修の累計の対象年度は原資料の見出しによる: サポート医養成研修 17'-30'、フォローアップ研修 22'-30'、かかりつけ医 18'-30'、歯科医師・薬剤師・看護職員 28'-30'、病院勤務の医療従事者向け 25'-30'。",
            "行1–47は都道府県、行48–67は指定都市（都道府県の値に指定都市の値は含まれない）。",
        ])

    var width: Int { groups.count * measures.count }

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let captionLine = source.firstLine(containing: caption) else {
            throw source.error(line: nil, "the caption “\(caption)” is missing", fix: "restore the table or unregister the reader for \(id)")
        }
        // Between the last row and the caption: the totals line and, in R3, the group-training lines.
        var lastRow = captionLine - 1
        while lastRow >= 1, row(source[lastRow]) == nil { lastRow -= 1 }
        let rowLines = Ninchisho.dataLines(source, before: lastRow + 1) { row($0) != nil }
        guard let first = rowLines.first, lastRow >= 1, captionLine - lastRow < 20 else {
            throw source.error(line: captionLine, "no numbered rows before the caption", fix: "check the table in the source")
        }
        var table = PrefectureRows(source: source, withCities: true)
        for (index, line) in rowLines.enumerated() {
            guard let row = row(source[line]) else { continue }
            guard row.serial == index + 1 else {
                throw source.error(
                    line: line, "row number \(row.serial) where \(index + 1) was expected",
                    fix: "a row is missing or out of order; check the table in the source")
            }
            let values = try row.values.enumerated().map { try Cells.number($1, line: line, in: source, column: keys[$0]) }
            try table.add(label: row.label, values: values, line: line)
            if row.serial <= 47, PrefectureResolver.prefecture(named: row.label)?.code != row.serial {
                throw source.error(line: line, "row \(row.serial) is \(row.label), not the prefecture with JIS code \(row.serial)", fix: "check the row order")
            }
        }
        var totals: [StatedTotal] = []
        var extraLines: [Int] = []
        for line in (lastRow + 1)..<captionLine where !source[line].allSatisfy(\.isWhitespace) {
            let tokens = Ninchisho.tokens(source[line])
            if totals.isEmpty, tokens.count == width, tokens.allSatisfy(Ninchisho.isNumber) {
                totals = try zip(keys, tokens).map {
                    StatedTotal(column: $0, label: "合計", value: try Cells.number($1, line: line, in: source, column: $0), lines: SourceLines(first: line, last: line))
                }
            } else {
                extraLines.append(line)
            }
        }
        let labelEnd = Self.labelEnd(source, after: captionLine)
        var notes = self.notes
        var extraChecks: [DatasetCheck] = []
        (notes, extraChecks) = groupTraining(source, lines: extraLines, totals: totals, notes: notes)
        let headerStart = Self.headerStart(source, before: first)
        var dataset = Dataset(
            id: id, title: title, description: description, shape: .prefectures,
            source: source.source(headerStart, labelEnd),
            asOf: Ninchisho.asOf(source, line: captionLine) ?? Ninchisho.asOf(source, line: source.firstLine(containing: "平成30年度", from: headerStart, before: first)),
            columns: table.keyColumns + groups.flatMap { group in
                measures.map { DatasetColumn(key: "\(group.key)_\($0.suffix)", title: "\(group.title) \($0.title)", type: .integer, unit: "人") }
            },
            rows: try table.csvRows(tableLines: first...lastRow), totals: totals, notes: notes,
            charts: [ChartSpec(kind: .rankedBar, columns: [keys[measures.count - 1]])])
        dataset.checks = keys.map { key in
            let heading = dataset.columns.first { $0.key == key }?.title ?? key
            return DatasetChecks.columnSum(dataset, column: key, title: "\(heading)の合計（都道府県＋指定都市）が原資料の合計と一致する")
        }
        dataset.checks += groups.flatMap { group in
            DatasetChecks.rowIdentity(
                dataset, id: "identity-\(group.key)", title: "\(group.title): ①＋②＝累計",
                result: "\(group.key)_total", plus: ["\(group.key)_h30", "\(group.key)_to_h29"])
        }
        dataset.checks += extraChecks
        dataset.checks.append(DatasetChecks.count(
            id: "count-rows", title: "47都道府県と20指定都市の行がある", expected: 67, actual: dataset.rows.count))
        return [dataset]
    }

    var keys: [String] {
        groups.flatMap { group in measures.map { "\(group.key)_\($0.suffix)" } }
    }

    /// `(serial, label, cells)` for a line that opens with a row number and a prefecture or
    /// designated city and has `width` cells after it. The cells are not checked here, so that a
    /// cell that is not a number is reported on its own line rather than losing the row.
    func row(_ line: String) -> (serial: Int, label: String, values: [String])? {
        let tokens = Ninchisho.tokens(line)
        guard tokens.count > width + 1, let serial = Int(tokens[0]) else { return nil }
        let values = Array(tokens.suffix(width))
        let label = tokens[1..<(tokens.count - width)].joined()
        guard let match = PrefectureResolver.resolve(label), match.prefecture != nil else { return nil }
        return (serial, label, values)
    }

    /// R3 adds `団体研修分（～30） N` and `合計 M` for the hospital-staff course.
    private func groupTraining(_ source: SourceText, lines: [Int], totals: [StatedTotal], notes: [String]) -> ([String], [DatasetCheck]) {
        var group: (Decimal, Int)?
        var grand: (Decimal, Int)?
        for line in lines {
            let tokens = Ninchisho.tokens(source[line])
            guard tokens.count == 2, let value = NumberCell.parse(tokens[1])?.value else { continue }
            if tokens[0].hasPrefix("団体研修分") { group = (value, line) }
            if tokens[0] == "合計" { grand = (value, line) }
        }
        guard let group, let grand, let hospital = totals.last.flatMap({ Cells.value($0.value) }) else { return (notes, []) }
        let note = "病院勤務の医療従事者向け研修には、表の累計 \(DatasetNumber.grouped(hospital)) 人のほかに団体研修分（～30）\(DatasetNumber.grouped(group.0)) 人があり、合わせて \(DatasetNumber.grouped(grand.0)) 人（\(group.1)・\(grand.1)行）。"
        let check = DatasetChecks.outcome(
            id: "hospital-staff-with-group-training", kind: .other,
            title: "病院勤務の医療従事者向け研修: 累計＋団体研修分＝記載の合計", expected: grand.0, actual: hospital + group.0,
            columns: ["hospital_staff_total"])
        return (notes + [note], [check])
    }

    /// The column labels after the caption run until the next page start or blank pair.
    static func labelEnd(_ source: SourceText, after caption: Int) -> Int {
        var end = caption
        var line = caption + 1
        while line <= source.lines.count {
            let text = source[line]
            if text.hasPrefix(" ") { break }
            if !text.allSatisfy(\.isWhitespace) { end = line }
            line += 1
        }
        return end
    }

    /// The header above the first row starts at the page start (a line opening with one space).
    static func headerStart(_ source: SourceText, before first: Int) -> Int {
        var line = first - 1
        while line >= max(1, first - 100) {
            if source[line].hasPrefix(" ") { return line }
            line -= 1
        }
        return first
    }
}
