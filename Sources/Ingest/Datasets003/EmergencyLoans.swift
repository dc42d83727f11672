import Foundation
import Content

extension Shakai2010 {
    /// 参考2(5) 総合支援資金貸付決定状況【速報値】.
    static let comprehensiveSupportLoans = emergencyLoanTable(
        id: "shakai-sogo-shien-shikin", name: "総合支援資金", caption: "総合支援資金貸付決定状況",
        extraNotes: [])

    /// 参考2(6) 臨時特例つなぎ資金貸付決定状況【速報値】.
    static let bridgeLoans = emergencyLoanTable(
        id: "shakai-tsunagi-shikin", name: "臨時特例つなぎ資金", caption: "臨時特例つなぎ資金貸付決定状況",
        extraNotes: ["高知県の平成22年1月の貸付決定者数は原資料で空欄。累計（35人）は10月～12月の合計と一致する。"])

    /// Both tables share one layout, including the same header shift: the header puts
    /// `累計貸付決定額` over the January column and `H22.1月` over the amounts, one cell to the
    /// right of where the figures are. The row identity 累計 = 10月 + 11月 + 12月 + 1月 (checked
    /// below) shows the data cells themselves are in place, so the columns are read by position.
    private static func emergencyLoanTable(
        id: String, name: String, caption: String, extraNotes: [String]
    ) -> PlaceTableDefinition {
        PlaceTableDefinition(
            id: id,
            title: "\(name)貸付決定状況【速報値】",
            description: "都道府県別の\(name)の貸付決定者数（平成21年10月～平成22年1月の月別と累計）と累計貸付決定額。速報値。",
            document: document, caption: caption, labelColumn: 1,
            columns: [
                .number("persons_total", "貸付決定者数（累計）", at: 2, unit: "人"),
                .number("persons_2009_10", "貸付決定者数 平成21年10月", at: 3, unit: "人"),
                .number("persons_2009_11", "貸付決定者数 平成21年11月", at: 4, unit: "人"),
                .number("persons_2009_12", "貸付決定者数 平成21年12月", at: 5, unit: "人"),
                .number("persons_2010_01", "貸付決定者数 平成22年1月", at: 6, unit: "人"),
                .number("amount_total", "累計貸付決定額", at: 7, unit: "千円"),
            ],
            allowsCities: false,
            asOf: DatasetDate(iso: "2010-01", wareki: "平成22年1月"),
            notes: [
                "原資料の見出しは1列ずれており、「H22.1月」が金額の列の上に、「累計貸付決定額(千円)」が1月の列の上にある。各行で累計＝10月～1月の合計が成り立つことから、数値の列は位置どおりに読んでいる。",
                "原資料の注記：この数値は今後変動する可能性がある。",
            ] + extraNotes,
            charts: [ChartSpec(kind: .rankedBar, columns: ["persons_total"]), ChartSpec(kind: .tileMap, columns: ["persons_total"])],
            checks: { checks in
                ["persons_total", "persons_2009_10", "persons_2009_11", "persons_2009_12", "persons_2010_01"]
                    .map { checks.columnSum($0) }
                    + [checks.columnSum("amount_total") { roundingExplanation(stated: $0, sum: $1, rows: "47都道府県", each: "都道府県ごと") }]
                    + checks.rowSum(
                            id: "persons-total-is-months", title: "貸付決定者数の累計が各月の合計と一致する（空欄は0として計算）",
                            total: "persons_total",
                            parts: ["persons_2009_10", "persons_2009_11", "persons_2009_12", "persons_2010_01"])
            })
    }
}
