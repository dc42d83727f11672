import Foundation

/// Reads plain text flattened from a PDF (format `pdf-text`): a run of numbered chapters
/// (`１．…について`), each with double-spaced prose followed by slide pages, then an optional
/// `参考資料` part of reference tables.
///
/// The outline comes from the text itself: a chapter heading opens a page and carries the next
/// number in sequence; `（n）` sub-headings are taken from the prose pages only, in sequence, so
/// that boxes and slide excerpts that restart their own numbering stay text; `ア`/`イ`/`ウ`
/// become headings only directly under a `（n）` heading that has no text of its own. Each slide
/// page becomes a sub-section of its chapter, and a 新旧対照表 shows the revised text with the
/// previous wording folded away beneath it.
public struct PdfTextReader: Sendable {
    public init() {}

    public func read(_ source: SourceText, id: String, title: String) throws(IngestError) -> SourceDocument {
        var state = State(source: source)
        let sections = state.build()
        guard !sections.isEmpty else {
            throw .structure(
                path: source.name,
                message: "no numbered chapter heading (`１．…について`) was found. Check that the file is the flattened PDF text, or choose another format in sources.yaml.")
        }
        return SourceDocument(id: id, title: title, sections: sections, tables: state.tables, trace: state.trace)
    }
}

extension PdfTextReader {
    fileprivate struct State {
        let source: SourceText
        let layout: PdfPageLayout
        var trace: [LineTrace]
        var tables: [RawTable] = []
        /// Lines on double-spaced prose pages.
        var proseLines: Set<Int> = []

        init(source: SourceText) {
            self.source = source
            let layout = PdfPageLayout(source)
            self.layout = layout
            trace = layout.content.enumerated().map { index, text in
                if let kind = layout.furniture[index] { return LineTrace(role: .furniture(kind)) }
                return LineTrace(role: text.trimmingCharacters(in: .whitespaces).isEmpty ? .blank : .text)
            }
        }

        func isContent(_ index: Int) -> Bool { trace[index].role == .text }

        func text(_ index: Int) -> String { layout.content[index].trimmingCharacters(in: .whitespaces) }

        /// Whether a line is the first piece of text on its page.
        func opensPage(_ index: Int) -> Bool {
            var cursor = index - 1
            while cursor >= 0 {
                if isContent(cursor) || layout.furniture[cursor] == .folio { return layout.page[cursor] != layout.page[index] }
                cursor -= 1
            }
            return true
        }

        // MARK: Outline

        static var chapterPattern: Regex<(Substring, Substring, Substring)> { #/^([０-９]{1,2}|[0-9]{1,2})\s?[．.]\s?(.{4,45}について)$/# }
        static var subPattern: Regex<(Substring, Substring, Substring)> { #/^[（(]([０-９0-9]{1,2})[）)]\s*(.+)$/# }
        static var kanaPattern: Regex<(Substring, Substring, Substring)> { #/^([アイウエオカキクケコ])[ 　](.+)$/# }
        static let kana = Array("アイウエオカキクケコ")

        mutating func build() -> [Section] {
            let count = layout.content.count
            var chapters: [(line: Int, number: String, title: String)] = []
            var expected = 1
            for index in 0..<count where isContent(index) && opensPage(index) {
                guard let match = text(index).wholeMatch(of: Self.chapterPattern),
                    Int(TextCleaning.asciiDigits(String(match.1))) == expected
                else { continue }
                chapters.append((index, String(expected), TextCleaning.cleanProse(String(match.2))))
                expected += 1
            }
            guard let first = chapters.first else { return [] }
            // Whatever precedes the first chapter is the cover stamp naming the office.
            for index in 0..<first.line where isContent(index) { trace[index] = LineTrace(role: .furniture(.titleBlock)) }

            var referenceStart: Int?
            if let last = chapters.last {
                for index in (last.line + 1)..<count
                where isContent(index) && opensPage(index) && TextCleaning.squash(text(index)) == "参考資料" {
                    referenceStart = index
                    break
                }
            }

            var sections: [Section] = []
            for (k, chapter) in chapters.enumerated() {
                let end = k + 1 < chapters.count ? chapters[k + 1].line - 1 : (referenceStart.map { $0 - 1 } ?? count - 1)
                trace[chapter.line] = LineTrace(role: .heading, text: chapter.title)
                sections.append(buildChapter(number: chapter.number, title: chapter.title, range: chapter.line...end))
            }
            if let start = referenceStart {
                trace[start] = LineTrace(role: .heading, text: "参考資料")
                sections.append(buildReference(range: start...(count - 1)))
            }
            return sections
        }

        /// Pages within a range, as lists of line indices.
        func pages(in range: ClosedRange<Int>) -> [[Int]] {
            var result: [[Int]] = []
            var currentPage = -1
            for index in range {
                if layout.page[index] != currentPage {
                    result.append([])
                    currentPage = layout.page[index]
                }
                result[result.count - 1].append(index)
            }
            return result
        }

        /// Prose pages are double-spaced and wrapped at about forty characters; slides are not.
        func isProsePage(_ lines: [Int]) -> Bool {
            let text = lines.filter { isContent($0) }
            guard !text.isEmpty else { return true }
            let blanks = lines.filter { trace[$0].role == .blank }.count
            let widest = text.map { TextCleaning.width(self.text($0)) }.max() ?? 0
            return Double(blanks) >= 0.4 * Double(lines.count) && widest <= 42
        }

        func isComparisonHeader(_ index: Int) -> Bool {
            let squashed = TextCleaning.squash(text(index))
            return squashed == "改正後現行" || squashed == "現行改正後" || squashed == "改正案現行" || squashed == "現行改正案"
        }

        mutating func buildChapter(number: String, title: String, range: ClosedRange<Int>) -> Section {
            let pageList = pages(in: range)
            for page in pageList where isProsePage(page) { proseLines.formUnion(page) }
            var proseEnd = range.upperBound
            var comparisonStart: Int?
            for (k, page) in pageList.enumerated() {
                if let header = page.first(where: { isContent($0) && isComparisonHeader($0) }) {
                    comparisonStart = page.first
                    proseEnd = (page.first ?? header) - 1
                    break
                }
                if k > 0, !isProsePage(page) {
                    proseEnd = (page.first ?? range.upperBound) - 1
                    break
                }
            }
            var children: [Section] = []
            let proseRange = range.lowerBound...max(range.lowerBound, proseEnd)
            let (ownLines, subsections) = buildSubsections(in: proseRange)
            children += subsections

            // Slides between the prose and any comparison table, one sub-section per page.
            let slidesEnd = comparisonStart.map { $0 - 1 } ?? range.upperBound
            if proseRange.upperBound < slidesEnd {
                for page in pages(in: (proseRange.upperBound + 1)...slidesEnd) {
                    if let slide = buildSlide(page, level: 2) { children.append(slide) }
                }
            }
            if let start = comparisonStart {
                children += buildComparisons(in: start...range.upperBound)
            }
            let body = renderBody(ownLines.filter { $0 != range.lowerBound })
            return Section(number: number, title: title, level: 1, body: body, lines: (range.lowerBound + 1)...(range.upperBound + 1), children: children)
        }

        /// Finds `（n）` and `ア` headings on the prose pages; returns the lines before the first
        /// heading and the sub-sections.
        mutating func buildSubsections(in range: ClosedRange<Int>) -> ([Int], [Section]) {
            var heads: [(line: Int, number: String, title: String, level: Int)] = []
            var expected = 1
            var nestedLast: Int?
            var kanaNext: Int?
            var lastContent: Int?
            for index in range where isContent(index) {
                defer { lastContent = index }
                let line = TextCleaning.cleanProse(text(index))
                if let match = line.wholeMatch(of: Self.subPattern), let value = Int(TextCleaning.asciiDigits(String(match.1))) {
                    let heading = String(match.2)
                    let plausible = (2...60).contains(heading.count) && !heading.contains("：") && !ProseBuilder.isTerminal(heading)
                    if let nested = nestedLast {
                        if value == nested + 1 { nestedLast = value; continue }
                        nestedLast = nil
                    }
                    if plausible && value == expected {
                        heads.append((index, "(\(value))", heading, 2))
                        expected += 1
                        kanaNext = nil
                        if let last = lastContent, heads.count >= 1, last == heads.last?.line { kanaNext = nil }
                        continue
                    }
                    if value == 1, expected > 1 { nestedLast = 1 }
                    continue
                }
                if let match = line.wholeMatch(of: Self.kanaPattern), let position = Self.kana.firstIndex(where: { String($0) == match.1 }) {
                    let heading = String(match.2)
                    let directlyUnder = position == 0 && heads.last?.level == 2 && heads.last?.line == lastContent
                    if (directlyUnder || kanaNext == position), (2...60).contains(heading.count), !ProseBuilder.isTerminal(heading) {
                        heads.append((index, String(match.1), heading, 3))
                        kanaNext = position + 1
                    }
                }
            }
            // Nest: level-3 headings go under the preceding level-2 one.
            var own: [Int] = []
            var sections: [Section] = []
            let firstHead = heads.first?.line ?? (range.upperBound + 1)
            own = Array(range.lowerBound..<firstHead)
            for (k, head) in heads.enumerated() where head.level == 2 {
                let next = heads[(k + 1)...].first(where: { $0.level == 2 })?.line ?? (range.upperBound + 1)
                let kids = heads[(k + 1)...].filter { $0.level == 3 && $0.line < next }
                var children: [Section] = []
                for (j, kid) in kids.enumerated() {
                    let kidEnd = (j + 1 < kids.count ? kids[j + 1].line : next) - 1
                    trace[kid.line] = LineTrace(role: .heading, text: kid.title)
                    let body = renderBody(Array((kid.line + 1)...max(kid.line + 1, kidEnd)).filter { $0 <= kidEnd })
                    children.append(Section(number: kid.number, title: TextCleaning.cleanProse(kid.title), level: 3, body: body, lines: (kid.line + 1)...(kidEnd + 1)))
                }
                let ownEnd = (kids.first?.line ?? next) - 1
                trace[head.line] = LineTrace(role: .heading, text: head.title)
                let body = ownEnd > head.line ? renderBody(Array((head.line + 1)...ownEnd)) : ""
                sections.append(Section(number: head.number, title: TextCleaning.cleanProse(head.title), level: 2, body: body, lines: (head.line + 1)...(next), children: children))
            }
            return (own, sections)
        }

        /// A slide page: its title is the longest line that reads like a caption.
        mutating func buildSlide(_ page: [Int], level: Int) -> Section? {
            let lines = page.filter { isContent($0) }
            guard let first = page.first, let last = page.last, !lines.isEmpty || page.contains(where: { layout.furniture[$0] == .chartAxis }) else {
                return nil
            }
            var titleLine: Int?
            var best = 0.0
            for index in lines {
                let candidate = TextCleaning.cleanProse(DoubledText.undoubled(text(index)) ?? text(index))
                let width = TextCleaning.width(candidate)
                guard width >= 6, width <= 60, !ProseBuilder.startsBlock(candidate), !candidate.contains("。"),
                    !candidate.contains("、"), candidate.filter({ $0 == " " }).count < 3, !candidate.contains("http"),
                    !ProseBuilder.endsMidSentence(candidate), !(candidate.last.map(TextCleaning.isHiragana) ?? false), !ProseBuilder.isTabular(candidate), !PdfPageLayout.isMostlyNumeric(candidate)
                else { continue }
                if width > best { best = width; titleLine = index }
            }
            let title: String
            var bodyLines = page
            if let line = titleLine {
                title = TextCleaning.cleanProse(DoubledText.undoubled(text(line)) ?? text(line))
                trace[line] = LineTrace(role: .heading, text: title)
                bodyLines.removeAll { $0 == line }
            } else {
                title = "資料"
            }
            return Section(number: "", title: title, level: level, body: renderBody(bodyLines), lines: (first + 1)...(last + 1))
        }

        /// Each 新旧対照表 becomes a sub-section named by the notice it amends.
        mutating func buildComparisons(in range: ClosedRange<Int>) -> [Section] {
            let pageList = pages(in: range)
            var groups: [[[Int]]] = []
            for page in pageList {
                if page.contains(where: { isContent($0) && isComparisonHeader($0) }) || groups.isEmpty { groups.append([]) }
                groups[groups.count - 1].append(page)
            }
            var result: [Section] = []
            for group in groups {
                guard let first = group.first?.first, let last = group.last?.last else { continue }
                var title = "新旧対照表"
                var revised: [Int] = []
                var previous: [Int] = []
                for (k, page) in group.enumerated() {
                    var lines = page.filter { isContent($0) }
                    if k == 0, let header = lines.firstIndex(where: { isComparisonHeader($0) }) {
                        let before = lines[..<header]
                        if !before.isEmpty {
                            title = TextCleaning.cleanProse(TextCleaning.joinProse(before.map { text($0) }))
                            for index in before { trace[index] = LineTrace(role: .heading, text: TextCleaning.cleanProse(text(index))) }
                        }
                        trace[lines[header]] = LineTrace(role: .heading, text: "")
                        lines = Array(lines[(header + 1)...])
                    }
                    let split = splitColumns(lines)
                    revised += split.revised
                    previous += split.previous
                }
                var blocks = proseBlocks(revised)
                let changed = previous.filter { trace[$0].role != .duplicate }
                if !changed.isEmpty {
                    let inner = proseBlocks(changed)
                    for line in changed { trace[line].role = .previousText }
                    blocks.append("<details>\n<summary>改正前（現行）の文</summary>\n\n" + inner.joined(separator: "\n\n") + "\n\n</details>")
                }
                result.append(Section(number: "", title: title, level: 2, body: blocks.joined(separator: "\n\n"), lines: (first + 1)...(last + 1)))
            }
            return result
        }

        /// On a comparison page the revised column comes first, then the current one, which
        /// restarts with the same line. Lines of the current column that repeat the revised text
        /// are marked so they are not printed again.
        mutating func splitColumns(_ lines: [Int]) -> (revised: [Int], previous: [Int]) {
            var revised: [Int] = []
            var previous: [Int] = []
            var cursor = 0
            while cursor < lines.count {
                let start = text(lines[cursor])
                guard let repeatAt = lines[(cursor + 1)...].firstIndex(where: { text($0) == start }) else {
                    revised += lines[cursor...]
                    break
                }
                let chunk = Array(lines[cursor..<repeatAt])
                let chunkText = chunk.map { text($0) }
                let same = chunkText.enumerated().filter { offset, line in
                    repeatAt + offset < lines.count && text(lines[repeatAt + offset]) == line
                }.count
                let previousEnd = same == chunk.count ? repeatAt + chunk.count : lines.count
                revised += chunk
                let revisedSet = Set(chunkText)
                for line in lines[repeatAt..<previousEnd] {
                    if revisedSet.contains(text(line)) {
                        trace[line] = LineTrace(role: .duplicate, text: TextCleaning.cleanProse(text(line)))
                    }
                    previous.append(line)
                }
                cursor = previousEnd
            }
            return (revised, previous)
        }

        // MARK: Reference part

        mutating func buildReference(range: ClosedRange<Int>) -> Section {
            var children: [Section] = []
            let body = range.upperBound > range.lowerBound ? pages(in: (range.lowerBound + 1)...range.upperBound) : []
            for page in body {
                let content = page.filter { isContent($0) }
                guard let first = page.first, let last = page.last else { continue }
                let rows = content.map { TextCleaning.cleanRow(DoubledText.undoubled(text($0)) ?? text($0)).trimmingCharacters(in: .whitespaces) }
                let caption = rows.first(where: Self.looksLikeCaption)
                for (index, row) in zip(content, rows) { trace[index] = LineTrace(role: .table, text: row) }
                collectTables(content, rows: rows, caption: caption ?? "")
                var blocks: [String] = []
                if !rows.isEmpty { blocks.append(ProseBuilder.fenced(rows)) }
                if page.contains(where: { layout.furniture[$0] == .chartAxis }) { blocks.append(ProseBuilder.lostChartNote) }
                if caption != nil || children.isEmpty {
                    children.append(Section(number: "", title: caption ?? "参考資料", level: 2, body: blocks.joined(separator: "\n\n"), lines: (first + 1)...(last + 1)))
                } else {
                    var previous = children.removeLast()
                    previous.body += (previous.body.isEmpty ? "" : "\n\n") + blocks.joined(separator: "\n\n")
                    previous.lines = previous.lines.lowerBound...(last + 1)
                    children.append(previous)
                }
            }
            return Section(number: "参考", title: "参考資料", level: 1, body: "", lines: (range.lowerBound + 1)...(range.upperBound + 1), children: children)
        }

        /// Captions of reference tables: numbered (`５．…一覧`) or naming what the table counts.
        static func looksLikeCaption(_ text: String) -> Bool {
            guard (6...60).contains(text.count), !text.contains("。"), !ProseBuilder.isTabular(text),
                !PdfPageLayout.isMostlyNumeric(text)
            else { return false }
            if text.wholeMatch(of: #/[０-９0-9]{1,2}[．.]\S.+/#) != nil { return true }
            return ["一覧", "調べ", "状況", "構成", "人数"].contains { text.contains($0) } && !text.hasPrefix("※")
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

        // MARK: Bodies

        func proseLine(_ index: Int) -> ProseBuilder.Line {
            let raw = text(index)
            let undoubled = DoubledText.undoubled(raw) ?? raw
            return ProseBuilder.Line(
                index: index, layout: undoubled, text: TextCleaning.cleanProse(undoubled), page: layout.page[index],
                prose: proseLines.contains(index))
        }

        mutating func proseBlocks(_ lines: [Int]) -> [String] {
            let items = lines.filter { isContent($0) || trace[$0].role == .text }.map(proseLine)
            let captionBefore = lines.first.map { index -> String in
                var cursor = index - 1
                while cursor >= 0, !isContent(cursor), trace[cursor].role != .heading { cursor -= 1 }
                return cursor >= 0 ? TextCleaning.cleanProse(text(cursor)) : ""
            } ?? ""
            var k = 0
            while k < items.count {
                var end = k
                while end < items.count, ProseBuilder.isTabular(items[end].text) { end += 1 }
                if end - k >= 3 {
                    tables.append(RawTable(caption: captionBefore, lines: (items[k].index + 1)...(items[end - 1].index + 1), rows: items[k..<end].map { $0.text.split(separator: " ").map(String.init) }))
                }
                k = max(end, k + 1)
            }
            return ProseBuilder.render(items, trace: &trace)
        }

        mutating func renderBody(_ lines: [Int]) -> String {
            var blocks = proseBlocks(lines.filter { isContent($0) })
            if lines.contains(where: { layout.furniture[$0] == .chartAxis }) { blocks.append(ProseBuilder.lostChartNote) }
            return blocks.joined(separator: "\n\n")
        }
    }
}
