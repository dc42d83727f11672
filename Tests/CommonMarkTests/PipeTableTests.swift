import Testing

@testable import CommonMark

@Suite struct PipeTableTests {
    let renderer = MarkdownRenderer()

    @Test func aPipeTableBecomesAnHTMLTable() {
        let html = renderer.render("前文。\n\n| 区分 | 件数 |\n| --- | --- |\n| 北海道 | 21 |\n| 青森県 | 6 |\n\n後文。").html
        #expect(html.contains("<thead>\n<tr><th scope=\"col\">区分</th><th scope=\"col\">件数</th></tr>\n</thead>"))
        #expect(html.contains("<tr><td>北海道</td><td class=\"num\">21</td></tr>"))
        #expect(html.hasPrefix("<p>前文。</p>\n<div class=\"table-scroll\"><table"))
        #expect(html.hasSuffix("<p>後文。</p>\n"))
        #expect(!html.contains("| "))
    }

    @Test func headerRowsAboveTheDelimiterMergeCellsMarkedLeftAndUp() {
        let markdown = """
            | 都道府県 | 認知症疾患医療センター | < |
            | ^ | 設置圏域数 | センター数 |
            | --- | --- | --- |
            | 北海道 | 10 | 21 |
            """
        let html = renderer.render(markdown).html
        #expect(html.contains("<th scope=\"col\" rowspan=\"2\">都道府県</th><th scope=\"col\" colspan=\"2\">認知症疾患医療センター</th></tr>"))
        #expect(html.contains("<tr><th scope=\"col\">設置圏域数</th><th scope=\"col\">センター数</th></tr>"))
    }

    @Test func cellTextIsEscapedAndBreaksKept() {
        let html = renderer.render("| a |\n| --- |\n| <script>x</script> & 1<br>2 \\| 3 |").html
        #expect(html.contains("<td class=\"long\">&lt;script&gt;x&lt;/script&gt; &amp; 1<br>2 | 3</td>"))
        #expect(!html.contains("<script>"))
    }

    @Test func pipesInsideFencesOrWithoutADelimiterStayText() {
        let fenced = renderer.render("```\n| a | b |\n| --- | --- |\n```").html
        #expect(fenced.contains("<pre><code>| a | b |"))
        let loose = renderer.render("| a | b |\n| c | d |").html
        #expect(loose.contains("<p>| a | b |"))
    }

    /// Figures align right as in the dataset tables; labels that hold a number do not, and running
    /// text wraps rather than widening the table.
    @Test func figuresAlignRightAndRunningTextWraps() {
        let markdown = """
            | 区分 | 件数 | 割合 | 増減 | 箇所 |
            | --- | --- | --- | --- | --- |
            | 平成21年度 | 1,056 | 64.0% | △ 21 | １６か所 |
            | 20代 | (5,601) | － | 12 | 地域の関係機関と連携して相談支援の強化を図ることとし、その体制を整える |
            | 1 時間以上 | 1 単位 | 0.5単位 | 単位 | 21年 |
            """
        let html = renderer.render(markdown).html
        #expect(html.contains(
            "<tr><td>平成21年度</td><td class=\"num\">1,056</td><td class=\"num\">64.0%</td><td class=\"num\">△ 21</td><td class=\"num\">１６か所</td></tr>"))
        #expect(html.contains("<tr><td>20代</td><td class=\"num\">(5,601)</td><td>－</td><td class=\"num\">12</td><td class=\"long\">"))
        #expect(html.contains("<tr><td>1 時間以上</td><td class=\"num\">1 単位</td><td class=\"num\">0.5単位</td><td>単位</td><td>21年</td></tr>"))
        // Header cells stay centred over their columns.
        #expect(html.contains("<th scope=\"col\">件数</th>"))
    }

    @Test func linesAfterATableKeepTheirNumbers() {
        let extracted = PipeTables.extract("| a |\n| --- |\n| 1 |\n| 2 |\n\n[x](y.md)")
        #expect(extracted.markdown.split(separator: "\n", omittingEmptySubsequences: false).count == 6)
        #expect(extracted.tables.count == 1)
    }
}
