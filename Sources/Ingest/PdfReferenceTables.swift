import Foundation

/// The `参考資料` part of a flattened PDF: reference tables kept line by line.
extension PdfTextState {

    /// The reference part: one sub-section per table, split where a numbered caption (`５．…`)
    /// or `[参考]` stands, or at the page of a caption that names what is counted (`…調べ`),
    /// which these tables often print after their rows.
    mutating func buildReference(range: ClosedRange<Int>) -> Section {
        guard range.upperBound > range.lowerBound else {
            return Section(number: "参考", title: "参考資料", level: 1, body: "", lines: (range.lowerBound + 1)...(range.upperBound + 1))
        }
        var starts: [(line: Int, title: String)] = []
        for page in pages(in: (range.lowerBound + 1)...range.upperBound) {
            guard let pageStart = page.first else { continue }
            var split = false
            for index in page where isContent(index) {
                let row = Self.withoutFolio(TextCleaning.cleanRow(text(index)).trimmingCharacters(in: .whitespaces))
                if Self.isNumberedCaption(row) {
                    starts.append((index, row))
                    split = true
                }
            }
            if !split, let caption = page.filter({ isContent($0) }).map({ TextCleaning.cleanRow(text($0)) }).first(where: Self.looksLikeCaption) {
                starts.append((pageStart, caption))
            }
        }
        if starts.first?.line != range.lowerBound + 1 { starts.insert((range.lowerBound + 1, "参考資料"), at: 0) }
        var children: [Section] = []
        for (k, start) in starts.enumerated() {
            let end = k + 1 < starts.count ? starts[k + 1].line - 1 : range.upperBound
            guard start.line <= end else { continue }
            let content = (start.line...end).filter { isContent($0) }
            let rows = content.map { TextCleaning.cleanRow(DoubledText.undoubled(text($0)) ?? text($0)).trimmingCharacters(in: .whitespaces) }
            for (index, row) in zip(content, rows) { trace[index] = LineTrace(role: .table, text: row) }
            collectTables(content, rows: rows, caption: start.title)
            var blocks: [String] = []
            if !rows.isEmpty { blocks.append(ProseBuilder.fenced(rows)) }
            if (start.line...end).contains(where: { layout.furniture[$0] == .chartAxis }) { blocks.append(ProseBuilder.lostChartNote) }
            children.append(Section(number: "", title: start.title, level: 2, body: blocks.joined(separator: "\n\n"), lines: (start.line + 1)...(end + 1)))
        }
        return Section(number: "参考", title: "参考資料", level: 1, body: "", lines: (range.lowerBound + 1)...(range.upperBound + 1), children: children)
    }

    // Compiled once, like ``chapterPattern``.
    nonisolated(unsafe) static let folio: Regex<Substring> = #/ \d{1,3}$/#
    nonisolated(unsafe) static let numberedCaption: Regex<Substring> = #/[０-９0-9]{1,2}[．.][^ 0-9０-９].{5,60}/#

    /// A slide number printed after a caption: `２．サポーターの性別・年代別構成 2`.
    static func withoutFolio(_ text: String) -> String {
        text.replacing(folio, with: "")
    }

    static func isNumberedCaption(_ text: String) -> Bool {
        if text == "[参考]" || text == "［参考］" { return true }
        guard text.wholeMatch(of: numberedCaption) != nil else { return false }
        return !text.contains(" ") && !text.contains("。") && !PdfPageLayout.isMostlyNumeric(text)
    }

    /// Captions that name what a table counts, printed before or after its rows.
    static func looksLikeCaption(_ text: String) -> Bool {
        guard (6...60).contains(text.count), !text.contains("。"), !ProseBuilder.isTabular(text),
            !PdfPageLayout.isMostlyNumeric(text), !text.hasPrefix("※")
        else { return false }
        return ["一覧", "調べ", "状況", "構成", "人数"].contains { text.contains($0) } || text.hasPrefix("都道府県別")
    }

    /// Hands runs of three or more table rows to the dataset stage.
    mutating func collectTables(_ lines: [Int], rows: [String], caption: String) {
        var k = 0
        while k < rows.count {
            var end = k
            while end < rows.count, ProseBuilder.isTabular(rows[end]) { end += 1 }
            if end - k >= 3 {
                let cells = rows[k..<end].map { $0.split(separator: " ").map(String.init) }
                tables.append(RawTable(caption: caption, lines: (lines[k] + 1)...(lines[end - 1] + 1), rows: cells))
                k = end
            } else {
                k += 1
            }
        }
    }
}
