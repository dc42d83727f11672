import Content
import Foundation
import Japanese

extension RosterReading {
    /// Reads the list. The prefecture cell is written on a prefecture's first row only; the kind
    /// of each organisation is the column whose count was last written (準備 wins over 数 on the
    /// same row), reset at each prefecture.
    func readList(from header: Int) throws -> (
        [RosterTables.ListedPrefecture], [RosterTables.Organisation], (counts: KindCounts, line: Int)
    ) {
        var listed: [RosterTables.ListedPrefecture] = []
        var organisations: [RosterTables.Organisation] = []
        var kind: OrganisationKind?
        for line in header...source.lines.count {
            let cells = fields(line)
            if cells.isEmpty || isListHeader(cells) { continue }
            let label = cells[0]
            if !label.isEmpty {
                switch PrefectureResolver.resolve(label) {
                case .prefecture(let prefecture)?:
                    if let earlier = listed.first(where: { $0.prefecture == prefecture }) {
                        throw source.error(at: line, "「\(label)」 starts a second time in the list (first at line \(earlier.firstLine))")
                    }
                    listed.append(RosterTables.ListedPrefecture(
                        prefecture: prefecture, firstLine: line,
                        stated: KindCounts(council: .blank, preparatory: .blank, friendly: .blank)))
                    kind = nil
                case .aggregate(.national)?:
                    let missing = Prefecture.all.filter { p in !listed.contains { $0.prefecture == p } }
                    guard missing.isEmpty else {
                        throw source.error(at: line, "the list has no part for " + missing.map(\.name).joined(separator: "、"))
                    }
                    return (listed, organisations, (try counts(cells, from: 1, line: line), line))
                default:
                    throw source.error(at: line, "list row 「\(label)」 is not a prefecture or the 全国 row")
                }
            }
            guard var current = listed.popLast() else { throw source.error(at: line, "list row before the first prefecture") }
            var flags: [String] = []
            let council = try number(cells[1], line: line, column: "数")
            let preparatory = try number(cells[2], line: line, column: "準備")
            let friendlyText = cells[3]
            if council.value != nil {
                current.stated.council = added(current.stated.council, council)
                kind = .council
            } else if council.isNone {
                current.stated.council = council
            }
            if preparatory.value != nil {
                current.stated.preparatory = added(current.stated.preparatory, preparatory)
                kind = .preparatory
            }
            if let friendly = NumberCell.parse(friendlyText), friendly.value != nil {
                current.stated.friendly = added(current.stated.friendly, friendly)
                kind = .friendly
            } else if JapaneseText.matchKey(friendlyText) == "新" {
                // 大分 writes 新 in the 友好 column of its only (preparatory) row.
                flags.append("新")
            } else if !friendlyText.isEmpty {
                throw source.error(at: line, "友好 「\(friendlyText)」 is neither a number nor 新")
            }
            var name = cells[4]
            let note = cells[5]
            listed.append(current)
            if name.isEmpty { continue }
            if JapaneseText.matchKey(name) == "詳細別紙" {
                listed[listed.count - 1].referencesSheet = true
                continue
            }
            guard let currentKind = kind else { throw source.error(at: line, "「\(name)」 is listed before any count says what kind it is") }
            if name.hasPrefix("新 ") || name.hasPrefix("新\u{3000}") {
                name = String(name.dropFirst(2))
                flags.append("新")
            }
            flags.append(contentsOf: Self.markers(name))
            organisations.append(RosterTables.Organisation(
                prefecture: current.prefecture, kind: name.contains("(準)") ? .preparatory : currentKind,
                name: name, note: note, flags: flags, line: line))
        }
        throw source.error(at: header, "the list has no 全国 row")
    }

    func added(_ total: NumberCell, _ cell: NumberCell) -> NumberCell { .value((total.value ?? 0) + (cell.value ?? 0)) }

    /// `(準)` for a preparatory marker, `「」` for a bracketed group name, `別記` for a name wholly
    /// in round brackets that is not a preparatory group (兵庫's aside about 神戸市).
    static func markers(_ name: String) -> [String] {
        var flags: [String] = []
        if name.contains("(準)") { flags.append("(準)") }
        if name.hasPrefix("「"), name.hasSuffix("」") { flags.append("「」") }
        if name.hasPrefix("("), name.hasSuffix(")"), !name.contains("(準)") { flags.append("別記") }
        return flags
    }

    // MARK: Appendix

    /// Reads the 詳細別紙 appendix: a header row naming prefectures over (number, name) column
    /// pairs, then rows to the end of the file. Each column belongs to a prefecture whose list
    /// row says 詳細別紙. Bracketed names count as the source counts them: as 社保協, unless the
    /// name is a 準備会.
    func readAppendix(
        after start: Int, listed: inout [RosterTables.ListedPrefecture], organisations: inout [RosterTables.Organisation]
    ) throws -> Int {
        let header = firstLine(from: start + 1) { fields in
            let names = fields.cells.filter { !$0.isEmpty }
            return names.count >= 2 && names.allSatisfy { PrefectureResolver.prefecture(named: $0) != nil }
        }
        guard let headerLine = header else { return start }
        var columns: [(index: Int, prefecture: Prefecture)] = []
        for (index, text) in fields(headerLine).cells.enumerated() where !text.isEmpty {
            guard let prefecture = PrefectureResolver.prefecture(named: text) else { continue }
            guard let part = listed.firstIndex(where: { $0.prefecture == prefecture }), listed[part].referencesSheet else {
                throw source.error(at: headerLine, "appendix column 「\(text)」 belongs to no list row saying 詳細別紙")
            }
            listed[part].sheetFound = true
            columns.append((index, prefecture))
        }
        var last = headerLine
        for row in headerLine + 1...max(headerLine + 1, source.lines.count) where row <= source.lines.count {
            let cells = fields(row)
            if cells.isEmpty { continue }
            last = row
            for column in columns {
                let name = cells[column.index]
                let number = cells[column.index - 1]
                if name.isEmpty { continue }
                guard Int(number) != nil else { throw source.error(at: row, "appendix entry 「\(name)」 has no number (「\(number)」)") }
                let kind: OrganisationKind = name.contains("準備会") || name.contains("(準)") ? .preparatory : .council
                organisations.append(RosterTables.Organisation(
                    prefecture: column.prefecture, kind: kind, name: name, note: "",
                    flags: Self.markers(name) + ["別紙\(number)"], line: row))
            }
        }
        return last
    }
}
