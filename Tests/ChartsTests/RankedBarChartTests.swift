import Charts
import Testing

@Suite struct RankedBarChartTests {
    /// Bars inside the chart body, keyed by the item's order key.
    private func bars(_ chart: RenderedChart) throws -> [(key: Int, rect: Node)] {
        let root = try #require(parseXML(chart.wideSVG))
        return root.all.filter { $0.hasClass("shc-row") }.compactMap { row in
            guard let key = row["data-key"].flatMap(Int.init), let rect = row.descendants("rect").first else { return nil }
            return (key, rect)
        }
    }

    @Test func barLengthsAreProportionalToValues() throws {
        let values: [Double] = [14_048, 9_237, 553, 2_681, 1, 0, 7_000]
        let items = values.enumerated().map { RankedBarChart.Item(orderKey: $0.offset, label: "p\($0.offset)", value: $0.element) }
        let chart = RankedBarChart(id: "c", title: "t", unit: .persons, items: items).render()
        let found = try bars(chart)
        #expect(found.count == values.count)
        let widths = Dictionary(uniqueKeysWithValues: found.map { ($0.key, Double($0.rect["width"] ?? "") ?? -1) })
        let pxPerUnit = (widths[0] ?? 0) / values[0]
        for (key, value) in values.enumerated() {
            // Coordinates carry one decimal, so allow 0.1 px of rounding on each end.
            #expect(abs((widths[key] ?? -1) - value * pxPerUnit) <= 0.11, "item \(key)")
        }
    }

    @Test func sortedDescendingWithStableTiesAndMissingLast() throws {
        let items = [
            RankedBarChart.Item(orderKey: 13, label: "東京都", value: 5),
            RankedBarChart.Item(orderKey: 2, label: "青森県", value: 5),
            RankedBarChart.Item(orderKey: 40, label: "福岡県", value: 9),
            RankedBarChart.Item(orderKey: 1, label: "北海道", value: nil),
            RankedBarChart.Item(orderKey: 47, label: "沖縄県", value: 5),
            RankedBarChart.Item(orderKey: 3, label: "岩手県", value: -2),
        ]
        let chart = RankedBarChart(id: "c", title: "t", unit: .persons, items: items)
        #expect(chart.ranked.map(\.item.orderKey) == [40, 2, 13, 47, 3, 1])
        #expect(chart.ranked.map(\.rank) == [1, 2, 2, 2, 5, nil])
        let root = try #require(parseXML(chart.render().wideSVG))
        let drawnOrder = root.all.filter { $0.hasClass("shc-row") }.compactMap { $0["data-key"].flatMap(Int.init) }
        #expect(drawnOrder == [40, 2, 13, 47, 3, 1])
        let ys = root.all.filter { $0.hasClass("shc-row") }.compactMap { $0.descendants("text").last?["y"].flatMap(Double.init) }
        #expect(ys == ys.sorted())
    }

    @Test func orderDoesNotDependOnInputOrder() {
        let items = (1...47).map { RankedBarChart.Item(orderKey: $0, label: "p\($0)", value: Double($0 % 5)) }
        let forward = RankedBarChart(id: "c", title: "t", unit: .cases, items: items).render()
        let backward = RankedBarChart(id: "c", title: "t", unit: .cases, items: items.reversed()).render()
        #expect(forward == backward)
    }

    @Test func negativeValuesExtendLeftOfZero() throws {
        let items = [
            RankedBarChart.Item(orderKey: 1, label: "a", value: 10),
            RankedBarChart.Item(orderKey: 2, label: "b", value: -10),
        ]
        let root = try #require(parseXML(RankedBarChart(id: "c", title: "t", unit: .percent, items: items).render().wideSVG))
        let rects = root.all.filter { $0.hasClass("shc-row") }.compactMap { $0.descendants("rect").first }
        let positive = try #require(rects.first)
        let negative = try #require(rects.last)
        let zero = try #require(Double(positive["x"] ?? ""))
        #expect(Double(negative["x"] ?? "")! + Double(negative["width"] ?? "")! <= zero + 0.1)
        #expect(Double(negative["width"] ?? "")! == Double(positive["width"] ?? "")!)
    }

    @Test func highlightAndReferenceLineAreMarkedBeyondColour() throws {
        let chart = RankedBarChart(
            id: "c", title: "t", unit: Fixtures.thousandPersons, items: Fixtures.rankedItems(), highlightedKey: 31,
            referenceLine: .init(label: "全国平均", value: 2_681)
        ).render()
        let root = try #require(parseXML(chart.wideSVG))
        let highlighted = root.all.filter { $0.hasClass("shc-highlight") }
        #expect(highlighted.count == 1)
        #expect(highlighted.first?["data-key"] == "31")
        #expect(highlighted.first?.descendants("text").contains { $0["font-weight"] == "bold" && $0.textContent == "▶鳥取県" } == true)
        #expect(root.all.contains { $0.hasClass("shc-reference") && $0.textContent.contains("全国平均 2,681千人") })
        #expect(chart.description.hasPrefix("47件を値の大きい順に並べた横棒グラフ。最大は東京都の14,048千人、最小は鳥取県の553千人、合計"))
        #expect(chart.description.contains("全国平均は2,681千人"))
        #expect(chart.description.contains("鳥取県は47件中47位の553千人"))
    }

    @Test func rowsLinkWhenGivenHref() throws {
        let items = [
            RankedBarChart.Item(orderKey: 13, label: "東京都", value: 3, href: "../tokyo/index.html"),
            RankedBarChart.Item(orderKey: 1, label: "北海道", value: nil),
        ]
        let root = try #require(parseXML(RankedBarChart(id: "c", title: "t", unit: .cases, items: items).render().wideSVG))
        let rows = root.all.filter { $0.hasClass("shc-row") }
        #expect(rows.map(\.name) == ["a", "g"])
        #expect(rows.first?["href"] == "../tokyo/index.html")
    }

    @Test func valuesArePrintedWithUnits() throws {
        let items = [RankedBarChart.Item(orderKey: 1, label: "北海道", value: 1_234_567)]
        let chart = RankedBarChart(id: "c", title: "t", unit: .thousandYen, items: items).render()
        #expect(chart.svg.contains(">1,234,567千円</text>"))
        #expect(chart.svg.contains("<title>北海道: 1,234,567千円（1位）</title>"))
    }
}
