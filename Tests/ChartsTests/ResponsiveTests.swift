import Charts
import Foundation
import Testing

/// The two drawings of each chart: a fluid one whose text is never scaled, and shared framing
/// (title, unit on its own line, source and date) in both.
@Suite struct ResponsiveTests {
    @Test func fluidDrawingsAreNotScaledAndKeepTextAtElevenPixelsOrMore() throws {
        for (kind, chart) in ChartKinds.all([120, 45, nil, 45, 3_000]) {
            let narrow = try #require(chart.narrowSVG.flatMap(parseXML), "\(kind) has no fluid drawing")
            #expect(narrow["viewBox"] == nil, "\(kind): a viewBox would scale its text")
            #expect(narrow["width"] == "100%", "\(kind)")
            #expect(narrow["id"] == chart.narrowID)
            #expect(narrow.hasClass("shc-narrow"))
            let wide = try #require(parseXML(chart.wideSVG))
            #expect(wide.hasClass("shc-wide"))
            // Text inside a viewport with a viewBox would be scaled with it; a nested <svg> would
            // also end a page's naive `<svg…</svg>` match early.
            #expect(narrow.all.dropFirst().allSatisfy { $0.name != "svg" }, "\(kind): nested viewport")
            for symbol in narrow.descendants("symbol") {
                #expect(symbol.descendants("text").isEmpty, "\(kind): text in a scaled symbol")
            }
            let texts = narrow.descendants("text")
            #expect(!texts.isEmpty)
            for text in texts {
                #expect(Double(text["font-size"] ?? "0") ?? 0 >= 11, "\(kind): \(text.textContent)")
            }
            #expect(chart.svg == chart.wideSVG + (chart.narrowSVG ?? ""))
        }
    }

    /// The download keeps the wide drawing alone; drawn without its narrow twin it must be the
    /// same file as the wide half of a page's chart.
    @Test func wideOnlyDrawingIsTheWideHalfOfBoth() {
        let values: [Double?] = [120, 45, nil, 45, 3_000]
        let both = ChartKinds.all(values)
        let wideOnly = ChartKinds.all(values, versions: .wideOnly)
        #expect(both.count == wideOnly.count)
        for ((kind, full), (_, alone)) in zip(both, wideOnly) {
            #expect(alone.wideSVG == full.wideSVG, "\(kind)")
            #expect(alone.narrowSVG == nil, "\(kind)")
            #expect(alone.svg == alone.wideSVG, "\(kind)")
            #expect(alone.description == full.description, "\(kind)")
        }
    }

    @Test func idsDifferBetweenDrawingsAndCharts() throws {
        var seen: Set<String> = []
        let first = ChartKinds.all([1, 2, 3])
        for (_, chart) in first {
            for drawing in drawings(chart) {
                let root = try #require(parseXML(drawing))
                for id in root.all.compactMap({ $0["id"] }) {
                    #expect(seen.insert(id).inserted, "id \(id) used twice")
                }
                // Each drawing names itself by its own title and description.
                let own = try #require(root["id"])
                #expect(root["aria-labelledby"] == "\(own)-title \(own)-desc")
            }
        }
    }

    @Test func twoSingleSeriesChartsOfOneTableGetDifferentNames() throws {
        let periods = ["2019", "2020"]
        let count = TimeSeriesChart(id: "a", title: "件数・金額の推移", unit: .cases, periods: periods,
                                    series: [.init(name: "件数", values: [1, 2])]).render()
        let amount = TimeSeriesChart(id: "b", title: "件数・金額の推移", unit: .thousandYen, periods: periods,
                                     series: [.init(name: "金額", values: [1, 2])]).render()
        let names = try [count, amount].map { try #require(parseXML($0.wideSVG)?.children.first { $0.name == "title" }).textContent }
        #expect(names == ["件数・金額の推移：件数", "件数・金額の推移：金額"])
    }

    @Test func unitHasItsOwnLineAboveEveryAxisLabel() throws {
        for (kind, chart) in ChartKinds.all([0, 450, 1_200, 30]) {
            for drawing in drawings(chart) {
                let root = try #require(parseXML(drawing))
                let unit = try #require(root.descendants("text").first { $0.textContent == "単位：人" }, "\(kind)")
                let unitY = try #require(unit["y"].flatMap(Double.init))
                let axisTexts = root.all.filter { $0.hasClass("shc-axis") }.flatMap { $0.descendants("text") }
                for text in axisTexts {
                    let y = try #require(text["y"].flatMap(Double.init))
                    // A baseline at least one line (11 px text) below the unit's baseline.
                    #expect(y - unitY >= 11, "\(kind): \(text.textContent) at \(y), unit at \(unitY)")
                }
            }
        }
    }

    @Test func sourceAndDateAreInsideEveryDrawing() throws {
        let credit = ChartCredit(source: "社会・援護局関係主管課長会議資料", date: "平成20年度")
        let items = [RankedBarChart.Item(orderKey: 1, label: "北海道", value: 3)]
        let charts = [
            RankedBarChart(id: "r", title: "t", unit: .persons, items: items, credit: credit).render(),
            TimeSeriesChart(id: "s", title: "t", unit: .persons, periods: ["2019"], series: [.init(name: "a", values: [1])],
                            credit: credit).render(),
            CompositionChart(id: "c", title: "t", unit: .persons, components: ["男"],
                             categories: [.init(label: "a", values: [1])], credit: credit).render(),
            TileMap(id: "m", title: "t", unit: .persons, tiles: Array(Fixtures.prefectures.prefix(3)), values: [1: 2],
                    credit: credit).render(),
            RankStrip(id: "k", title: "t", unit: .persons, items: items, highlightedKey: 1, credit: credit).render(),
        ]
        for chart in charts {
            for drawing in drawings(chart) {
                let root = try #require(parseXML(drawing))
                let credit = root.all.filter { $0.hasClass("shc-credit") }.map(\.textContent).joined()
                    .replacingOccurrences(of: "\n", with: "")
                #expect(credit.contains("出典：社会・援護局関係主管課長会議資料"), "\(chart.id)")
                #expect(credit.contains("時点：平成20年度"), "\(chart.id)")
            }
        }
        let bare = RankedBarChart(id: "r", title: "t", unit: .persons, items: items).render()
        #expect(!bare.svg.contains("shc-credit"), "no empty credit line when nothing is known")
    }

    @Test func longTitlesWrapWithoutLeavingAnOpeningBracketAtALineEnd() throws {
        let title = "生活福祉資金の貸付決定件数・金額の推移（推移）"
        let chart = TimeSeriesChart(id: "s", title: title, unit: .cases, periods: ["2019"],
                                    series: [.init(name: "", values: [1])]).render()
        let narrow = try #require(chart.narrowSVG.flatMap(parseXML))
        let lines = narrow.all.filter { $0.hasClass("shc-heading") }.flatMap { $0.descendants("text") }
            .map(\.textContent).filter { $0 != "単位：件" }
        #expect(lines.count == 2)
        #expect(lines.joined() == title)
        #expect(lines.allSatisfy { !$0.hasSuffix("（") && !$0.hasPrefix("）") })
    }
}
