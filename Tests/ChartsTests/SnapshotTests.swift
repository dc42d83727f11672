import Charts
import Testing

/// Golden files for each chart kind and the table on small fixtures. Review diffs by eye: they
/// are the rendered bytes.
@Suite struct SnapshotTests {
    static let tiles = [
        PrefectureTile(code: 1, name: "北海道", shortName: "北海道", slug: "hokkaido", region: "北海道", row: 0, column: 2),
        PrefectureTile(code: 2, name: "青森県", shortName: "青森", slug: "aomori", region: "東北", row: 1, column: 2),
        PrefectureTile(code: 3, name: "岩手県", shortName: "岩手", slug: "iwate", region: "東北", row: 2, column: 2),
        PrefectureTile(code: 5, name: "秋田県", shortName: "秋田", slug: "akita", region: "東北", row: 2, column: 1),
        PrefectureTile(code: 13, name: "東京都", shortName: "東京", slug: "tokyo", region: "関東", row: 3, column: 1),
    ]

    @Test func rankedBar() {
        let chart = RankedBarChart(
            id: "ranked", title: "人口", unit: .persons,
            items: [
                .init(orderKey: 2, label: "青森県", value: 1_237_984), .init(orderKey: 1, label: "北海道", value: 5_224_614),
                .init(orderKey: 5, label: "秋田県", value: nil), .init(orderKey: 3, label: "岩手県", value: 1_237_984),
            ],
            highlightedKey: 3, referenceLine: .init(label: "平均", value: 2_566_860), width: 480)
        assertSnapshot(chart.render().svg, named: "ranked-bar")
    }

    @Test func rankedBarWithNegatives() {
        let chart = RankedBarChart(
            id: "change", title: "増減率", unit: .percent,
            items: [.init(orderKey: 1, label: "北海道", value: -2.9), .init(orderKey: 13, label: "東京都", value: 3.9)],
            width: 400)
        assertSnapshot(chart.render().svg, named: "ranked-bar-negative")
    }

    @Test func tileMap() {
        let chart = TileMap(
            id: "tiles", title: "人口", unit: Unit("千人"), tiles: Self.tiles,
            values: [1: 5_225, 2: 1_238, 3: 1_211, 13: 14_048], links: [13: "../tokyo/index.html"],
            method: .niceBreaks, highlightedCode: 13)
        assertSnapshot(chart.render().svg, named: "tile-map")
    }

    @Test func lineChart() {
        let chart = TimeSeriesChart(
            id: "line", title: "センター数", unit: .places,
            periods: ["平成30年度\n(2018)", "令和元年度\n(2019)", "令和2年度\n(2020)", "令和3年度\n(2021)"],
            series: [.init(name: "全国", values: [456, nil, 488, 499]), .init(name: "地域型", values: [380, 370, 375, 390])],
            width: 480, height: 260)
        assertSnapshot(chart.render().svg, named: "time-series-line")
    }

    @Test func columnChart() {
        let chart = TimeSeriesChart(
            id: "columns", title: "増減額", unit: .thousandYen,
            periods: ["令和元年度\n(2019)", "令和2年度\n(2020)", "令和3年度\n(2021)"],
            series: [.init(name: "増減額", values: [12_500, -3_400, nil])], style: .column, width: 400, height: 240)
        assertSnapshot(chart.render().svg, named: "time-series-column")
    }

    @Test func stackedComposition() {
        let chart = CompositionChart(
            id: "stacked", title: "類型別", unit: .places, components: ["基幹型", "地域型", "連携型"],
            categories: [.init(label: "北海道", values: [1, 20, 4]), .init(label: "大阪府", values: [0, 13, nil])],
            width: 480)
        assertSnapshot(chart.render().svg, named: "composition-stacked")
    }

    @Test func groupedComposition() {
        let chart = CompositionChart(
            id: "grouped", title: "男女別", unit: .persons, components: ["男", "女", "不明"],
            categories: [.init(label: "東京都", values: [3_310, 4_022, nil])], mode: .grouped, width: 480)
        assertSnapshot(chart.render().svg, named: "composition-grouped")
    }

    @Test func dataTable() {
        assertSnapshot(DataTableTests.sample().render(), named: "data-table", format: "html")
    }
}
