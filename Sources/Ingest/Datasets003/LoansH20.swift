import Foundation
import Content

extension Shakai2010 {
    /// 参考2(4) 平成20年度 生活福祉資金 貸付決定件数及び金額.
    static let loansH20 = PlaceTableDefinition(
        id: "shakai-seikatsu-fukushi-shikin-h20",
        title: "平成20年度 生活福祉資金 貸付決定件数及び金額",
        description: "都道府県別の生活福祉資金の貸付決定件数と貸付決定金額（平成20年度）。",
        document: document, caption: "平成20年度 生活福祉資金 貸付決定件数及び金額", labelColumn: 1,
        columns: [
            .number("count", "貸付決定件数", at: 2, unit: "件"),
            .number("amount", "貸付決定金額", at: 3, unit: "千円"),
        ],
        allowsCities: false,
        asOf: DatasetDate(iso: "2008", wareki: "平成20年度"),
        notes: [],
        charts: [ChartSpec(kind: .rankedBar, columns: ["count"]), ChartSpec(kind: .tileMap, columns: ["count"])],
        checks: { checks in [checks.columnSum("count"), checks.columnSum("amount")] })
}
