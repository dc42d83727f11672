import Foundation
import Content

extension Shakai2010 {
    /// Figures whose caption survives but whose data does not: recorded so the portal can say so.
    static func lostCharts(_ source: SourceText) throws -> [Dataset] {
        let charts: [(id: String, caption: String, title: String, shape: DatasetShape, reason: String)] = [
            ("shakai-seikatsu-fukushi-shikin-kettei-zu", "生活福祉資金貸付決定状況の推移", "生活福祉資金貸付決定状況の推移（図）", .series,
             "原資料ではグラフで示されており、見出しのあとに数値が残っていない。参考2(3)の表の計（生活福祉資金の貸付決定件数・金額の推移）は関連する年度別の値だが、グラフ自体の系列は不明。"),
            ("shakai-kashitsuke-chu-seiho-h20", "都道府県別 貸付中件数及び生活保護世帯数の関係", "都道府県別 貸付中件数及び生活保護世帯数の関係（平成20年度末）", .prefectures,
             "原資料ではグラフで示されており、見出しのあとに数値が残っていない。参考2(4)の貸付決定件数は別の指標（貸付中ではなく貸付決定）であり、代わりには使えない。"),
            ("shakai-homeless-shisaku-suii", "ホームレス施策実施状況別のホームレス数推移(H15.1→H21.1)", "ホームレス施策実施状況別のホームレス数推移（平成15年1月→平成21年1月）", .series,
             "原資料ではグラフで示されており、数値が残っていない。両端の値（平成15年と平成21年）は本文の表にあり、shakai-homeless-shisaku-betsu として収録している。グラフ自体の値は不明。"),
        ]
        return try charts.map { chart in
            let line = try source.requireCaption(containing: chart.caption)
            var last = line
            while last < source.lines.count, source[last + 1].trimmingCharacters(in: .whitespaces).isEmpty { last += 1 }
            return Dataset(
                id: chart.id, title: chart.title, description: "原資料ではグラフとして示されていた図表。数値は原資料に残っていない。",
                shape: chart.shape,
                source: DatasetSource(document: document, lines: SourceLines(first: line, last: last)),
                unrecoverable: chart.reason)
        }
    }
}
