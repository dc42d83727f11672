import Content
import Foundation
import Japanese

/// R9 ③-1 and ③-2: the supporters trained by local governments, by audience and (for schools)
/// by kind of school. Their pie charts survive as `label` / `number` / `NN.N%` runs and the school
/// breakdown also as `label number` lines, so both are recoverable; the rest of R9 is not.
///
/// Not a declaration: the figures survive only as `label number` lines beside a chart.
struct SupporterBreakdownReader: TableReader {
    static let document = Ninchisho.document
    static let byAudienceID = "ninchisho-municipal-supporters-by-audience"
    static let schoolsID = "ninchisho-school-supporters"
    static let audienceHeading = "受講対象者分類別サポーター数（自治体型のみの養成数）"
    static let schoolHeading = "学校サポーターの内訳"
    static let audiences = ["住民", "企業・団体", "学校", "行政", "介護サービス"]
    static let schools = ["幼稚園・保育園児", "小学生", "中学生", "高校生", "大学生", "その他(専門学生等)", "教職員"]

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let audienceLine = source.firstLine(containing: Self.audienceHeading),
              let schoolLine = source.firstLine(containing: Self.schoolHeading, from: audienceLine)
        else {
            throw source.error(line: nil, "the breakdowns ③－１ and ③－２ of the caravan report are missing", fix: "restore R9 or unregister SupporterBreakdownReader")
        }
        let end = Self.pageEnd(source, after: schoolLine)
        // The report's 「…現在」 date stands above the breakdowns, at the head of the caravan report.
        let dateLine = (max(1, audienceLine - 130)..<audienceLine).last {
            source[$0].contains("現在") && Ninchisho.asOf(source, line: $0) != nil
        }
        let asOf = Ninchisho.asOf(source, line: dateLine)
        return [
            try byAudience(source, from: audienceLine, to: end, asOf: asOf),
            try bySchool(source, from: schoolLine, to: end, asOf: asOf),
        ]
    }

    /// The page ends where the next one starts (a line opening with one space).
    static func pageEnd(_ source: SourceText, after line: Int) -> Int {
        var next = line + 1
        while next <= source.lines.count, !source[next].hasPrefix(" ") || source[next].hasPrefix("  ") { next += 1 }
        return next - 1
    }

    /// `(value, share, line of the share)` for a pie-chart run `label` / `number` / `NN.N%`.
    static func pieEntry(_ source: SourceText, label: String, in range: ClosedRange<Int>) -> (String, String, Int)? {
        let key = JapaneseText.matchKey(label)
        for line in source.nonBlankLines(range) {
            // A long label may be wrapped over two lines.
            let following = source.nonBlankLines((line + 1)...min(line + 8, source.lines.count))
            var candidates: [(String, ArraySlice<Int>)] = [(source.key(line), following[...])]
            if let next = following.first { candidates.append((source.key(line) + source.key(next), following.dropFirst())) }
            for (text, rest) in candidates where text == key {
                let lines = Array(rest.prefix(2))
                guard lines.count == 2, case .value(let value)? = NumberCell.parse(source[lines[0]]),
                      JapaneseText.foldWidth(source[lines[1]]).trimmingSpaces.hasSuffix("%"),
                      case .value(let share)? = NumberCell.parse(source[lines[1]])
                else { continue }
                return (Cells.format(value), Cells.format(share), lines[1])
            }
        }
        return nil
    }

    private func byAudience(_ source: SourceText, from start: Int, to end: Int, asOf: DatasetDate?) throws -> Dataset {
        var rows: [[String]] = []
        var last = start
        for label in Self.audiences {
            guard let entry = Self.pieEntry(source, label: label, in: start...end) else {
                throw source.error(line: start, "the pie chart of ③－１ has no value and share for \(label)", fix: "check R9 ③－１ in the source")
            }
            rows.append([label, entry.0, entry.1])
            last = max(last, entry.2)
        }
        let courses = Self.courses(source, in: start...end, people: rows.map { $0[1] })
        for (index, course) in courses.enumerated() {
            rows[index].insert(course.0, at: 2)
            last = max(last, course.1)
        }
        // The 自治体型 total is printed, labelled, in R7 ②.
        var totals: [StatedTotal] = []
        if let line = source.firstLine(containing: "（自治体型）", from: max(1, start - 300), before: start),
           let value = SupporterReader.numbers(source[line]).last {
            totals.append(StatedTotal(column: "people", label: "自治体型", value: Cells.format(value), lines: SourceLines(first: line, last: line)))
        }
        var dataset = Dataset(
            id: Self.byAudienceID, title: "受講対象者分類別サポーター数（自治体型）",
            description: "自治体・地域で養成された認知症サポーターの受講対象者別の人数と構成比。",
            shape: .list, source: source.source(start, last), asOf: asOf,
            columns: [
                DatasetColumn(key: "audience", title: "対象者分類", type: .text),
                DatasetColumn(key: "people", title: "サポーター数", type: .integer, unit: "人"),
            ] + (courses.isEmpty ? [] : [DatasetColumn(key: "sessions", title: "講座開催回数", type: .integer, unit: "回")]) + [
                DatasetColumn(key: "share", title: "構成比", type: .percent, unit: "%"),
            ],
            rows: rows, totals: totals,
            notes: [
                "人数と構成比は原資料の円グラフの数値。企業・団体は自治体において養成された企業・団体サポーター。",
                "講座開催回数は見出し「講座開催回数」の後に対象者分類の順で印字された5つの数値。その和は実施主体別の自治体型の講座開催回数（349,775回）と一致し、学校・行政・介護サービスの3つは全実施主体の表の値と同じ（自治体型以外ではこの3分類の講座がない）。",
                "合計は原資料の「実施主体別」の自治体型の人数。",
            ],
            charts: [ChartSpec(kind: .composition, columns: ["people"])])
        let sum = rows.compactMap { Cells.value($0[1]) }.reduce(0, +)
        dataset.checks = [
            DatasetChecks.columnSum(dataset, column: "people", title: "対象者分類別の合計が実施主体別の自治体型の人数と一致する"),
            DatasetChecks.rate(dataset, id: "share-rows", title: "構成比がサポーター数÷合計と一致する", rate: "share", numerator: "people", denominator: [], decimals: 1, fixedDenominator: sum),
        ]
        return dataset
    }

    /// The 講座開催回数 of ③－１: the first five whole numbers after the line 「講座開催回数」 that
    /// are not the chart's supporter counts, in the order of the audiences (the cross check
    /// ``MunicipalCoursesCrossCheck`` holds them to the 自治体型 total). Empty when fewer are printed.
    static func courses(_ source: SourceText, in range: ClosedRange<Int>, people: [String]) -> [(String, Int)] {
        guard let heading = source.nonBlankLines(range).first(where: { source.key($0) == "講座開催回数" }) else { return [] }
        var found: [(String, Int)] = []
        for line in source.nonBlankLines(heading...range.upperBound) where found.count < audiences.count {
            guard !JapaneseText.foldWidth(source[line]).contains("%"), case .value(let value)? = NumberCell.parse(source[line]) else { continue }
            let text = Cells.format(value)
            if !people.contains(text) { found.append((text, line)) }
        }
        return found.count == audiences.count ? found : []
    }

    private func bySchool(_ source: SourceText, from start: Int, to end: Int, asOf: DatasetDate?) throws -> Dataset {
        var found: [String: (String, Int)] = [:]
        var total: (String, Int)?
        for line in source.nonBlankLines(start...end) {
            let tokens = Ninchisho.tokens(source[line])
            guard tokens.count == 2, case .value(let value)? = NumberCell.parse(tokens[1]) else { continue }
            if Self.schools.contains(tokens[0]), found[tokens[0]] == nil { found[tokens[0]] = (Cells.format(value), line) }
            if tokens[0] == "合計", total == nil { total = (Cells.format(value), line) }
        }
        guard found.count == Self.schools.count, let total else {
            throw source.error(line: start, "③－２ should list \(Self.schools.joined(separator: "・")) and 合計", fix: "check R9 ③－２ in the source")
        }
        let shares = Self.schools.map { school -> (String, Int)? in
            let value = found[school]?.0 ?? ""
            // The pie labels are wrapped; find the school's number followed by its share instead.
            for line in source.nonBlankLines(start...end) where NumberCell.parse(source[line])?.value.map(Cells.format) == value {
                let next = source.nonBlankLines((line + 1)...min(line + 3, source.lines.count))
                if let shareLine = next.first, JapaneseText.foldWidth(source[shareLine]).trimmingSpaces.hasSuffix("%"),
                   case .value(let share)? = NumberCell.parse(source[shareLine]) {
                    return (Cells.format(share), shareLine)
                }
            }
            return nil
        }
        let lines = Array(found.values.map(\.1)) + [total.1] + shares.compactMap { $0?.1 }
        var dataset = Dataset(
            id: Self.schoolsID, title: "学校サポーターの内訳（自治体型）",
            description: "学校で養成された認知症サポーターの、幼稚園・保育園児から教職員までの内訳と構成比。",
            shape: .list, source: source.source(start, lines.max() ?? start), asOf: asOf,
            columns: [
                DatasetColumn(key: "school", title: "内訳", type: .text),
                DatasetColumn(key: "people", title: "サポーター数", type: .integer, unit: "人"),
                DatasetColumn(key: "share", title: "構成比", type: .percent, unit: "%"),
            ],
            rows: zip(Self.schools, shares).map { [$0, found[$0]?.0 ?? "", $1?.0 ?? ""] },
            totals: [StatedTotal(column: "people", label: "合計", value: total.0, lines: SourceLines(first: total.1, last: total.1))],
            notes: ["構成比は原資料の円グラフの数値。"],
            charts: [ChartSpec(kind: .composition, columns: ["people"])])
        dataset.checks = [
            DatasetChecks.columnSum(dataset, column: "people"),
            DatasetChecks.rate(
                dataset, id: "share-rows", title: "構成比がサポーター数÷合計と一致する", rate: "share", numerator: "people", denominator: [],
                decimals: 1, fixedDenominator: Cells.value(total.0)),
        ]
        return dataset
    }
}
