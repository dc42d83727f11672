import Foundation

/// What a table flattened into text looks like on a built page, found in the text a reader sees:
/// the page's main part without the collapsed verbatim excerpt (`<details>`).
enum FlattenedTextAudit {
    /// The main part of a page, the collapsed excerpt left out.
    static func visibleMain(_ page: String) -> String {
        var html = page
        if let start = html.range(of: "<main"), let end = html.range(of: "</main>") { html = String(html[start.lowerBound..<end.upperBound]) }
        return html.replacingOccurrences(of: #"<details[\s\S]*?</details>"#, with: "", options: .regularExpression)
    }

    /// Visible text lines holding three or more `|`: pipe-table syntax shown as text.
    static func pipeLines(_ page: String) -> [String] {
        visibleMain(page).replacingOccurrences(of: #"<[^>]+>"#, with: "\n", options: .regularExpression)
            .components(separatedBy: "\n").filter { $0.filter { $0 == "|" }.count >= 3 }
    }

    /// The longest a paragraph may be and still read as one cell of a table.
    static let cellLength = 15

    /// Header cells shown as paragraphs: among consecutive paragraphs as short as a table cell
    /// (no sentence in them), a run of three that comes back later in the same stretch. A
    /// flattened grid repeats its labels, once per column block (`・ＣＴ` `・ＭＲＩ` `・ＳＰＥＣＴ`
    /// under each of three types) or once per half of a table printed twice across (`疾患センター`
    /// `設置圏域数` …); slide labels that merely sit next to one another do not repeat so. Note
    /// marks and spaces are ignored in the comparison, since the columns differ in them.
    static func repeatedCellRuns(_ page: String) -> [[String]] {
        let html = visibleMain(page)
        guard let regex = try? NSRegularExpression(pattern: #"<p\b[^>]*>([\s\S]*?)</p>"#) else { return [] }
        var stretches: [[String]] = []
        var stretch: [String] = []
        var previousEnd: String.Index?
        for match in regex.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
            guard let whole = Range(match.range, in: html), let inner = Range(match.range(at: 1), in: html) else { continue }
            let text = html[inner].replacingOccurrences(of: #"<[^>]+>"#, with: "", options: .regularExpression)
                .trimmingCharacters(in: .whitespacesAndNewlines)
            // Paragraphs are consecutive when only white space stands between them.
            let adjacent = previousEnd.map { html[$0..<whole.lowerBound].allSatisfy(\.isWhitespace) } ?? false
            if !adjacent {
                stretches.append(stretch)
                stretch = []
            }
            if text.count <= cellLength, !text.contains("。") {
                stretch.append(text.replacingOccurrences(of: #"[\s　]|（※）|\(※\)|※"#, with: "", options: .regularExpression))
            } else {
                stretches.append(stretch)
                stretch = []
            }
            previousEnd = whole.upperBound
        }
        stretches.append(stretch)
        var found: [[String]] = []
        for cells in stretches where cells.count >= 6 {
            search: for start in 0...(cells.count - 6) {
                for again in (start + 3)...(cells.count - 3) where Array(cells[start..<(start + 3)]) == Array(cells[again..<(again + 3)]) {
                    found.append(Array(cells[start..<(start + 3)]))
                    break search
                }
            }
        }
        return found
    }
}
