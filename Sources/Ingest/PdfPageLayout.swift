import Foundation
import Japanese

/// Page furniture in text flattened from a PDF: what it is and how to recognise it from the shape
/// of the lines around it, never from where it sits in a particular file.
struct PdfPageLayout {
    /// Text of each line with the page-start marker removed (index 0 is line 1).
    let content: [String]
    /// Furniture found on each line, nil for text and blanks.
    let furniture: [FurnitureKind?]
    /// The page each line is on, counting from 0.
    let page: [Int]
    /// Lines holding a vertical label joined into one word: a label of a figure, never part of a
    /// sentence around it.
    let labels: Set<Int>

    init(_ source: SourceText) {
        let raw = source.lines
        let count = raw.count
        var content = raw
        var furniture = [FurnitureKind?](repeating: nil, count: count)
        var starts: Set<Int> = [1]

        // The converter opens most pages with exactly one ASCII space; a lone space is an empty page.
        for index in 0..<count {
            let line = raw[index]
            if line == " " {
                furniture[index] = .pageMarker
                content[index] = ""
                starts.insert(index + 2)
            } else if line.hasPrefix(" "), !line.hasPrefix("  "), line.count > 1 {
                content[index] = String(line.dropFirst())
                starts.insert(index + 1)
            }
        }

        func isBlank(_ index: Int) -> Bool {
            index < 0 || index >= count || content[index].trimmingSpaces().isEmpty
        }

        // Chart axes: four or more tick values, each alone on its line.
        var index = 0
        while index < count {
            guard Self.isBareNumber(content[index]) else { index += 1; continue }
            var run = [index]
            var next = index + 1
            while next < count {
                if Self.isBareNumber(content[next]) { run.append(next); next += 1 }
                else if isBlank(next), next + 1 < count, Self.isBareNumber(content[next + 1]) { next += 1 }
                else { break }
            }
            if run.count >= 4 { for line in run { furniture[line] = .chartAxis } }
            index = next
        }

        // Folios and slide numbers: one to three digits between blank lines, away from other numbers.
        for index in 0..<count where furniture[index] == nil {
            let trimmed = content[index].trimmingSpaces()
            guard (1...3).contains(trimmed.count), trimmed.allSatisfy(\.isASCII), trimmed.allSatisfy(\.isNumber),
                isBlank(index - 1), isBlank(index + 1) || starts.contains(index + 2)
            else { continue }
            let neighbours = [Self.nearestText(content, from: index, step: -1), Self.nearestText(content, from: index, step: 1)]
            // Among numbers a lone number is data, unless the next page starts right after it.
            let endsPage = neighbours[1].map { starts.contains($0 + 1) } ?? true
            guard endsPage || neighbours.allSatisfy({ $0.map { !Self.isMostlyNumeric(content[$0]) } ?? true }) else { continue }
            furniture[index] = .folio
            if let next = Self.nearestText(content, from: index, step: 1) { starts.insert(next + 1) }
        }

        // Vertical text: three or more consecutive lines of one character each are a label set
        // vertically in a figure (`認/知/症/の/人/…`). Its first line carries the whole label, so
        // it reads as one word; the other lines are furniture.
        index = 0
        var labels: Set<Int> = []
        while index < count {
            var end = index
            while end < count, furniture[end] == nil, Self.isSingleCharacter(content[end]) { end += 1 }
            if end - index >= 3 {
                labels.insert(index)
                content[index] = content[index..<end].map { $0.trimmingSpaces() }.joined()
                for line in (index + 1)..<end { furniture[line] = .verticalText }
            }
            index = max(end, index + 1)
        }

        // Running headers: the same first line on three or more pages. The first copy stays, since
        // a table header repeated on every page is needed once.
        var firstLines: [String: [Int]] = [:]
        for start in starts where start <= count {
            if let first = Self.nearestText(content, from: start - 2, step: 1), furniture[first] == nil {
                let text = content[first].trimmingSpaces()
                if text.count >= 4, !Self.isMostlyNumeric(text) { firstLines[text, default: []].append(first) }
            }
        }
        for (_, lines) in firstLines where lines.count >= 3 {
            for line in lines.sorted().dropFirst() { furniture[line] = .runningHeader }
        }

        var current = -1
        page = (0..<count).map { index in
            if starts.contains(index + 1) { current += 1 }
            return max(current, 0)
        }
        self.content = content
        self.furniture = furniture
        self.labels = labels
    }

    private static func nearestText(_ content: [String], from index: Int, step: Int) -> Int? {
        stride(from: index + step, to: step > 0 ? content.count : -1, by: step).first { !content[$0].trimmingSpaces().isEmpty }
    }

    static func isBareNumber(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard !trimmed.isEmpty, trimmed.first?.isNumber == true else { return false }
        return trimmed.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }
    }

    static func isMostlyNumeric(_ line: String) -> Bool {
        let chars = line.filter { !$0.isWhitespace }
        guard !chars.isEmpty else { return false }
        let numeric = chars.filter { $0.isNumber || ",.%％，．".contains($0) }.count
        return numeric * 2 >= chars.count
    }

    private static func isSingleCharacter(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces()
        guard trimmed.count == 1, let c = trimmed.first else { return false }
        // 千 and 京 (千葉県, 東京都) are numerals to Unicode, yet ideographs in a vertical label.
        return !c.isNumber || c.unicodeScalars.contains { $0.properties.isIdeographic }
    }
}
