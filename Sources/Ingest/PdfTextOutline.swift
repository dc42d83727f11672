import Foundation
import Japanese

extension PdfTextReader {
    mutating func sections() -> [Section]? {
        let count = layout.content.count
        var chapters: [(line: Int, number: String, title: String)] = []
        var expected = 1
        for index in 0..<count where isContent(index) && opensPage(index) {
            guard let match = text(index).wholeMatch(of: Enumerators.chapter),
                Int(JapaneseText.foldWidth(String(match.1))) == expected
            else { continue }
            chapters.append((index, String(expected), TextCleaning.cleanProse(String(match.2))))
            expected += 1
        }
        guard let first = chapters.first else { return nil }
        // Whatever precedes the first chapter is the cover stamp naming the office.
        for index in 0..<first.line where isContent(index) { trace[index] = LineTrace(role: .furniture(.titleBlock)) }

        let referenceStart = ((chapters[chapters.count - 1].line + 1)..<count).first {
            isContent($0) && opensPage($0) && TextCleaning.squash(text($0)) == "参考資料"
        }

        var sections = chapters.indices.map { k in
            let (line, number, title) = chapters[k]
            trace[line] = LineTrace(role: .heading, text: title)
            return buildChapter(number: number, title: title, range: line...(k + 1 < chapters.count ? chapters[k + 1].line - 1 : (referenceStart ?? count) - 1))
        }
        if let start = referenceStart {
            trace[start] = LineTrace(role: .heading, text: "参考資料")
            sections += buildReference(range: start...(count - 1))
        }
        return sections
    }

    /// Pages within a range, as lists of line indices.
    func pages(in range: ClosedRange<Int>) -> [[Int]] {
        range.reduce(into: []) { pages, index in
            if let last = pages.last?.last, layout.page[last] == layout.page[index] { pages[pages.count - 1].append(index) } else { pages.append([index]) }
        }
    }

    /// Prose pages are double-spaced and wrapped at about forty characters; slides are not.
    func isProsePage(_ lines: [Int]) -> Bool {
        let text = lines.filter { isContent($0) }
        guard !text.isEmpty else { return true }
        let blanks = lines.filter { trace[$0].role == .blank }.count
        let widest = text.map { TextCleaning.width(self.text($0)) }.max() ?? 0
        // A page holding only the last lines of a paragraph is still prose.
        return (Double(blanks) >= 0.4 * Double(lines.count) || text.count <= 3) && widest <= 42
    }

    func isComparisonHeader(_ index: Int) -> Bool {
        ["改正後現行", "現行改正後", "改正案現行", "現行改正案"].contains(TextCleaning.squash(text(index)))
    }

    /// Whether a page holds the column header of a 新旧対照表.
    func hasComparisonHeader(_ page: [Int]) -> Bool {
        page.contains { isContent($0) && isComparisonHeader($0) }
    }

    /// A chapter: its prose pages with their sub-headings, then its slides, one sub-section per
    /// page, then its 新旧対照表 from the first page that holds a comparison header. The prose ends
    /// before the first page that holds a comparison header or, after the chapter's first page, is
    /// not prose.
    mutating func buildChapter(number: String, title: String, range: ClosedRange<Int>) -> Section {
        let pageList = pages(in: range)
        for page in pageList where isProsePage(page) { proseLines.formUnion(page) }
        let stop = pageList.indices.first { k in hasComparisonHeader(pageList[k]) || (k > 0 && !isProsePage(pageList[k])) }
        let proseRange = range.lowerBound...max(range.lowerBound, stop.map { pageList[$0][0] - 1 } ?? range.upperBound)
        let (ownLines, subsections) = buildSubsections(in: proseRange)
        var children = subsections
        if let stop {
            let comparison = pageList[stop...].firstIndex(where: hasComparisonHeader)
            children += pageList[stop..<(comparison ?? pageList.endIndex)].compactMap { buildSlide($0, level: 2) }
            if let comparison { children += buildComparisons(in: pageList[comparison][0]...range.upperBound) }
        }
        let body = renderBody(ownLines.filter { $0 != range.lowerBound })
        return Section(number: number, title: title, level: 1, body: body, lines: (range.lowerBound + 1)...(range.upperBound + 1), children: children)
    }

    /// Finds `（n）` and `ア` headings on the prose pages; returns the lines before the first
    /// heading and the sub-sections.
    mutating func buildSubsections(in range: ClosedRange<Int>) -> ([Int], [Section]) {
        var heads: [Outline.Head] = []
        var expected = 1
        var nestedLast: Int?
        var kanaNext: Int?
        var lastContent: Int?
        for index in range where isContent(index) {
            defer { lastContent = index }
            let line = TextCleaning.cleanProse(text(index))
            if let match = line.wholeMatch(of: Enumerators.parenNumber), let value = Int(JapaneseText.foldWidth(String(match.1))) {
                let heading = String(match.2)
                let plausible = (2...60).contains(heading.count) && !heading.contains("：") && !ProseBuilder.isTerminal(heading)
                if let nested = nestedLast {
                    if value == nested + 1 { nestedLast = value; continue }
                    nestedLast = nil
                }
                if plausible && value == expected {
                    trace[index] = LineTrace(role: .heading, text: heading)
                    heads.append(Outline.Head(line: index, number: "(\(value))", title: TextCleaning.cleanProse(heading), level: 2))
                    expected += 1
                    kanaNext = nil
                    continue
                }
                // A box inside a section that numbers its own items from （１） again.
                if value == 1, expected > 1 { nestedLast = 1 }
                continue
            }
            if let match = line.wholeMatch(of: Enumerators.kana), let position = Enumerators.kanaOrder.firstIndex(where: { String($0) == match.1 }) {
                let heading = String(match.2)
                let directlyUnder = position == 0 && heads.last?.level == 2 && heads.last?.line == lastContent
                if (directlyUnder || kanaNext == position), (2...60).contains(heading.count), !ProseBuilder.isTerminal(heading) {
                    trace[index] = LineTrace(role: .heading, text: heading)
                    heads.append(Outline.Head(line: index, number: String(match.1), title: TextCleaning.cleanProse(heading), level: 3))
                    kanaNext = position + 1
                }
            }
        }
        let firstHead = heads.first?.line ?? (range.upperBound + 1)
        let sections = Outline.nest(heads[...], upTo: range.upperBound) { _, own, _ in own.map { renderBody(Array($0)) } ?? "" }
        return (Array(range.lowerBound..<firstHead), sections)
    }

    /// A slide page: its title is the longest line that reads like a caption.
    mutating func buildSlide(_ page: [Int], level: Int) -> Section? {
        let lines = page.filter { isContent($0) }
        guard let first = page.first, let last = page.last, !lines.isEmpty || page.contains(where: { layout.furniture[$0] == .chartAxis }) else {
            return nil
        }
        // The first of the best-scoring lines; a score must be above zero.
        let titleLine = lines.compactMap { index in Self.titleScore(TextCleaning.cleanProse(undoubled(index))).map { (index, $0) } }
            .filter { $0.1 > 0 }.max { $0.1 < $1.1 }?.0
        let title = titleLine.map { TextCleaning.cleanProse(undoubled($0)) } ?? "資料"
        if let line = titleLine { trace[line] = LineTrace(role: .heading, text: title) }
        return Section(number: "", title: title, level: level, body: renderBody(page.filter { $0 != titleLine }), lines: (first + 1)...(last + 1))
    }

    /// How much a slide line reads like the slide's title; nil when it cannot be one.
    static func titleScore(_ candidate: String) -> Double? {
        let width = TextCleaning.width(candidate)
        guard width >= 6, width <= 60, !ProseBuilder.startsBlock(candidate), !candidate.contains("。"),
            !candidate.contains("、"), !candidate.contains("http"), !ProseBuilder.isTabular(candidate),
            !ProseBuilder.endsMidSentence(candidate), !(candidate.last.map(TextCleaning.isHiragana) ?? false),
            !PdfPageLayout.isMostlyNumeric(candidate)
        else { return nil }
        let spaces = candidate.filter { $0 == " " }.count
        let balanced = candidate.filter { "「（(".contains($0) }.count == candidate.filter { "」）)".contains($0) }.count
        guard spaces < 3, balanced else { return nil }
        let topical = ["概要", "について", "の推進", "の創設", "の拡充", "の任命", "の展開", "一覧", "予算", "事業", "制度"]
        var score = min(width, 40)
        if topical.contains(where: candidate.contains) { score += 25 }
        if candidate.contains("：") || candidate.contains(":") { score -= 15 }
        return score - Double(spaces * 10)
    }
}
