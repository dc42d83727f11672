import Foundation
import Japanese

/// The `参考資料` part of a flattened PDF: reference tables kept line by line.
extension PdfTextReader {

    /// The reference part: one section per table (`R1`, `R2` …), split where a numbered caption
    /// (`５．…`) or `[参考]` stands, or at the page of a caption that names what is counted
    /// (`…調べ`), which these tables often print after their rows. A dataset whose first rows
    /// stand before such a caption moves the split back to them, so its table stays whole.
    mutating func buildReference(range: ClosedRange<Int>) -> [Section] {
        guard range.upperBound > range.lowerBound else {
            return [Section(number: "R1", title: "参考資料", level: 1, body: "", lines: (range.lowerBound + 1)...(range.upperBound + 1))]
        }
        var starts: [(line: Int, title: String)] = []
        for page in pages(in: (range.lowerBound + 1)...range.upperBound) {
            let numbered = page.filter { isContent($0) && Self.isNumberedCaption(captionRow($0)) }
            starts += numbered.map { ($0, captionRow($0)) }
            if numbered.isEmpty, let pageStart = page.first,
                let caption = page.filter({ isContent($0) }).map({ TextCleaning.cleanRow(text($0)) }).first(where: Self.looksLikeCaption)
            {
                starts.append((pageStart, caption))
            }
        }
        if starts.first?.line != range.lowerBound + 1 { starts.insert((range.lowerBound + 1, "参考資料"), at: 0) }
        starts = Self.keepingClaimsWhole(starts, claims: claims)
        var sections: [Section] = []
        for (k, start) in starts.enumerated() {
            let first = k == 0 ? range.lowerBound : start.line
            let end = k + 1 < starts.count ? starts[k + 1].line - 1 : range.upperBound
            guard start.line <= end else { continue }
            // The caption line is the page's title.
            let lines = Array(start.line...end).filter { index in
                guard isContent(index), captionRow(index) == start.title else { return true }
                trace[index] = LineTrace(role: .heading, text: start.title)
                return false
            }
            let generic = ["参考資料", "[参考]", "［参考］"].contains(start.title)
            let figureCaption = generic ? lines.first { isContent($0) && Self.bracketedCaption(text($0)) != nil } : nil
            let figureTitle = figureCaption.flatMap { Self.bracketedCaption(text($0)) }
            if let figureCaption, let figureTitle { trace[figureCaption] = LineTrace(role: .heading, text: figureTitle) }
            let lostChart = lines.contains { layout.furniture[$0] == .chartAxis }
            // A lost chart's vertical labels follow its note as one list, not inside the excerpt.
            let labels = lostChart ? lines.filter { layout.labels.contains($0) && isContent($0) } : []
            var blocks = claimedBlocks(lines.filter { $0 != figureCaption && !labels.contains($0) }, comparisons: false) {
                $0.keptLines($1, caption: start.title)
            }
            if lostChart { blocks.append(ProseBuilder.lostChartNote) }
            for label in labels {
                let cleaned = TextCleaning.cleanRow(text(label)).trimmingSpaces()
                trace[label] = LineTrace(role: .text, text: cleaned)
                blocks.append(cleaned)
            }
            let claimTitles = ClaimedLines(claims, within: lines).titles(in: (start.line + 1)...(end + 1))
            let title = generic ? figureTitle ?? claimTitles.first ?? start.title : start.title
            sections.append(Section(
                number: "R\(sections.count + 1)", title: title, level: 1, body: blocks.joined(separator: "\n\n"),
                lines: (first + 1)...(end + 1)))
        }
        return withValuesElsewhere(sections)
    }

    /// Each lost chart that quotes, in its own lines, the caption of a table recovered on another
    /// reference page (`都道府県別キャラバン・メイト数、認知症サポーター数、開催回数` over the
    /// chart of 講座開催回数) says where that table is: its figures are not the chart's, but the
    /// chart was drawn from them. The link names the page by number (``SectionLink``).
    func withValuesElsewhere(_ sections: [Section]) -> [Section] {
        var result = sections
        for (k, section) in sections.enumerated() where section.body.contains(ProseBuilder.lostChartNote) {
            let quoted = Set(section.lines.compactMap { line in
                line - 1 < layout.content.count && layout.furniture[line - 1] == nil ? JapaneseText.matchKey(text(line - 1)) : nil
            })
            for (j, other) in sections.enumerated() where j != k {
                let inside = claims.filter { other.lines.contains($0.lines.lowerBound) && !section.lines.contains($0.lines.lowerBound) }
                guard let claim = inside.first(where: { claim in
                    let key = JapaneseText.matchKey(claim.title)
                    return key.count >= 8 && quoted.contains { $0.contains(key) && $0 != key }
                }), let digits = other.number.wholeMatch(of: /R([0-9]+)/)?.1
                else { continue }
                let link = "[参考資料\(digits)「\(claim.title)」](\(SectionLink.destination(other.number, anchor: "data-" + claim.dataset)))"
                result[k].body += "\n\nグラフの数値は原資料に残っていませんが、グラフの見出しが示す表は\(link)にあります。"
                break
            }
        }
        return result
    }

    /// Lines kept as laid out: runs of three or more table rows as a table, the other lines
    /// verbatim in a fence, since the columns of their tables and lists did not survive.
    mutating func keptLines(_ lines: [Int], caption: String) -> [String] {
        let rows = lines.map(row)
        return ProseBuilder.stretches(rows, minimum: 3).map { range, isTable in
            for j in range { trace[lines[j]] = LineTrace(role: .table, text: isTable ? PipeTableText.printed(textRow: rows[j]) : rows[j]) }
            guard isTable else { return "```text\n" + rows[range].joined(separator: "\n") + "\n```" }
            tables.append(LocatedTable(textRows: range.map { (line: lines[$0], text: rows[$0]) }, caption: caption))
            return PipeTableText.grid(textRows: Array(rows[range]))
        }
    }

    /// Split points moved so that no dataset is cut: a split just after a dataset's first lines
    /// (nine in ten of them after it) moves back to its first line, one just before its last lines
    /// stays, and one that would cut it in larger parts goes, as does a move that would leave fewer
    /// than ten lines before it.
    static func keepingClaimsWhole(_ starts: [(line: Int, title: String)], claims: [TableClaim]) -> [(line: Int, title: String)] {
        var result: [(line: Int, title: String)] = []
        for start in starts {
            let line = start.line + 1
            guard let claim = claims.first(where: { $0.lines.lowerBound < line && line <= $0.lines.upperBound }),
                let previous = result.last
            else {
                result.append(start)
                continue
            }
            let before = line - claim.lines.lowerBound
            if (claim.lines.count - before) * 10 <= claim.lines.count {
                result.append(start)
            } else if before * 10 <= claim.lines.count, claim.lines.lowerBound - 1 - previous.line >= 10 {
                result.append((claim.lines.lowerBound - 1, start.title))
            }
        }
        return result
    }

    /// A line as a caption is compared: as a table row, without a slide number after it.
    func captionRow(_ index: Int) -> String {
        TextCleaning.cleanRow(text(index)).trimmingSpaces().replacing(Enumerators.folio, with: "")
    }

    static func isNumberedCaption(_ text: String) -> Bool {
        if text == "[参考]" || text == "［参考］" { return true }
        guard text.wholeMatch(of: Enumerators.numberedCaption) != nil else { return false }
        return !text.contains(" ") && !text.contains("。") && !PdfPageLayout.isMostlyNumeric(text)
    }

    /// A figure's caption set in angle brackets on a line of its own
    /// (`＜都道府県別 認知症サポーター養成講座開催回数＞`), without the brackets.
    static func bracketedCaption(_ line: String) -> String? {
        let text = line.trimmingSpaces()
        guard let first = text.first, let last = text.last, "＜<〈".contains(first), "＞>〉".contains(last), text.count > 4 else { return nil }
        let inner = text.dropFirst().dropLast().trimmingSpaces()
        return inner.contains(where: { "＜<〈＞>〉".contains($0) }) ? nil : inner
    }

    /// Captions that name what a table counts, printed before or after its rows.
    static func looksLikeCaption(_ text: String) -> Bool {
        guard (6...60).contains(text.count), !text.contains("。"), !ProseBuilder.isTabular(text),
            !PdfPageLayout.isMostlyNumeric(text), !text.hasPrefix("※")
        else { return false }
        return ["一覧", "調べ", "状況", "構成", "人数"].contains { text.contains($0) } || text.hasPrefix("都道府県別")
    }
}
