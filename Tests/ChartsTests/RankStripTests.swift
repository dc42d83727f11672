import Foundation
#if canImport(FoundationXML)
    import FoundationXML
#endif
import Testing

@testable import Charts

@Suite struct RankStripTests {
    static let items = [
        RankedBarChart.Item(orderKey: 1, label: "北海道", value: 12),
        RankedBarChart.Item(orderKey: 13, label: "東京都", value: 1223),
        RankedBarChart.Item(orderKey: 27, label: "大阪府", value: 12),
        RankedBarChart.Item(orderKey: 47, label: "沖縄県", value: nil),
    ]

    @Test func marksTheChosenItemWithItsSharedRank() {
        let chart = RankStrip(id: "s", title: "設置数", unit: .places, items: Self.items, highlightedKey: 27).render()
        #expect(chart.svg.contains("4件中2位　12箇所"))
        #expect(chart.description.contains("大阪府は2位の12箇所"))
        #expect(chart.description.contains("データなしは1件"))
        #expect(chart.svg.contains("role=\"img\""))
        #expect(!chart.svg.contains("nan") && !chart.svg.contains("inf"))
    }

    @Test func missingChosenValueIsSaid() {
        let chart = RankStrip(id: "s", title: "設置数", unit: .places, items: Self.items, highlightedKey: 47).render()
        #expect(chart.svg.contains("沖縄県：データなし"))
        #expect(chart.description.contains("沖縄県はデータなし"))
    }

    @Test func allZeroOrEmptyDataStaysFinite() {
        let zeros = (1...47).map { RankedBarChart.Item(orderKey: $0, label: "\($0)", value: 0) }
        for items in [zeros, []] {
            let svg = RankStrip(id: "s", title: "t", unit: .persons, items: items, highlightedKey: 1).render().svg
            #expect(!svg.contains("nan") && !svg.contains("inf"))
            #expect(XMLParser(data: Data(svg.utf8)).parse())
        }
    }
}
