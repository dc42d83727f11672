import Charts
import Testing

@Suite struct WellFormedTests {
    @Test(arguments: ["ranked", "tiles", "line", "line-two", "columns", "stacked", "grouped"])
    func everyKindIsAccessibleXML(kind: String) throws {
        let chart = try #require(ChartKinds.all([120, 45, nil, 45, 3_000]).first { $0.0 == kind }?.1)
        let root = try #require(parseXML(chart.wideSVG), "not well-formed XML")
        #expect(root.name == "svg")
        #expect(root["xmlns"] == "http://www.w3.org/2000/svg")
        // Marks that link to pages keep the svg's own role (an image's children are presentational).
        let linked = chart.wideSVG.contains("<a ")
        #expect(root["role"] == (linked ? nil : "img"))
        #expect(root["id"] == chart.id)
        #expect(root["aria-labelledby"] == "\(chart.titleID) \(chart.descriptionID)")
        let title = try #require(root.children.first { $0.name == "title" })
        let desc = try #require(root.children.first { $0.name == "desc" })
        #expect(title["id"] == chart.titleID)
        #expect(desc["id"] == chart.descriptionID)
        #expect(!title.textContent.isEmpty)
        #expect(desc.textContent == chart.description)
        #expect(desc.textContent.contains("データなしは"))
    }

    @Test func textIsNeverSmallerThanElevenPixels() {
        for (_, chart) in ChartKinds.all([1, 2, 3, nil, -4]) {
            let root = parseXML(chart.wideSVG)
            for text in root?.descendants("text") ?? [] {
                #expect(Double(text["font-size"] ?? "0") ?? 0 >= 11, "\(chart.id): \(text.textContent)")
            }
        }
    }

    @Test func idsAreSanitised() {
        let chart = RankedBarChart(id: "人口 <x>", title: "t", unit: .persons, items: []).render()
        #expect(chart.id == "chart-----x-")
        #expect(parseXML(chart.wideSVG) != nil)
    }
}
