import Charts
import Foundation
import Testing

/// Writes full-size sample charts to `CHARTS_SAMPLE_DIR` for visual review in a browser.
@Suite struct SampleRenderTests {
    @Test(.enabled(if: ProcessInfo.processInfo.environment["CHARTS_SAMPLE_DIR"] != nil))
    func writeSamples() throws {
        let directory = ProcessInfo.processInfo.environment["CHARTS_SAMPLE_DIR"] ?? "/tmp"
        for (name, svg) in Samples.all() {
            try writeFile("\(directory)/\(name).svg", svg)
        }
        try writeFile("\(directory)/data-table.fragment.html", DataTableTests.sample().render())
    }
}

enum Samples {
    static func all() -> [(String, String)] {
        var missingValues = Fixtures.populationByCode()
        missingValues[5] = nil
        missingValues[32] = nil
        let ranked = RankedBarChart(
            id: "population-ranked", title: "都道府県別人口（令和2年）", unit: Fixtures.thousandPersons,
            items: Fixtures.rankedItems(), highlightedKey: 13,
            referenceLine: .init(label: "全国平均", value: 2681)
        ).render()
        let tiles = TileMap(
            id: "population-tiles", title: "都道府県別人口（令和2年）", unit: Fixtures.thousandPersons,
            tiles: Fixtures.prefectures, values: missingValues,
            links: Dictionary(uniqueKeysWithValues: Fixtures.prefectures.map { ($0.code, "../prefectures/\($0.slug)/index.html") }),
            highlightedCode: 13
        ).render()
        let niceTiles = TileMap(
            id: "population-tiles-nice", title: "都道府県別人口（令和2年）", unit: Fixtures.thousandPersons,
            tiles: Fixtures.prefectures, values: Fixtures.populationByCode(), method: .niceBreaks, classCount: 6
        ).render()
        let periods = ["平成28年度\n(2016)", "平成29年度\n(2017)", "平成30年度\n(2018)", "令和元年度\n(2019)",
                       "令和2年度\n(2020)", "令和3年度\n(2021)", "令和4年度\n(2022)"]
        let line = TimeSeriesChart(
            id: "centres-line", title: "認知症疾患医療センター数の推移", unit: .places, periods: periods,
            series: [
                .init(name: "全国", values: [375, 440, 456, nil, 488, 499, 505]),
                .init(name: "うち地域型", values: [330, 370, 380, 370, nil, 390, 392]),
            ]
        ).render()
        let columns = TimeSeriesChart(
            id: "budget-columns", title: "事業費の増減", unit: .thousandYen, periods: periods,
            series: [.init(name: "増減額", values: [12_500, 8_200, -3_400, nil, 15_800, -1_200, 4_300])], style: .column
        ).render()
        let stacked = CompositionChart(
            id: "centres-stacked", title: "類型別センター数", unit: .places, components: ["基幹型", "地域型", "連携型"],
            categories: [
                .init(label: "北海道", values: [1, 20, 4]), .init(label: "東京都", values: [2, 12, 38]),
                .init(label: "大阪府", values: [0, 13, nil]), .init(label: "沖縄県", values: [nil, nil, nil]),
            ]
        ).render()
        let grouped = CompositionChart(
            id: "members-grouped", title: "男女別の会員数", unit: .persons, components: ["男", "女", "不明"],
            categories: [
                .init(label: "北海道", values: [1_204, 1_530, 12]), .init(label: "東京都", values: [3_310, 4_022, nil]),
            ], mode: .grouped
        ).render()
        return [
            ("ranked-bar", ranked.svg), ("tile-map", tiles.svg), ("tile-map-nice", niceTiles.svg),
            ("time-series-line", line.svg), ("time-series-column", columns.svg), ("composition-stacked", stacked.svg),
            ("composition-grouped", grouped.svg),
        ]
    }
}
