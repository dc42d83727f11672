import Content
import Foundation
import Japanese

extension Shahokyo2020 {
    /// `shahokyo-organisations`: every organisation the roster names, with its kind, note and
    /// markers, and per prefecture a check of the stated counts against the names found.
    enum OrganisationDataset {
        static let id = "shahokyo-organisations"

        /// Named organisations per prefecture code, counted by kind; absent for a prefecture whose
        /// names are on a 詳細別紙 the file does not contain.
        static func namedCounts(_ roster: RosterTables) -> [Int: KindCounts] {
            var result: [Int: KindCounts] = [:]
            for part in roster.listed where !(part.referencesSheet && !part.sheetFound) {
                let counted = roster.organisations.filter { $0.prefecture == part.prefecture && $0.isCounted }
                func count(_ kind: OrganisationKind) -> NumberCell { .value(Decimal(counted.filter { $0.kind == kind }.count)) }
                result[part.prefecture.code] = KindCounts(
                    council: count(.council), preparatory: count(.preparatory), friendly: count(.friendly))
            }
            return result
        }

        static func make(_ roster: RosterTables, shell: Dataset) -> Dataset {
            let sorted = roster.organisations.enumerated()
                .sorted { ($0.element.prefecture.code, $0.offset) < ($1.element.prefecture.code, $1.offset) }
                .map(\.element)
            let rows = sorted.enumerated().map { index, organisation in
                [
                    String(index + 1), organisation.prefecture.jisCode, organisation.prefecture.name, organisation.kind.rawValue,
                    organisation.name, organisation.note, organisation.flags.joined(separator: " "), String(organisation.line),
                ]
            }
            return Dataset(
                id: id, title: "", shape: .list,
                source: DatasetSource(document: document, lines: roster.listLines),
                columns: DatasetColumn.declared(["no", "code", "prefecture", "kind", "name", "note", "flags", "line"]), rows: rows,
                checks: checks(roster, shell: shell)
            ).described(by: shell)
        }

        static func checks(_ roster: RosterTables, shell: Dataset) -> [DatasetCheck] {
            let named = namedCounts(roster)
            return roster.listed.sorted { $0.prefecture.code < $1.prefecture.code }.map { part in
                let found = named[part.prefecture.code] ?? KindCounts(council: .value(0), preparatory: .value(0), friendly: .value(0))
                let same = part.stated.sameCounts(as: found)
                // Other mismatches take the explanation declared for their check id.
                let explanation = part.referencesSheet && !part.sheetFound
                    ? shell.text("sheet-missing", ["prefecture": part.prefecture.name]) : nil
                return DatasetChecks.verdict(
                    id: "count-\(part.prefecture.jisCode)", kind: .count,
                    title: "一覧表に記載された数と名前の挙がっている団体の数が一致する（\(part.prefecture.name)、地域社保協/準備会/友好団体）",
                    holds: same, expected: part.stated.triple, actual: found.triple, rows: [part.prefecture.jisCode],
                    explanation: explanation)
            }
        }
    }
}
