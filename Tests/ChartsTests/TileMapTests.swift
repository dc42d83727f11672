import Charts
import Testing

@Suite struct TileMapTests {
    private func tileNodes(_ chart: RenderedChart) throws -> [Node] {
        let root = try #require(parseXML(chart.wideSVG))
        return root.all.filter { $0.hasClass("shc-tile") }
    }

    @Test func exactlyFortySevenTilesAtTheGivenPositions() throws {
        let tiles = Fixtures.prefectures
        #expect(tiles.count == 47)
        let chart = TileMap(id: "m", title: "t", unit: .persons, tiles: tiles, values: Fixtures.populationByCode()).render()
        let nodes = try tileNodes(chart)
        #expect(nodes.count == 47)
        var placed: [Int: (x: Double, y: Double)] = [:]
        for node in nodes {
            let code = try #require(node["data-code"].flatMap(Int.init))
            let rect = try #require(node.descendants("rect").first)
            placed[code] = (Double(rect["x"] ?? "") ?? .nan, Double(rect["y"] ?? "") ?? .nan)
        }
        #expect(Set(placed.keys) == Set(1...47))
        // Positions must be one affine map of (column, row): find it from two tiles, check all.
        let hokkaido = try #require(tiles.first { $0.code == 1 })
        let okinawa = try #require(tiles.first { $0.code == 47 })
        let h = try #require(placed[1])
        let o = try #require(placed[47])
        let cell = (h.x - o.x) / Double(hokkaido.column - okinawa.column)
        #expect(cell > 0)
        #expect((o.y - h.y) / Double(okinawa.row - hokkaido.row) == cell)
        for tile in tiles {
            let p = try #require(placed[tile.code])
            #expect(abs(p.x - (o.x + Double(tile.column - okinawa.column) * cell)) < 0.11, "\(tile.name)")
            #expect(abs(p.y - (o.y + Double(tile.row - okinawa.row) * cell)) < 0.11, "\(tile.name)")
        }
        #expect(Set(placed.values.map { "\($0.x),\($0.y)" }).count == 47)
    }

    @Test func tilesCarryShortNameTooltipAndLinks() throws {
        let links = Dictionary(uniqueKeysWithValues: Fixtures.prefectures.map { ($0.code, "../\($0.slug)/index.html") })
        var values = Fixtures.populationByCode()
        values[2] = nil
        let chart = TileMap(id: "m", title: "t", unit: Fixtures.thousandPersons, tiles: Fixtures.prefectures,
                            values: values, links: links).render()
        let nodes = try tileNodes(chart)
        let tokyo = try #require(nodes.first { $0["data-code"] == "13" })
        #expect(tokyo.name == "a")
        #expect(tokyo["href"] == "../tokyo/index.html")
        #expect(tokyo.descendants("title").first?.textContent.hasPrefix("東京都: 14,048千人（") == true)
        #expect(tokyo.descendants("text").first?.textContent == "東京")
        let aomori = try #require(nodes.first { $0["data-code"] == "2" })
        #expect(aomori.hasClass("shc-missing"))
        #expect(aomori.descendants("title").first?.textContent == "青森県: \(ChartText.missingValue)")
        #expect(aomori.descendants("rect").first?["fill"] == "none")
        #expect(chart.description.contains("データなしは1件（青森県）"))
    }

    @Test func highlightedPrefectureIsOutlinedBoldAndDescribed() throws {
        let map = TileMap(id: "m", title: "t", unit: Fixtures.thousandPersons, tiles: Fixtures.prefectures,
                          values: Fixtures.populationByCode(), highlightedCode: 31)
        let chart = map.render()
        let nodes = try tileNodes(chart)
        let tottori = try #require(nodes.first { $0["data-code"] == "31" })
        #expect(tottori.hasClass("shc-highlight"))
        #expect(tottori.descendants("rect").first?["stroke-width"] == "3")
        #expect(tottori.descendants("text").first?["font-weight"] == "bold")
        #expect(nodes.filter { $0.hasClass("shc-highlight") }.count == 1)
        #expect(chart.description.contains("鳥取県は553千人（553千人以上960千人未満）"))
    }

    @Test func withoutLinksTilesAreGroups() throws {
        let chart = TileMap(id: "m", title: "t", unit: .persons, tiles: Fixtures.prefectures, values: [:]).render()
        #expect(try tileNodes(chart).allSatisfy { $0.name == "g" })
        #expect(chart.description.contains("データなしは47件"))
    }

    @Test(arguments: [ClassBreaks.Method.quantiles, .niceBreaks])
    func legendStatesMethodAndEveryTileIsInAClass(method: ClassBreaks.Method) throws {
        let map = TileMap(id: "m", title: "t", unit: .persons, tiles: Fixtures.prefectures,
                          values: Fixtures.populationByCode(), method: method)
        let chart = map.render()
        let root = try #require(parseXML(chart.wideSVG))
        let legend = try #require(root.all.first { $0.hasClass("shc-legend") })
        let heading = legend.descendants("text").first?.textContent ?? ""
        #expect(heading.contains(method == .quantiles ? "分位数で" : "刻みで"))
        #expect((5...7).contains(map.breaks.classCount))
        // Every class entry states its count; the counts add up to the 47 tiles.
        let counts = legend.descendants("text").dropFirst().compactMap { text -> Int? in
            guard let open = text.textContent.lastIndex(of: "（") else { return nil }
            return Int(text.textContent[text.textContent.index(after: open)...].dropLast())
        }
        #expect(counts.reduce(0, +) == 47)
    }
}
