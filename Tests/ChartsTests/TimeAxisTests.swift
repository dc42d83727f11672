import Charts
import Testing

/// Time series are placed by date: five-yearly values followed by yearly ones take widths in
/// proportion to the years between them, and the skipped years are marked.
@Suite struct TimeAxisTests {
    /// The shape of 生活福祉資金の推移: 昭和30年度 to 昭和60年度 every five years, then yearly.
    static let years = [1955, 1960, 1965, 1970, 1975, 1980, 1985, 1986, 1987, 1988, 1989, 1990]
    static let eraLabels = ["昭和30年度", "昭和35年度", "昭和40年度", "昭和45年度", "昭和50年度", "昭和55年度", "昭和60年度",
                            "昭和61年度", "昭和62年度", "昭和63年度", "平成元年度", "平成2年度"]

    static func chart(periods: [String], style: TimeSeriesChart.Style = .line) -> TimeSeriesChart {
        TimeSeriesChart(id: "suii", title: "貸付決定件数", unit: .cases, periods: periods,
                        series: [.init(name: "件数", values: periods.indices.map { Double($0 * 100 + 50) })], style: style)
    }

    /// x of each point in the wide drawing, in px.
    static func pointXs(_ chart: RenderedChart) throws -> [Double] {
        let root = try #require(parseXML(chart.wideSVG))
        return root.all.filter { $0.hasClass("shc-point") }.compactMap { $0.descendants("circle").first?["cx"] }
            .compactMap(Double.init)
    }

    /// x of each point in the fluid drawing, in percent of the width.
    static func fluidXs(_ chart: RenderedChart) throws -> [Double] {
        let root = try #require(chart.narrowSVG.flatMap(parseXML))
        return root.all.filter { $0.hasClass("shc-point") }.compactMap { $0.descendants("use").first?["x"] }
            .compactMap { Double($0.dropLast()) }
    }

    @Test(arguments: [years.map(String.init), eraLabels, years.map { "\($0)年度" }])
    func pointsArePlacedByYear(periods: [String]) throws {
        let chart = Self.chart(periods: periods).render()
        for xs in [try Self.pointXs(chart), try Self.fluidXs(chart)] {
            #expect(xs.count == Self.years.count)
            let perYear = (xs[8] - xs[7]) / 1
            #expect(perYear > 0)
            for index in xs.indices.dropFirst() {
                let years = Double(Self.years[index] - Self.years[index - 1])
                // Coordinates are written to one decimal place.
                #expect(abs((xs[index] - xs[index - 1]) - years * perYear) <= 0.15, "\(periods[index])")
            }
            // Thirty years take five times the width of the six years after 1985 at one a year.
            #expect(abs((xs[6] - xs[0]) - 6 * (xs[11] - xs[6]) * 5 / 5) <= 0.5)
        }
    }

    @Test func skippedYearsAreShadedAndCrossedByADottedLine() throws {
        let chart = Self.chart(periods: Self.eraLabels).render()
        for drawing in drawings(chart) {
            let root = try #require(parseXML(drawing))
            let skips = root.all.filter { $0.hasClass("shc-skip") }.flatMap { $0.descendants("rect") }
            #expect(skips.count == 6, "one shaded gap between each pair of five-yearly values")
            let titles = root.all.filter { $0.hasClass("shc-skip") }.flatMap { $0.descendants("title") }.map(\.textContent)
            #expect(titles.first == "1956〜1959：原資料に値なし")
            let dotted = root.descendants("path").filter { $0["stroke-dasharray"] == "1 4" }
            #expect(dotted.count == 1)
            #expect(root.textContent.contains("網かけは原資料に値のない期間"))
        }
    }

    @Test func columnsArePlacedByYearToo() throws {
        let chart = Self.chart(periods: Self.years.map(String.init), style: .column).render()
        let root = try #require(parseXML(chart.wideSVG))
        let rects = root.all.filter { $0.hasClass("shc-column") }.compactMap { $0.descendants("rect").first }
        let centres = rects.compactMap { rect in
            Double(rect["x"] ?? "").flatMap { x in Double(rect["width"] ?? "").map { x + $0 / 2 } }
        }
        #expect(centres.count == Self.years.count)
        #expect(abs((centres[1] - centres[0]) - 5 * (centres[8] - centres[7])) <= 0.3)
    }

    @Test func monthsAndFiscalYearsShareOneAxis() {
        let chart = TimeSeriesChart(id: "m", title: "t", unit: .cases, periods: ["2007", "2008", "2009-04"],
                                    series: [.init(name: "s", values: [1, 2, 3])])
        let f = chart.periodFractions
        #expect(abs((f[2] - f[1]) - 1.25 * (f[1] - f[0])) < 1e-9)
    }

    @Test func labelsWithoutDatesAreSpacedEvenly() {
        let chart = TimeSeriesChart(id: "e", title: "t", unit: .cases, periods: ["第1期", "第2期", "第10期"],
                                    series: [.init(name: "s", values: [1, 2, 3])])
        let f = chart.periodFractions
        #expect(abs((f[2] - f[1]) - (f[1] - f[0])) < 1e-9)
    }

    @Test func givenPositionsWin() {
        let chart = TimeSeriesChart(id: "g", title: "t", unit: .cases, periods: ["a", "b", "c"],
                                    series: [.init(name: "s", values: [1, 2, 3])], positions: [0, 1, 4])
        let f = chart.periodFractions
        #expect(abs((f[2] - f[1]) - 3 * (f[1] - f[0])) < 1e-9)
    }

    @Test func aLineThatDoesNotStartAtZeroSaysSo() throws {
        let zoomed = TimeSeriesChart(id: "z", title: "t", unit: .cases, periods: ["2019", "2020"],
                                     series: [.init(name: "s", values: [980, 1_000])], includeZero: false).render()
        let anchored = TimeSeriesChart(id: "a", title: "t", unit: .cases, periods: ["2019", "2020"],
                                       series: [.init(name: "s", values: [980, 1_000])]).render()
        for drawing in drawings(zoomed) { #expect(drawing.contains("縦軸は0から始まっていない")) }
        for drawing in drawings(anchored) { #expect(!drawing.contains("縦軸は0から始まっていない")) }
    }
}
