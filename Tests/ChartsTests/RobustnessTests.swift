import Charts
import Testing

/// Degenerate inputs must still give drawable, finite geometry and honest descriptions.
@Suite struct RobustnessTests {
    static let datasets: [(String, [Double?])] = [
        ("all zero", [0, 0, 0, 0]),
        ("single value", [42]),
        ("negative", [-5, 3, -12, 0, 7]),
        ("all negative", [-5, -3, -12]),
        ("empty", []),
        ("all missing", [nil, nil, nil]),
        ("some missing", [10, nil, 30, nil]),
        ("non-finite treated as missing", [Double.nan, 5, Double.infinity, -Double.infinity]),
        ("equal values", [7, 7, 7]),
        ("tiny fractions", [0.001, 0.002, 0.0015]),
        ("large", [1e12, 3e12, 2.5e12]),
    ]

    @Test(arguments: datasets.map(\.0))
    func geometryIsFinite(dataset: String) throws {
        let values = try #require(Self.datasets.first { $0.0 == dataset }?.1)
        for (kind, chart) in ChartKinds.all(values) {
            let lower = chart.svg.lowercased()
            #expect(!lower.contains("nan"), "\(kind)")
            #expect(!lower.contains("inf"), "\(kind)")
            for drawing in drawings(chart) {
                let root = try #require(parseXML(drawing), "\(kind) not well-formed")
                for number in geometryNumbers(root) {
                    let value = Double(number)
                    #expect(value?.isFinite == true, "\(kind): \(number)")
                }
                for node in root.all {
                    for name in ["width", "height"] {
                        let number = node[name].map { $0.hasSuffix("%") ? String($0.dropLast()) : $0 }
                        if let value = number.flatMap(Double.init) { #expect(value >= 0, "\(kind) \(node.name) \(name)") }
                    }
                }
            }
        }
    }

    @Test func missingValuesAreGapsWithTheirCountStated() throws {
        let values: [Double?] = [10, nil, 30, nil, 5]
        for (kind, chart) in ChartKinds.all(values) {
            #expect(chart.svg.contains(ChartText.missing) || chart.svg.contains("データなし"), "\(kind)")
            #expect(chart.description.contains("データなしは"), "\(kind): \(chart.description)")
        }
        let ranked = try #require(ChartKinds.all(values).first { $0.0 == "ranked" }?.1)
        let root = try #require(parseXML(ranked.wideSVG))
        let missingRows = root.all.filter { $0.hasClass("shc-row") && $0.hasClass("shc-missing") }
        #expect(missingRows.count == 2)
        for row in missingRows {
            #expect(row.descendants("rect").isEmpty, "a missing value must not be drawn as a bar")
            #expect(row.textContent.contains(ChartText.missing))
        }
        #expect(ranked.description.contains("データなしは2件（青森県、宮城県）"))
    }

    @Test func lineHasGapAtMissingValue() throws {
        let chart = TimeSeriesChart(id: "l", title: "t", unit: .cases, periods: ["1", "2", "3", "4"],
                                    series: [.init(name: "s", values: [1, 2, nil, 4])]).render()
        let root = try #require(parseXML(chart.wideSVG))
        let path = try #require(root.descendants("path").first { $0["fill"] == "none" })
        #expect(path["d"]?.filter { $0 == "M" }.count == 2, "two runs: 1–2 and 4")
        #expect(root.descendants("circle").count == 3)
    }

    @Test func emptyChartsSayThereIsNothingToShow() {
        for (kind, chart) in ChartKinds.all([]) {
            #expect(chart.description.contains("ありません") || chart.description.contains("期間のない"), "\(kind): \(chart.description)")
        }
    }
}

@Suite struct DescriptionTests {
    @Test func partialTotalsSaySo() {
        let items = [
            RankedBarChart.Item(orderKey: 1, label: "北海道", value: 10), RankedBarChart.Item(orderKey: 2, label: "青森県", value: nil),
        ]
        let partial = RankedBarChart(id: "c", title: "t", unit: .persons, items: items).summary
        #expect(partial.contains("データなしを除く合計10人"))
        let complete = RankedBarChart(id: "c", title: "t", unit: .persons, items: [items[0]]).summary
        #expect(complete.contains("、合計10人"))
        let rate = RankedBarChart(id: "c", title: "t", unit: .percent, items: [items[0]]).summary
        #expect(!rate.contains("合計"), "rates are not summed")
    }
}
