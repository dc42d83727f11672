import Foundation
import Content

extension Shakai2010 {
    /// ① 相談援助件数 (事業開始～平成21年11月末).
    static let selfRelianceConsultations = selfRelianceTable(
        id: "shakai-nichijo-jiritsu-sodan", title: "日常生活自立支援事業 相談援助件数（問い合わせ・相談件数）",
        description: "都道府県・指定都市別の日常生活自立支援事業の相談援助件数。事業開始から平成21年11月末までの累計。",
        caption: "①相談援助件数", unit: "件",
        columns: [
            ("dementia", "本事業の利用に関するもの 認知症高齢者等", 2), ("intellectual", "本事業の利用に関するもの 知的障害者等", 3),
            ("mental", "本事業の利用に関するもの 精神障害者等", 4), ("unknown_other", "本事業の利用に関するもの 不明・その他", 5),
            ("other", "その他", 6), ("total", "計", 7),
        ],
        parts: ["dementia", "intellectual", "mental", "unknown_other", "other"],
        asOf: DatasetDate(iso: "2009-11", wareki: "平成21年11月"), extraNotes: [], identityExplanation: nil)

    /// ② 契約締結件数(累計).
    static let selfRelianceContracts = selfRelianceTable(
        id: "shakai-nichijo-jiritsu-keiyaku", title: "日常生活自立支援事業 契約締結件数（累計）",
        description: "都道府県・指定都市別の日常生活自立支援事業の契約締結件数。事業開始から平成21年11月末までの累計と、うち生活保護受給者。",
        caption: "②契約締結件数", unit: "件",
        columns: [
            ("dementia", "認知症高齢者等", 2), ("intellectual", "知的障害者等", 3), ("mental", "精神障害者等", 4),
            ("other", "その他", 5), ("total", "計", 6), ("welfare_recipients", "うち生活保護", 7),
        ],
        parts: ["dementia", "intellectual", "mental", "other"],
        asOf: DatasetDate(iso: "2009-11", wareki: "平成21年11月"),
        extraNotes: ["原資料の注記：神奈川県平成11年10月～平成13年3月分は分類していない為、合計のみ計上。"],
        identityExplanation: "神奈川県の対象者別の合計（1,822件）は計（2,172件）より350件少なく、件数合計行も同じく350件少ない（61,086件と61,436件）。原資料の注記のとおり、神奈川県の平成11年10月～平成13年3月分は対象者別に分類されず計にのみ含まれている。")

    /// ③ 現在の実利用人数 (平成21年11月末現在).
    static let selfRelianceUsers = selfRelianceTable(
        id: "shakai-nichijo-jiritsu-riyosha", title: "日常生活自立支援事業 現在の実利用人数",
        description: "都道府県・指定都市別の日常生活自立支援事業の実利用人数（平成21年11月末現在）。",
        caption: "③現在の実利用人数", unit: "人",
        columns: [
            ("dementia", "認知症高齢者等", 2), ("intellectual", "知的障害者等", 3), ("mental", "精神障害者等", 4),
            ("other", "その他", 5), ("total", "計", 6),
        ],
        parts: ["dementia", "intellectual", "mental", "other"],
        asOf: DatasetDate(iso: "2009-11", wareki: "平成21年11月"), extraNotes: [], identityExplanation: nil)

    /// The three tables list the 47 prefectures and then 18 designated cities, each city's figures
    /// left out of its prefecture's row: the 件数合計 at the top equals prefectures plus cities.
    private static func selfRelianceTable(
        id: String, title: String, description: String, caption: String, unit: String,
        columns: [(key: String, title: String, index: Int)], parts: [String], asOf: DatasetDate,
        extraNotes: [String], identityExplanation: String?
    ) -> PlaceTableDefinition {
        PlaceTableDefinition(
            id: id, title: title, description: description, document: document, caption: caption, labelColumn: 0,
            columns: columns.map { .number($0.key, $0.title, at: $0.index, unit: unit) },
            allowsCities: true, asOf: asOf,
            notes: [
                "指定都市の数値は所在する道府県の行に含まれない。全国の値は原資料の件数合計行（47都道府県と18指定都市の合計）。",
                "原資料の注記：指定都市における実施状況は、平成15年4月～。",
                "「-」は原資料で「-」と記載されているもの。合計の計算では0として扱う。",
                "原資料では静岡県が岐阜県の前に、川崎市が横浜市の前にある。ここでは都道府県をJISコード順に、指定都市を所在する道府県の行のすぐ後に並べている。",
            ] + extraNotes,
            charts: [ChartSpec(kind: .rankedBar, columns: ["total"]), ChartSpec(kind: .tileMap, columns: ["total"])],
            checks: { checks in
                columns.map { checks.columnSum($0.key, scope: .prefecturesAndCities) }
                    + checks.rowSum(
                            id: "total-is-parts", title: "計が対象者別の件数の合計と一致する（「-」は0として計算）",
                            total: "total", parts: parts, explanation: identityExplanation)
            })
    }
}
