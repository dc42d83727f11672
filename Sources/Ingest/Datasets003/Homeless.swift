import Foundation
import Content

extension Shakai2010 {
    /// 参考3 都道府県別のホームレス数.
    static let homeless = PlaceTableDefinition(
        id: "shakai-homeless-h21",
        title: "都道府県別のホームレス数",
        description: "ホームレスの実態に関する全国調査（概数調査）による都道府県別のホームレス数。平成21年1月調査の男女別と、平成20年・平成15年調査との比較。",
        document: document, caption: "都道府県別のホームレス数", labelColumn: 0,
        columns: [
            .number("men_2009", "平成21年調査 男", at: 1, unit: "人"),
            .number("women_2009", "平成21年調査 女", at: 2, unit: "人"),
            .number("unknown_2009", "平成21年調査 不明", at: 3, unit: "人"),
            .number("total_2009", "平成21年調査 計", at: 4, unit: "人"),
            .number("total_2008", "平成20年調査", at: 5, unit: "人"),
            .number("total_2003", "平成15年調査", at: 6, unit: "人"),
            .number("change_2008_2009", "増減（21年－20年）", at: 7, unit: "人"),
            .number("change_2003_2009", "増減（21年－15年）", at: 8, unit: "人"),
        ],
        allowsCities: false,
        asOf: DatasetDate(iso: "2009-01", wareki: "平成21年1月"),
        notes: ["調査は各年1月時点。増減の列の「△」は減少（負の値）を表す。"],
        charts: [ChartSpec(kind: .rankedBar, columns: ["total_2009"]), ChartSpec(kind: .tileMap, columns: ["total_2009"])],
        checks: { checks in
            ["men_2009", "women_2009", "unknown_2009", "total_2009", "total_2008", "total_2003", "change_2008_2009", "change_2003_2009"]
                .map { checks.columnSum($0) }
                + checks.rowSum(
                        id: "total-is-men-women-unknown", title: "平成21年調査の計が男・女・不明の合計と一致する",
                        total: "total_2009", parts: ["men_2009", "women_2009", "unknown_2009"])
                + checks.rowIdentity(
                        id: "change-since-2008", title: "増減（21年－20年）が平成21年計と平成20年の差と一致する",
                        total: "change_2008_2009", parts: [("total_2009", 1), ("total_2008", -1)])
                + checks.rowIdentity(
                        id: "change-since-2003", title: "増減（21年－15年）が平成21年計と平成15年の差と一致する",
                        total: "change_2003_2009", parts: [("total_2009", 1), ("total_2003", -1)])
        })
}
