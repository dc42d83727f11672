import Foundation
import Japanese

/// Rebuilds paragraphs from lines wrapped by a PDF layout, and renders them as Markdown.
///
/// A line continues into the next one unless it ends a sentence, the next line opens a new block
/// (bullet, numbered item, note), or it stops well short of the lines around it. A line that ends a
/// page without ending its sentence always continues onto the next page.
enum ProseBuilder {
    struct Line {
        /// 0-based source line.
        var index: Int
        /// Text as laid out, used to measure the wrap width.
        var layout: String
        /// Cleaned text that goes into the output as prose.
        var text: String
        /// Cleaned text with its spacing kept, for rows of tables.
        var row: String
        var page: Int
        /// On double-spaced prose pages lines are justified, so only a clearly short line ends a paragraph.
        var prose: Bool = false
        /// A label standing on its own (a vertical figure label): never joined to a neighbour.
        var standalone: Bool = false
    }

    /// The note shown where a chart or figure was in the original but its data was not carried over.
    static let lostChartNote = "この図表のデータは原資料に含まれていません"

    static func isTerminal(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces().last else { return true }
        return "。！？!?".contains(last)
    }

    /// Whether a line opens a new block: a bullet or mark (`・`, `○`, `※`, `【`), a numbered item
    /// (`①`, `（１）`, `1.`, `2 `, `ア `, `（ア）`, `a `), an article (`第3`) or a dated entry
    /// (`平成21年度 …`).
    static func startsBlock(_ text: String) -> Bool {
        let chars = Array(text.trimmingSpaces().prefix(16))
        guard let first = chars.first else { return false }
        func at(_ index: Int) -> Character? { index < chars.count ? chars[index] : nil }
        func isDigit(_ c: Character?) -> Bool { c.map { $0.isASCII && $0.isNumber || ("０"..."９").contains($0) } ?? false }
        func isSpace(_ c: Character?) -> Bool { c == " " || c == "　" }
        let kana = Set(Enumerators.kanaOrder)
        if "・○〇◆◇■□●◎※＊【［[＜<≪→⇒".contains(first) { return true }
        if let value = first.unicodeScalars.first?.value, (0x2460...0x2473).contains(value) || (0x2776...0x277F).contains(value) {
            return true
        }
        if first == "（" || first == "(" {
            let close: Character = first == "（" ? "）" : ")"
            if isDigit(at(1)), at(2) == close || (isDigit(at(2)) && at(3) == close) { return true }
            if let c = at(1), kana.contains(c), at(2) == close { return true }
        }
        if isDigit(first) {
            let next = isDigit(at(1)) ? at(2) : at(1)
            if next == "．" || next == "." || next == " " { return true }
        }
        if kana.contains(first), isSpace(at(1)) { return true }
        if first.isASCII, first.isLowercase, isSpace(at(1)) { return true }
        if ("ａ"..."ｚ").contains(first), isSpace(at(1)) { return true }
        if first == "第", isDigit(at(1)) || "一二三四五六七八九十".contains(at(1) ?? " ") { return true }
        if Era.allCases.contains(where: { text.hasPrefix($0.name) }), let year = chars.firstIndex(of: "年"),
            !chars[..<year].contains("、"), !chars[..<year].contains("。")
        {
            let after = at(year + 1) == "度" ? at(year + 2) : at(year + 1)
            if isSpace(after) { return true }
        }
        return false
    }

    /// A line ending in a web address ends its paragraph unless the next line carries the address
    /// on (it starts with a character an address may hold): the address would otherwise fuse with
    /// the next sentence (`…000340375.pdfなお、…`).
    static func endsAtAddress(_ text: String, next: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard let last = trimmed.split(whereSeparator: { $0 == " " || $0 == "　" }).last, let scheme = last.range(of: "http"),
            last[scheme.lowerBound...].hasPrefix("http://") || last[scheme.lowerBound...].hasPrefix("https://"),
            let end = last.last, end.isASCII, end != ")"
        else { return false }
        guard let first = next.trimmingSpaces().first else { return true }
        return !(first.isASCII && (first.isLetter || first.isNumber || "/._-~%?#=&".contains(first)))
    }

    /// A line ending in a comma, an opening bracket or a particle cannot end a paragraph.
    static func endsMidSentence(_ text: String) -> Bool {
        guard let last = text.trimmingSpaces().last else { return false }
        return "、・（「『をにがはとやでへのもり".contains(last)
    }

    /// A line starting with closing punctuation, a small kana or a long-vowel mark continues the previous one.
    /// So does one starting with a case particle or an inflected verb (`を`, `の`, `する`), which
    /// no Japanese sentence starts with.
    static func startsMidSentence(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard let first = trimmed.first else { return false }
        if "、。）」』ーっゃゅょぁぃぅぇぉッャュョァィゥェォんン".contains(first) { return true }
        if "をがにでへのはや".contains(first) {
            return !["では", "でも", "にも", "はじめ"].contains { trimmed.hasPrefix($0) }
        }
        return ["する", "され", "した", "して", "させ"].contains { trimmed.hasPrefix($0) }
    }

    /// A lone character on its line is the end of a word wrapped in a narrow cell (`推進事` / `業`),
    /// unless it is one of the one-character labels slides use on their own.
    static func isWordTail(_ text: String) -> Bool {
        let trimmed = text.trimmingSpaces()
        guard trimmed.count == 1, let c = trimmed.first else { return false }
        return TextCleaning.isCJK(c) && !"新略印記注済".contains(c)
    }

    /// Groups lines into paragraphs.
    static func paragraphs(_ lines: [Line]) -> [[Line]] {
        guard !lines.isEmpty else { return [] }
        let widths = lines.map { TextCleaning.width($0.layout.trimmingSpaces()) }
        var result: [[Line]] = []
        var current: [Line] = []
        for (k, line) in lines.enumerated() {
            current.append(line)
            guard k + 1 < lines.count else { break }
            let next = lines[k + 1]
            let wrap = (max(0, k - 4)...min(lines.count - 1, k + 4)).filter { lines[$0].page == line.page }.map { widths[$0] }.max() ?? 0
            let continues =
                !isTerminal(line.text) && !startsBlock(next.text) && !endsAtAddress(line.text, next: next.text)
                && !line.standalone && !next.standalone
                && (next.page != line.page || widths[k] >= (line.prose ? wrap * 0.6 : wrap - 2.5)
                    || endsMidSentence(line.text) || startsMidSentence(next.text) || isWordTail(next.text))
            if !continues {
                result.append(current)
                current = []
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Whether a line looks like a row of a flattened table rather than running text.
    static func isTabular(_ text: String) -> Bool {
        let tokens = text.split(whereSeparator: { $0 == " " || $0 == "　" })
        guard tokens.count >= 3, !text.contains("。") else { return false }
        let numeric = tokens.filter { token in
            token.allSatisfy { $0.isNumber || ",.%％，．△▲-－○×◯".contains($0) }
        }.count
        let longest = tokens.map { TextCleaning.width(String($0)) }.max() ?? 0
        return numeric >= 2 && longest <= 20 && (numeric >= 3 || tokens.count <= 6)
    }

    /// Rows cut into stretches, in order: each maximal run of `minimum` or more rows that look like
    /// rows of a flattened table (``isTabular(_:)``), and each stretch of other rows between them.
    static func stretches(_ rows: [String], minimum: Int) -> [(range: Range<Int>, isTable: Bool)] {
        var stretches: [(range: Range<Int>, isTable: Bool)] = []
        var k = 0
        var start = 0
        while k < rows.count {
            let end = rows[k...].firstIndex { !isTabular($0) } ?? rows.count
            if end - k >= minimum {
                if start < k { stretches.append((start..<k, false)) }
                stretches.append((k..<end, true))
                start = end
            }
            k = max(end, k + 1)
        }
        if start < rows.count { stretches.append((start..<rows.count, false)) }
        return stretches
    }

    /// Renders lines as Markdown: paragraphs one per line, runs of table rows as tables.
    /// Records in `trace` what each line became.
    static func render(_ lines: [Line], trace: inout [LineTrace]) -> [String] {
        stretches(lines.map(\.row), minimum: 2).flatMap { range, isTable -> [String] in
            guard isTable else {
                return paragraphs(Array(lines[range])).map { paragraph in
                    for line in paragraph { trace[line.index] = LineTrace(role: .text, text: line.text) }
                    return TextCleaning.escapeMarkdown(JapaneseText.joinProse(paragraph.map(\.text)))
                }
            }
            for line in lines[range] { trace[line.index] = LineTrace(role: .table, text: PipeTableText.printed(textRow: line.row)) }
            return [PipeTableText.grid(textRows: lines[range].map(\.row))]
        }
    }
}
