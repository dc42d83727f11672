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
                func count(_ kind: OrganisationKind) -> NumberCell {
                    .value(Decimal(counted.filter { $0.kind == kind }.count))
                }
                result[part.prefecture.code] = KindCounts(
                    council: count(.council), preparatory: count(.preparatory), friendly: count(.friendly))
            }
            return result
        }

        static func make(_ roster: RosterTables) -> Dataset {
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
                id: id, title: "各県地域社保協一覧",
                description: "一覧表（2020年9月総会時）と詳細別紙に名前が挙がっている地域社保協・準備会・友好団体。種別は原資料の記載列による。",
                shape: .list,
                source: DatasetSource(document: document, lines: roster.listLines),
                asOf: DatasetDate(iso: "2020-09", wareki: "令和2年9月"),
                columns: [PlaceDataset.numberColumn] + PlaceDataset.keyColumns(withCities: false) + [
                    DatasetColumn(key: "kind", title: "種別", type: .text),
                    DatasetColumn(key: "name", title: "名称", type: .text),
                    DatasetColumn(key: "note", title: "備考（2020年8月時点）", type: .text),
                    DatasetColumn(key: "flags", title: "記号", type: .text),
                    PlaceDataset.lineColumn,
                ],
                rows: rows,
                notes: [
                    "種別は名前の書かれた列（数＝地域社保協、準備＝準備会、友好＝友好団体）による。名前に「(準)」のあるものは準備会。",
                    "記号：「新」は原資料で「新」と付記されたもの、「(準)」は名前に(準)とあるもの、「「」」はかぎ括弧付きの名前、「別記」は丸括弧で囲まれた付記（兵庫の「(兵庫県社保協神戸市協議会)」。兵庫の16には含まれないため数えていない）、「別紙n」は詳細別紙での番号。",
                    "京都の詳細別紙のかぎ括弧付きの名前（5件）は、原資料の数（地域社保協23・準備会1・友好団体0）に合わせ、「八幡市社保協準備会」を準備会、他の4件を地域社保協としている。かぎ括弧を友好団体の印と読むと19・1・4になる。",
                    "埼玉の詳細別紙は番号27が2件あり26がないが、41件すべてを掲載している。",
                    "千葉・東京・神奈川は「詳細別紙」とあるが、その別紙は原資料に含まれておらず、名前を復元できない。",
                    "名前は原資料のまま（新潟の「介護保険をよくする会(湯沢町、頸城村、 上越市、…)」の空白も含む）。",
                ],
                checks: checks(roster))
        }

        static func checks(_ roster: RosterTables) -> [DatasetCheck] {
            let named = namedCounts(roster)
            return roster.listed.sorted { $0.prefecture.code < $1.prefecture.code }.map { part in
                let found = named[part.prefecture.code] ?? KindCounts(council: .value(0), preparatory: .value(0), friendly: .value(0))
                let same = part.stated.sameCounts(as: found)
                let explanation: String? =
                    if part.referencesSheet && !part.sheetFound {
                        "一覧表は名前を詳細別紙に記載するとしているが、\(part.prefecture.name)の詳細別紙は原資料に含まれていないため、名前を1つも復元できない。"
                    } else {
                        countExplanations[part.prefecture.code]
                    }
                return DatasetCheck(
                    id: "count-\(part.prefecture.jisCode)", kind: .count,
                    title: "一覧表に記載された数と名前の挙がっている団体の数が一致する（\(part.prefecture.name)、地域社保協/準備会/友好団体）",
                    result: same ? .pass : .mismatch, expected: part.stated.triple, actual: found.triple,
                    rows: [part.prefecture.jisCode], explanation: same ? nil : explanation)
            }
        }

        /// Why a prefecture's names and stated counts differ, where the source shows it.
        static let countExplanations: [Int: String] = [
            15: "友好団体7は、1行の「介護保険をよくする会(湯沢町、頸城村、 上越市、六日町、柏崎市、三条市、寺泊町)」に7つの町村名を挙げて数えたもの。名前としては1行のため1と数えている。",
            20: "一覧表の数は6だが、名前は7つ挙がっている（上伊那、諏訪地方、松本地区、飯伊地区、上小地区、長野地区、佐久地区）。",
        ]
    }
}
