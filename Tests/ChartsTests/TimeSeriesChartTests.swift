import Charts
import Testing

@Suite struct TimeSeriesChartTests {
    static let periods = ["平成30年度\n(2018)", "令和元年度\n(2019)", "令和2年度\n(2020)", "令和3年度\n(2021)"]

    @Test func columnHeightsAreProportionalAndNegativesHangBelowZero() throws {
        let values: [Double?] = [400, -100, nil, 250]
        let chart = TimeSeriesChart(id: "c", title: "t", unit: .thousandYen, periods: Self.periods,
                                    series: [.init(name: "増減", values: values)], style: .column).render()
        let root = try #require(parseXML(chart.wideSVG))
        let rects = root.all.filter { $0.hasClass("shc-column") }.compactMap { $0.descendants("rect").first }
        #expect(rects.count == 3, "the missing year draws no column")
        let heights = rects.compactMap { $0["height"].flatMap(Double.init) }
        let ys = rects.compactMap { $0["y"].flatMap(Double.init) }
        let unit = heights[0] / 400
        #expect(abs(heights[1] - 100 * unit) <= 0.11)
        #expect(abs(heights[2] - 250 * unit) <= 0.11)
        let zeroY = ys[0] + heights[0]
        #expect(abs(ys[1] - zeroY) <= 0.11, "a negative column starts at zero and extends down")
        #expect(abs(ys[2] + heights[2] - zeroY) <= 0.11)
        #expect(root.all.contains { $0.hasClass("shc-missing") && $0.textContent.contains(ChartText.missing) })
        #expect(chart.description.contains("データなしは1件（令和2年度(2020)）"))
        #expect(chart.description.contains("最大は平成30年度(2018)の400千円"))
    }

    @Test func periodLabelsKeepTheirLines() throws {
        let chart = TimeSeriesChart(id: "c", title: "t", unit: .cases, periods: Self.periods,
                                    series: [.init(name: "件数", values: [1, 2, 3, 4])]).render()
        let root = try #require(parseXML(chart.wideSVG))
        let spans = root.descendants("tspan").map(\.textContent)
        #expect(spans.prefix(4) == ["平成30年度", "(2018)", "令和元年度", "(2019)"])
    }

    @Test func seriesAreDistinguishableWithoutColour() throws {
        let chart = TimeSeriesChart(id: "c", title: "t", unit: .cases, periods: Self.periods, series: [
            .init(name: "A", values: [1, 2, 3, 4]), .init(name: "B", values: [2, 3, 4, 5]),
        ]).render()
        let root = try #require(parseXML(chart.wideSVG))
        let paths = root.descendants("path").filter { $0["fill"] == "none" }
        #expect(paths.count == 2)
        #expect(paths[0]["stroke-dasharray"] == nil)
        #expect(paths[1]["stroke-dasharray"] != nil)
        let points = root.all.filter { $0.hasClass("shc-point") }
        #expect(points.flatMap { $0.descendants("circle") }.count == 4, "series A uses circles")
        #expect(points.flatMap { $0.descendants("rect") }.count == 4, "series B uses squares")
        #expect(chart.description.contains("A：最大は令和3年度(2021)の4件"))
    }

    @Test func manyPeriodsThinOutLabelsButKeepEveryPoint() throws {
        let periods = (1989...2024).map { "\($0)年" }
        let values = periods.indices.map { Double($0) as Double? }
        let chart = TimeSeriesChart(id: "c", title: "t", unit: .cases, periods: periods,
                                    series: [.init(name: "s", values: values)], width: 400).render()
        let root = try #require(parseXML(chart.wideSVG))
        #expect(root.descendants("circle").count == periods.count)
        let labels = root.descendants("tspan").count
        #expect(labels < periods.count && labels > 3)
    }
}

@Suite struct CompositionChartTests {
    @Test func stackedSegmentsAreProportionalAndMissingPartsAreNotDrawn() throws {
        let chart = CompositionChart(
            id: "c", title: "t", unit: .persons, components: ["男", "女", "不明"],
            categories: [.init(label: "東京都", values: [300, 100, nil]), .init(label: "大阪府", values: [nil, nil, nil])]
        ).render()
        let root = try #require(parseXML(chart.wideSVG))
        let segments = root.all.filter { $0.hasClass("shc-segment") }
        #expect(segments.count == 2)
        let widths = segments.compactMap { $0.descendants("rect").first?["width"].flatMap(Double.init) }
        #expect(abs(widths[0] - 3 * widths[1]) <= 0.3)
        let xs = segments.compactMap { $0.descendants("rect").first?["x"].flatMap(Double.init) }
        #expect(abs(xs[0] + widths[0] - xs[1]) <= 0.11, "segments abut")
        #expect(segments[0].descendants("title").first?.textContent == "東京都 男: 300人（75.0%）")
        #expect(root.textContent.contains("計400人（一部データなし）"))
        #expect(root.textContent.contains(ChartText.missing))
        #expect(chart.description.contains("データなしは4件（東京都の不明、大阪府の男、大阪府の女、大阪府の不明）"))
        #expect(chart.description.contains("区分別の合計は男300人、女100人"))
    }

    @Test func negativePartsStackLeftOfZero() throws {
        let chart = CompositionChart(id: "c", title: "t", unit: .persons, components: ["増", "減"],
                                     categories: [.init(label: "a", values: [50, -20])]).render()
        let root = try #require(parseXML(chart.wideSVG))
        let rects = root.all.filter { $0.hasClass("shc-segment") }.compactMap { $0.descendants("rect").first }
        let positiveX = try #require(rects.first?["x"].flatMap(Double.init))
        let negativeX = try #require(rects.last?["x"].flatMap(Double.init))
        let negativeWidth = try #require(rects.last?["width"].flatMap(Double.init))
        #expect(abs(negativeX + negativeWidth - positiveX) <= 0.11)
    }

    @Test func legendWrapsInsideTheChart() throws {
        let components = (1...12).map { "区分その\($0)" }
        let chart = CompositionChart(id: "c", title: "t", unit: .persons, components: components,
                                     categories: [.init(label: "a", values: components.map { _ in 1 })], width: 360).render()
        let root = try #require(parseXML(chart.wideSVG))
        let legend = try #require(root.all.first { $0.hasClass("shc-legend") })
        for rect in legend.descendants("rect") {
            #expect((Double(rect["x"] ?? "") ?? 999) < 360)
        }
        let firstBar = try #require(root.all.first { $0.hasClass("shc-segment") }?.descendants("rect").first)
        let lastLegendY = legend.descendants("text").compactMap { $0["y"].flatMap(Double.init) }.max() ?? 0
        #expect((Double(firstBar["y"] ?? "") ?? 0) > lastLegendY, "bars start below the legend")
    }
}
