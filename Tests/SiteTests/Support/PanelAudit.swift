import Charts
import Foundation

@testable import Content
@testable import Site

/// Compares every figure on every prefecture page with the dataset CSVs it came from.
enum PanelAudit {
    /// Problems found, one line each; empty when every panel shows exactly its CSV values.
    static func problems(site output: URL, content: URL) throws -> [String] {
        let datasets = try DatasetLoader(contentDirectory: content).load()
        let prefectures = PrefectureList(try PrefectureFile.load(contentDirectory: content))
        var problems: [String] = []
        for tile in prefectures.tiles {
            let path = "prefectures/\(tile.slug)/index.html"
            guard let html = try? String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) else {
                problems.append("\(path): missing")
                continue
            }
            for dataset in datasets where dataset.shape == .prefectures && dataset.unrecoverable == nil && !dataset.columns.isEmpty {
                let section = panel(dataset.id, in: html)
                guard let code = dataset.columns.firstIndex(where: { $0.type == .prefecture }) else { continue }
                let city = dataset.columnIndex("city")
                let codeText = String(format: "%02d", tile.code)
                guard
                    let row = dataset.rows.indices.first(where: { row in
                        dataset.rows[row][code] == codeText && (city.map { dataset.rows[row][$0].isEmpty } ?? true)
                    })
                else {
                    if !(section?.contains("の記載がありません") ?? false) { problems.append("\(path)#\(dataset.id): absence not stated") }
                    continue
                }
                guard let section else {
                    problems.append("\(path): no panel for \(dataset.id)")
                    continue
                }
                for column in dataset.columns.indices where dataset.columns[column].type.isNumeric {
                    let decimals = dataset.rows.map { $0[column].split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
                    let shown = expectedText(dataset.rows[row][column], dataset.columns[column], decimals: decimals)
                    let expected = "<dt>\(HTMLText.escape(dataset.columns[column].title))</dt><dd><span class=\"figure-value\">\(HTMLText.escape(shown))</span>"
                    if !section.contains(expected) {
                        problems.append("\(path)#\(dataset.id): \(dataset.columns[column].key) should read \(shown)")
                    }
                }
            }
        }
        return problems
    }

    /// How a reader should see a CSV cell, written here independently of the site's formatter:
    /// digits grouped by three with the unit after them, at the precision the column was printed
    /// at; blank and dash said in words.
    static func expectedText(_ cell: String, _ column: DatasetColumn, decimals digits: Int) -> String {
        if cell.isEmpty { return "記載なし" }
        if cell == "-" { return "－（該当なし）" }
        let formatter = NumberFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.numberStyle = .decimal
        formatter.usesGroupingSeparator = true
        formatter.groupingSize = 3
        formatter.minimumFractionDigits = digits
        formatter.maximumFractionDigits = digits
        formatter.roundingMode = .halfUp
        let number = NSDecimalNumber(string: cell, locale: Locale(identifier: "en_US_POSIX"))
        return (formatter.string(from: number) ?? cell) + (column.unit ?? "")
    }

    /// The HTML of one panel section.
    static func panel(_ id: String, in html: String) -> String? {
        guard let start = html.range(of: "<section class=\"panel\" id=\"\(id)\"") else { return nil }
        guard let end = html.range(of: "</section>", range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.lowerBound..<end.upperBound])
    }
}

/// Escaping as the templates apply it, to find values in rendered pages.
enum HTMLText {
    static func escape(_ text: String) -> String {
        Markup.escape(text)
    }
}
