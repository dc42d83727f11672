import Charts
import Escaping
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
            // The page is cut into its panels and its absent line once, not searched again per dataset.
            let panels = panels(in: html)
            let absent = absentLine(in: html)
            for dataset in datasets where dataset.shape == .prefectures && dataset.unrecoverable == nil && !dataset.columns.isEmpty {
                let section = panels[dataset.id]
                guard let code = dataset.columns.firstIndex(where: { $0.type == .prefecture }) else { continue }
                let city = dataset.columnIndex("city")
                let codeText = String(format: "%02d", tile.code)
                guard
                    let row = dataset.rows.indices.first(where: { row in
                        dataset.rows[row][code] == codeText && (city.map { dataset.rows[row][$0].isEmpty } ?? true)
                    })
                else {
                    // A table without the prefecture is named in its document's one line, not given a panel.
                    if section != nil || !absent.contains(">\(HTMLText.escape(dataset.title))</a>") {
                        problems.append("\(path)#\(dataset.id): absence not stated")
                    }
                    continue
                }
                guard let section else {
                    problems.append("\(path): no panel for \(dataset.id)")
                    continue
                }
                for column in dataset.columns.indices where dataset.columns[column].type.isNumeric {
                    let decimals = dataset.rows.map { $0[column].split(separator: ".").dropFirst().first?.count ?? 0 }.max() ?? 0
                    let cell = dataset.rows[row][column]
                    let title = HTMLText.escape(dataset.columns[column].title)
                    let shown = expectedText(cell, dataset.columns[column], decimals: decimals)
                    // Blank and dash cells are gathered into one line each, naming their columns.
                    let expected =
                        cell.isEmpty || cell == "-"
                        ? "<p class=\"missing\">\(shown)："
                        : "<tr><th scope=\"row\">\(title)</th><td class=\"num\">\(HTMLText.escape(shown))</td>"
                    if !section.contains(expected) || ((cell.isEmpty || cell == "-") && !missingLine(shown, in: section).contains(title)) {
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
        if cell.isEmpty { return "原資料で空欄（記載なし）" }
        if cell == "-" { return "原資料で「－」（該当なし）" }
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

    /// The line of a panel that names the columns left blank or dashed.
    static func missingLine(_ lead: String, in section: String) -> String {
        guard let start = section.range(of: "<p class=\"missing\">\(lead)："),
            let end = section.range(of: "</p>", range: start.upperBound..<section.endIndex)
        else { return "" }
        return String(section[start.upperBound..<end.lowerBound])
    }

    /// The lines naming the tables without the prefecture, all documents together.
    static func absentLine(in html: String) -> String {
        ByteSearch.components(of: html, separatedBy: "<p class=\"absent\">").dropFirst()
            .map { line in
                let line = String(line)
                return ByteSearch.firstRange(of: "</p>", in: line).map { String(line[..<$0.lowerBound]) } ?? line
            }
            .joined(separator: "\n")
    }

    /// Every panel section of a page by its id (the dataset's), each as ``panel(_:in:)`` gives it.
    static func panels(in html: String) -> [String: String] {
        let opening = "<section class=\"panel\" id=\""
        var panels: [String: String] = [:]
        for piece in ByteSearch.components(of: html, separatedBy: opening).dropFirst() {
            let part = String(piece)
            guard let quote = part.firstIndex(of: "\""), let end = ByteSearch.firstRange(of: "</section>", in: part) else { continue }
            let id = String(part[..<quote])
            if panels[id] == nil { panels[id] = opening + part[..<end.upperBound] }
        }
        return panels
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
