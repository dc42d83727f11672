import Charts
import Escaping
import Testing

@Suite struct EscapingTests {
    static let hostile = "東京都<script>alert(1)</script> & \"引用\" 'x'\u{0001}"

    @Test func markupEscapesEverySpecialCharacter() {
        #expect(Markup.escape(Self.hostile) == "東京都&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;引用&quot; &#39;x&#39;")
    }

    @Test func chartLabelsAreEscapedEverywhere() throws {
        let labels = [Self.hostile, "A&B", "<b>", "青森県", "岩手県"]
        for (kind, chart) in ChartKinds.all([1, 2, 3, nil, 5], labels: labels) {
            #expect(!chart.svg.contains("<script>"), "\(kind)")
            #expect(!chart.svg.contains("<b>"), "\(kind)")
            let root = try #require(parseXML(chart.wideSVG), "\(kind) not well-formed")
            #expect(root.descendants("script").isEmpty)
            if kind != "line" && kind != "line-two" && kind != "columns" {
                #expect(root.textContent.contains("東京都<script>alert(1)</script>"), "\(kind): label text survives intact")
            }
        }
        let titled = RankedBarChart(id: "c", title: "<title>&", unit: Unit("<u>"), items: []).render()
        #expect(titled.svg.contains("<title id=\"c-title\">&lt;title&gt;&amp;</title>"))
        #expect(parseXML(titled.wideSVG) != nil)
    }

    @Test func periodLabelsAndSeriesNamesAreEscaped() throws {
        let chart = TimeSeriesChart(id: "t", title: "t", unit: .cases, periods: ["<a>\n&"],
                                    series: [.init(name: "<s>", values: [1]), .init(name: "&", values: [nil])]).render()
        let root = try #require(parseXML(chart.wideSVG))
        #expect(root.descendants("tspan").map(\.textContent) == ["<a>", "&"])
        #expect(root.textContent.contains("<s>"))
    }

    @Test func linksAreAttributeEscaped() throws {
        let tile = PrefectureTile(code: 1, name: "北海道", shortName: "北海道", slug: "hokkaido", region: "北海道", row: 0, column: 0)
        let chart = TileMap(id: "m", title: "t", unit: .persons, tiles: [tile], values: [1: 3],
                            links: [1: "a.html?x=1&y=\"2\""]).render()
        #expect(chart.svg.contains("href=\"a.html?x=1&amp;y=&quot;2&quot;\""))
        let root = try #require(parseXML(chart.wideSVG))
        #expect(root.descendants("a").first?["href"] == "a.html?x=1&y=\"2\"")
    }
}
