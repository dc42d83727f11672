import Foundation
import Content

extension Shakai2010 {
    /// 参考7 地域福祉計画 都道府県別策定状況.
    ///
    /// The three header rows are out of step with the data (the 策定終了 heading sits over the
    /// 市区 column of 市町村数, 策定未定 two columns right of its figures). Row 北海道 fixes the
    /// layout: 180 = 35 + 145 and 180 = 57 + 20 + 103, so the twelve figures are
    /// (計, 市区, 町村) × (市町村数, 策定終了, 策定予定, 策定未定), checked below for every row.
    static let welfarePlanStatus = PlaceTableDefinition(
        id: "shakai-chiiki-fukushi-keikaku",
        title: "地域福祉計画 都道府県別策定状況",
        description: "都道府県別の市町村地域福祉計画の策定状況（市町村数と、平成20年度末までに策定終了・平成21年度以降に策定予定・策定未定の市町村数）と、都道府県地域福祉支援計画の策定状況。",
        document: document, caption: "都道府県別策定状況", labelColumn: 0,
        columns: [
            .number("municipalities", "市町村数 計", at: 1, unit: "市町村"),
            .number("municipalities_cities", "市町村数 市区", at: 2, unit: "市町村"),
            .number("municipalities_towns", "市町村数 町村", at: 3, unit: "市町村"),
            .number("done", "平成20年度末までに策定終了 計", at: 4, unit: "市町村"),
            .number("done_cities", "平成20年度末までに策定終了 市区", at: 5, unit: "市町村"),
            .number("done_towns", "平成20年度末までに策定終了 町村", at: 6, unit: "市町村"),
            .number("planned", "平成21年度以降に策定予定 計", at: 7, unit: "市町村"),
            .number("planned_cities", "平成21年度以降に策定予定 市区", at: 8, unit: "市町村"),
            .number("planned_towns", "平成21年度以降に策定予定 町村", at: 9, unit: "市町村"),
            .number("undecided", "策定未定 計", at: 10, unit: "市町村"),
            .number("undecided_cities", "策定未定 市区", at: 11, unit: "市町村"),
            .number("undecided_towns", "策定未定 町村", at: 12, unit: "市町村"),
            .mark("prefecture_plan_done", "都道府県地域福祉支援計画 平成20年度末までに策定終了", at: 13),
            .mark("prefecture_plan_planned", "都道府県地域福祉支援計画 平成21年度以降に策定予定", at: 14),
            .mark("prefecture_plan_undecided", "都道府県地域福祉支援計画 作成未定", at: 15),
        ],
        allowsCities: false,
        asOf: DatasetDate(iso: "2009-10-16", wareki: "平成21年10月16日"),
        notes: [
            "原資料の表には時点の記載がない。続く市町村別一覧（平成21年10月16日現在）の市町村数と全都道府県で一致するため、その時点を示す。",
            "原資料の見出し行は数値の列とずれている。北海道の行（180＝35＋145、180＝57＋20＋103）などから、数値は（計・市区・町村）×（市町村数・策定終了・策定予定・策定未定）の順と読んでいる。",
            "都道府県地域福祉支援計画の○は原資料の位置のまま掲載している。合計行は策定予定1・作成未定9とするが、○は策定予定の列に10個あり作成未定の列には1つもない。変換時に○の列がずれたとみられるが、どの都道府県が策定予定かは本文から判別できない。",
        ],
        charts: [ChartSpec(kind: .tileMap, columns: ["done"]), ChartSpec(kind: .composition, columns: ["done", "planned", "undecided"])],
        checks: { checks in
            let numeric = [
                "municipalities", "municipalities_cities", "municipalities_towns", "done", "done_cities", "done_towns",
                "planned", "planned_cities", "planned_towns", "undecided", "undecided_cities", "undecided_towns",
            ]
            let shifted = "合計行は策定予定1・作成未定9とするが、○は策定予定の列に10個（東京都、石川県、長野県、奈良県、広島県、徳島県、愛媛県、高知県、鹿児島県、沖縄県）、作成未定の列に0個ある。変換時に○の列がずれたとみられ、本文からは解決できない。"
            var list = numeric.map { checks.columnSum($0) }
            for group in ["municipalities", "done", "planned", "undecided"] {
                list.append(contentsOf: checks.rowSum(
                    id: "\(group)-is-cities-towns", title: "\(titleOf(group))の計が市区と町村の合計と一致する",
                    total: group, parts: ["\(group)_cities", "\(group)_towns"]))
            }
            for suffix in ["", "_cities", "_towns"] {
                let scope = suffix.isEmpty ? "計" : suffix == "_cities" ? "市区" : "町村"
                list.append(contentsOf: checks.rowSum(
                    id: "municipalities\(suffix)-is-statuses",
                    title: "市町村数（\(scope)）が策定終了・策定予定・策定未定の合計と一致する",
                    total: "municipalities\(suffix)", parts: ["done\(suffix)", "planned\(suffix)", "undecided\(suffix)"]))
            }
            list.append(checks.markCount("prefecture_plan_done"))
            list.append(checks.markCount("prefecture_plan_planned", explanation: shifted))
            list.append(checks.markCount("prefecture_plan_undecided", explanation: shifted))
            return list
        })

    private static func titleOf(_ group: String) -> String {
        switch group {
        case "municipalities": "市町村数"
        case "done": "策定終了"
        case "planned": "策定予定"
        default: "策定未定"
        }
    }
}
