import Content
import Foundation
import Japanese

/// R9 ③-1: the supporters trained by local governments, by audience. The pie chart survives as
/// `label` / `number` / `NN.N%` runs over the page that ③-2 (declared as
/// ninchisho-school-supporters) shares; the rest of R9 is not recoverable.
///
/// Not a declaration: the course counts are five bare numbers told from the chart's counts only by
/// not being one of them, and the total is 自治体型's line of R7 ②, 300 lines above.
struct SupporterBreakdownReader: TableReader {
    static let document = Ninchisho.document
    static let byAudienceID = "ninchisho-municipal-supporters-by-audience"
    static let audienceHeading = "受講対象者分類別サポーター数（自治体型のみの養成数）"
    static let schoolHeading = "学校サポーターの内訳"
    static let audiences = ["住民", "企業・団体", "学校", "行政", "介護サービス"]

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let audienceLine = source.firstLine(containing: Self.audienceHeading),
              let schoolLine = source.firstLine(containing: Self.schoolHeading, from: audienceLine)
        else {
            throw source.error(line: nil, "the breakdowns ③－１ and ③－２ of the caravan report are missing", fix: "restore R9 or unregister SupporterBreakdownReader")
        }
        let end = Self.pageEnd(source, after: schoolLine)
        // The report's 「…現在」 date stands above the breakdowns, at the head of the caravan report.
        let dateLine = (max(1, audienceLine - 130)..<audienceLine).last {
            source[$0].contains("現在") && source.date(on: $0) != nil
        }
        let asOf = source.date(on: dateLine)
        return [try byAudience(source, from: audienceLine, to: end, asOf: asOf)]
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
                      JapaneseText.foldWidth(source[lines[1]]).trimmingSpaces().hasSuffix("%"),
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
           let value = Ninchisho.numbers(source[line]).last {
            totals.append(StatedTotal(column: "people", label: "自治体型", value: Cells.format(value), lines: SourceLines(first: line, last: line)))
        }
        var dataset = Dataset(
            id: Self.byAudienceID, title: "",
            shape: .list, source: source.source(start, last), asOf: asOf,
            columns: [
                DatasetColumn(key: "audience", title: "対象者分類", type: .text),
                DatasetColumn(key: "people", title: "サポーター数", type: .integer, unit: "人"),
            ] + (courses.isEmpty ? [] : [DatasetColumn(key: "sessions", title: "講座開催回数", type: .integer, unit: "回")]) + [
                DatasetColumn(key: "share", title: "構成比", type: .percent, unit: "%"),
            ],
            rows: rows, totals: totals,
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
}
