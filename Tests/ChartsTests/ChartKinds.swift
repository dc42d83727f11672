import Charts

/// Every chart kind built from the same short list of values, so properties can be checked
/// across kinds: ranked bars, tile map, line, columns, stacked and grouped compositions.
enum ChartKinds {
    static let labels = ["北海道", "青森県", "岩手県", "宮城県", "秋田県"]

    static func all(
        _ values: [Double?], labels: [String] = labels, unit: Unit = .persons, versions: ChartVersions = .both
    ) -> [(String, RenderedChart)] {
        let count = values.count
        let names = (0..<count).map { $0 < labels.count ? labels[$0] : "項目\($0 + 1)" }
        let items = (0..<count).map { RankedBarChart.Item(orderKey: $0 + 1, label: names[$0], value: values[$0]) }
        let tiles = (0..<count).map {
            PrefectureTile(code: $0 + 1, name: names[$0], shortName: names[$0], slug: "p\($0 + 1)", region: "東北",
                           row: $0 / 3, column: $0 % 3)
        }
        var byCode: [Int: Double] = [:]
        for (index, value) in values.enumerated() { if let value { byCode[index + 1] = value } }
        let periods = (0..<count).map { "令和\($0 + 1)年度\n(\(2019 + $0))" }
        let categories = (0..<count).map { index in
            CompositionChart.Category(label: names[index], values: [values[index], values[(index + 1) % count]])
        }
        return [
            ("ranked", RankedBarChart(id: "ranked", title: "順位", unit: unit, items: items, highlightedKey: 1,
                                      referenceLine: .init(label: "平均", value: 10)).render(versions)),
            ("tiles", TileMap(id: "tiles", title: "地図", unit: unit, tiles: tiles, values: byCode,
                              links: [1: "../p1/index.html"], highlightedCode: 2).render(versions)),
            ("line", TimeSeriesChart(id: "line", title: "推移", unit: unit, periods: periods,
                                     series: [.init(name: "件数", values: values)]).render(versions)),
            ("line-two", TimeSeriesChart(id: "line2", title: "推移", unit: unit, periods: periods,
                                         series: [.init(name: "A", values: values), .init(name: "B", values: values.reversed())],
                                         includeZero: false).render(versions)),
            ("columns", TimeSeriesChart(id: "columns", title: "推移", unit: unit, periods: periods,
                                        series: [.init(name: "件数", values: values)], style: .column).render(versions)),
            ("stacked", CompositionChart(id: "stacked", title: "内訳", unit: unit, components: ["男", "女"],
                                         categories: categories).render(versions)),
            ("grouped", CompositionChart(id: "grouped", title: "内訳", unit: unit, components: ["男", "女"],
                                         categories: categories, mode: .grouped).render(versions)),
        ]
    }
}
