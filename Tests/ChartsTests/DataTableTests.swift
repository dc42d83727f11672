import Charts
import Testing

@Suite struct DataTableTests {
    static func sample(sortedBy: DataTable.SortState? = .init(column: 0)) -> DataTable {
        let columns = [
            DataTable.Column("都道府県"),
            DataTable.Column("人口", kind: .number(.persons)),
            DataTable.Column("割合", kind: .number(.percent)),
            DataTable.Column("備考", sortable: false),
        ]
        let rows = [
            DataTable.Row([
                .text("北海道", href: "../hokkaido/index.html", sortKey: 1), .number(5_224_614), .number(4.14), .text(""),
            ], subRows: [
                DataTable.Row([.text("札幌市", sortKey: 1.1), .number(1_973_395), .number(nil), .text("政令指定都市")]),
            ]),
            DataTable.Row([
                .text("青森県", sortKey: 2), .number(1_237_984, flag: "合計と内訳の和が一致しない（差1人）"), .number(0.98),
                .text("<注>&"),
            ]),
            DataTable.Row([.text("岩手県", sortKey: 3), .number(nil), .number(0.96, flag: "合計と内訳の和が一致しない（差1人）")]),
        ]
        return DataTable(
            id: "population", caption: "都道府県別人口（令和2年）", columns: columns, rows: rows,
            totals: DataTable.Row([.text("合計"), .number(7_673_993), .number(nil), .text("")]), sortedBy: sortedBy)
    }

    @Test func isWellFormedWithCaptionAndScopedHeaders() throws {
        let html = Self.sample().render()
        let root = try #require(parseXML(html), "table markup must be well-formed")
        #expect(root.name == "div" && root.hasClass("table-wrap"))
        let table = try #require(root.descendants("table").first)
        #expect(table["id"] == "population")
        #expect(table.hasClass("sortable") && table.hasClass("sticky-header") && table.hasClass("data-table"))
        #expect(table.descendants("caption").first?.textContent == "都道府県別人口（令和2年）")
        let headers = table.descendants("thead").first?.descendants("th") ?? []
        #expect(headers.map(\.textContent) == ["都道府県", "人口（人）", "割合（%）", "備考"])
        #expect(headers.allSatisfy { $0["scope"] == "col" })
        #expect(headers[0]["aria-sort"] == "ascending")
        #expect(headers.dropFirst().allSatisfy { $0["aria-sort"] == nil })
        // Sort buttons are added by the script, so a page without it shows no control that does nothing.
        #expect(headers.allSatisfy { $0.descendants("button").isEmpty })
        #expect(headers.prefix(3).map { $0["data-sort"] } == ["0", "1", "2"])
        #expect(headers[3]["data-sort"] == nil)
        #expect(headers[1].hasClass("num"))
        let bodyRows = table.descendants("tbody").first?.descendants("tr") ?? []
        #expect(bodyRows.count == 4)
        #expect(bodyRows.allSatisfy { $0.children.first?.name == "th" && $0.children.first?["scope"] == "row" })
    }

    @Test func numbersAreRightAlignedGroupedAndCarryRawValues() throws {
        let root = try #require(parseXML(Self.sample().render()))
        let cells = root.descendants("td")
        let hokkaido = try #require(cells.first { $0["data-value"] == "5224614" })
        #expect(hokkaido.hasClass("num"))
        #expect(hokkaido.textContent == "5,224,614")
        #expect(cells.contains { $0["data-value"] == "4.14" && $0.textContent == "4.1" })
        let missing = cells.filter { $0.hasClass("missing") }
        #expect(missing.count == 3)
        #expect(missing.allSatisfy { $0["data-value"] == "" && $0.textContent == ChartText.missing })
        let names = root.descendants("th").filter { $0["scope"] == "row" }
        #expect(names.first?["data-value"] == "1")
        #expect(names.first?.descendants("a").first?["href"] == "../hokkaido/index.html")
    }

    @Test func subRowsAreIndentedUnderTheirParent() throws {
        let root = try #require(parseXML(Self.sample().render()))
        let rows = root.descendants("tbody").first?.descendants("tr") ?? []
        let parent = rows[0]
        let sub = rows[1]
        #expect(sub.hasClass("subrow"))
        #expect(sub["data-parent"] == parent["id"])
        let subHeader = try #require(sub.children.first)
        #expect(subHeader.hasClass("indent"))
        #expect(subHeader["aria-describedby"] == parent.children.first?["id"])
        #expect(!rows[2].hasClass("subrow"))
    }

    @Test func flaggedCellsHaveMarkerTitleAndOneFootnotePerExplanation() throws {
        let root = try #require(parseXML(Self.sample().render()))
        let flagged = root.descendants("td").filter { $0.hasClass("flagged") }
        #expect(flagged.count == 2)
        for cell in flagged {
            #expect(cell["title"] == "合計と内訳の和が一致しない（差1人）")
            let marker = try #require(cell.descendants("a").first)
            #expect(marker.hasClass("flag-marker"))
            #expect(marker.textContent == "※1")
            #expect(marker["href"] == "#population-note-1")
        }
        let notes = root.descendants("ul").first
        #expect(notes?.hasClass("table-notes") == true)
        #expect(notes?.descendants("li").count == 1)
        #expect(notes?.descendants("li").first?["id"] == "population-note-1")
        #expect(notes?.descendants("li").first?.textContent == "※1 合計と内訳の和が一致しない（差1人）")
    }

    /// What the quality page's table needs: a class on a row, a badge around a value, a second line
    /// in a cell, and numbers at the precision each was written with.
    @Test func rowClassesBadgesNotesAndPerCellPrecision() {
        let table = DataTable(
            id: "checks", caption: "検証",
            columns: [DataTable.Column("検証"), DataTable.Column("結果"), DataTable.Column("原資料", kind: .number(.none))],
            rows: [
                DataTable.Row(
                    [
                        DataTable.Cell(.text("合計"), note: "端数処理による差"), DataTable.Cell(.text("不一致"), valueClass: "check-result"),
                        DataTable.Cell(.number(8.826), fractionDigits: 3),
                    ], className: "check mismatch")
            ])
        let html = table.render()
        #expect(html.contains("<tr id=\"checks-r1\" class=\"check mismatch\">"))
        #expect(html.contains(">合計<span class=\"cell-note\">端数処理による差</span></th>"))
        #expect(html.contains("<td class=\"text\"><span class=\"check-result\">不一致</span></td>"))
        #expect(html.contains("<td class=\"num\" data-value=\"8.826\">8.826</td>"))
    }

    @Test func totalsLiveInTfoot() throws {
        let root = try #require(parseXML(Self.sample().render()))
        let foot = try #require(root.descendants("tfoot").first)
        let row = try #require(foot.descendants("tr").first)
        #expect(row.hasClass("totals"))
        #expect(row.children.first?.name == "th")
        #expect(row.children.first?["scope"] == "row")
        #expect(row.descendants("td").first?.textContent == "7,673,993")
    }

    @Test func textIsEscapedAndShortRowsArePadded() throws {
        let html = Self.sample(sortedBy: nil).render()
        #expect(html.contains("&lt;注&gt;&amp;"))
        let root = try #require(parseXML(html))
        let rows = root.descendants("tbody").first?.descendants("tr") ?? []
        #expect(rows.allSatisfy { $0.children.count == 4 })
        #expect(!html.contains("aria-sort"))
    }
}
