import Foundation
import Japanese

/// One entry of the list of dementia medical centres, as the source prints it.
struct CentreRecord: Sendable {
    let number: Int
    let authority: PrefectureMatch
    let name: String
    let operatorName: String
    let designated: EraDate
    let originalDesignation: EraDate?
    let address: String
    /// 1 基幹型, 2 地域型, 3 連携型.
    let type: Int
    let lines: ClosedRange<Int>
    /// The date text as printed, when it is not a valid date in its era.
    let inconsistentDates: [String]
}

/// Reads the entries: a record starts with `N 都道府県/指定都市 …`, continues over the name and
/// operator, the designation date, the bracketed original designation date, and ends with the
/// line `address T`. Name, operator, dates and address may share the first line.
struct CentreRecordParser {
    let source: SourceText

    /// Legal-entity forms an operator starts with; the name is what stands before the first of
    /// them (after the name's own first word, which often repeats the operator).
    static let legalForms = [
        "医療法人", "社会医療法人", "特定医療法人", "公益財団法人", "一般財団法人", "公益社団法人", "一般社団法人",
        "学校法人", "独立行政法人", "地方独立行政法人", "国立大学法人", "公立大学法人", "国立研究開発法人", "社会福祉法人",
    ]

    /// Parses records numbered from 1 starting after `start`, until a line does not begin the next number.
    func records(after start: Int) throws -> [CentreRecord] {
        var records: [CentreRecord] = []
        var line = source.nextNonBlankLine(after: start)
        while line <= source.lines.count, let head = recordHead(line, number: records.count + 1) {
            let record = try parse(number: records.count + 1, head: head, at: line)
            records.append(record)
            line = source.nextNonBlankLine(after: record.lines.upperBound)
        }
        return records
    }

    /// The tokens after the number when `line` starts record `number`.
    private func recordHead(_ line: Int, number: Int) -> [String]? {
        let tokens = LocatedTable.tokens(source[line])
        guard tokens.first == String(number), tokens.count >= 2 else { return nil }
        return Array(tokens.dropFirst())
    }

    private func parse(number: Int, head: [String], at first: Int) throws -> CentreRecord {
        // The authority is spaced out letter by letter when it has three characters.
        var split = 1
        let run = head.prefix { $0.count == 1 }.count
        if run > 1, let longest = stride(from: run, to: 1, by: -1).first(where: { PrefectureResolver.resolve(head[..<$0].joined()) != nil }) {
            split = longest
        }
        let label = head[..<split].joined()
        guard let authority = PrefectureResolver.resolve(label), authority.prefecture != nil else {
            throw source.error(
                line: first, "centre \(number): “\(label)” is not a prefecture or designated city",
                fix: "correct the designating authority in the source")
        }
        var tokens = Array(head[split...])
        var line = first
        var nameLines: [String] = []
        var inconsistent: [String] = []
        // Name and operator up to the first date, across lines when the first line holds none.
        let datePosition: Int
        if let position = tokens.firstIndex(where: isDate) {
            datePosition = position
        } else {
            line = source.nextNonBlankLine(after: line)
            while line <= source.lines.count, !isDate(source[line].trimmingSpaces()) {
                nameLines.append(source[line].trimmingSpaces())
                line = source.nextNonBlankLine(after: line)
            }
            guard line <= source.lines.count else {
                throw source.error(line: first, "centre \(number) has no designation date", fix: "check the entry in the source")
            }
            tokens += [source[line].trimmingSpaces()]
            datePosition = tokens.count - 1
        }
        let (name, operatorName) = try nameAndOperator(Array(tokens[..<datePosition]), lines: nameLines, number: number, line: first)
        let designatedText = tokens[datePosition]
        guard let designated = EraDate.parse(designatedText) else {
            throw source.error(line: line, "centre \(number): “\(designatedText)” is not a date", fix: "correct the date in the source")
        }
        if !designated.isEraConsistent { inconsistent.append(designatedText) }
        var rest = Array(tokens[(datePosition + 1)...])
        /// The rest of the entry continues on the next line when this one is used up.
        func continueWhenEmpty() {
            guard rest.isEmpty else { return }
            line = source.nextNonBlankLine(after: line)
            rest = LocatedTable.tokens(source[line])
        }
        continueWhenEmpty()
        var original: EraDate?
        if let bracketed = rest.first, let date = bracketedDate(bracketed) {
            original = date
            if !date.isEraConsistent { inconsistent.append(bracketed) }
            rest.removeFirst()
            continueWhenEmpty()
        }
        guard rest.count >= 2, let typeToken = rest.last, let type = Int(typeToken), (1...3).contains(type) else {
            throw source.error(
                line: line, "centre \(number): expected the address followed by the type 1, 2 or 3",
                fix: "check the address line of the entry in the source")
        }
        let address = Self.clean(rest.dropLast().joined(separator: " "))
        return CentreRecord(
            number: number, authority: authority, name: name, operatorName: operatorName, designated: designated,
            originalDesignation: original, address: address, type: type, lines: first...line,
            inconsistentDates: inconsistent)
    }

    private func isDate(_ token: String) -> Bool {
        guard let first = JapaneseText.foldWidth(token).first, first == "H" || first == "R" else { return false }
        return EraDate.parse(token) != nil
    }

    private func bracketedDate(_ token: String) -> EraDate? { SourceText.bracketed(token).flatMap { EraDate.parse($0) } }

    /// Splits the words before the date into the centre's name and its operator.
    private func nameAndOperator(_ words: [String], lines: [String], number: Int, line: Int) throws -> (String, String) {
        // A long name wrapped over lines stands on lines of its own, the operator on the last one.
        if words.isEmpty {
            guard lines.count >= 2, let operatorLine = lines.last else {
                throw source.error(line: line, "centre \(number) has no name and operator", fix: "check the entry in the source")
            }
            return (Self.clean(lines.dropLast().joined()), Self.clean(operatorLine))
        }
        let words = words + lines.flatMap(LocatedTable.tokens)
        guard words.count >= 2 else {
            throw source.error(line: line, "centre \(number): cannot tell the name from the operator in “\(words.joined(separator: " "))”", fix: "check the entry in the source")
        }
        if words.count == 2 {
            // `医療法人社団康心会 湘南東部総合病院医療法人社団康心会`: the operator, repeated in front
            // of the name, is glued to the name's end.
            if words[1].count > words[0].count, words[1].hasSuffix(words[0]),
               Self.legalForms.contains(where: { words[0].hasPrefix($0) }),
               !Self.legalForms.contains(where: { words[1].hasPrefix($0) }) {
                return (Self.clean(words[0] + " " + words[1].dropLast(words[0].count)), Self.clean(words[0]))
            }
            return (Self.clean(words[0]), Self.clean(words[1]))
        }
        let start = words.indices.dropFirst().first { index in Self.legalForms.contains { words[index].hasPrefix($0) } }
        let cut = start ?? words.count - 1
        return (Self.clean(words[..<cut].joined(separator: " ")), Self.clean(words[cut...].joined(separator: " ")))
    }

    static func clean(_ text: String) -> String { JapaneseText.normalizeCharacters(JapaneseText.foldWidth(text)).trimmingSpaces() }
}
