import Foundation
import Content
import Japanese

/// T2 認知症疾患医療センター設置済圏域数／二次医療圏域数: two prefectures per line as
/// `code name 二次医療圏 設置圏域 センター数 率%`, the date and caption after the data, the 計 row
/// after the repeated header.
///
/// Not a declaration: PDF text with two prefectures side by side per line; the declared layouts are pipe and tab-separated tables.
struct CentreCoverageReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-centre-coverage"
    static let caption = "認知症疾患医療センター設置済圏域数／二次医療圏域数"

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let captionLine = source.firstLine(containing: Self.caption) else {
            throw source.error(line: nil, "the caption “\(Self.caption)” is missing", fix: "restore the table T2 or unregister CentreCoverageReader")
        }
        let dateLine = captionLine - 2 >= 1 && Ninchisho.asOf(source, line: captionLine - 2) != nil ? captionLine - 2 : nil
        let lines = Ninchisho.dataLines(source, before: dateLine ?? captionLine) { !Self.groups(in: $0).isEmpty }
        guard let first = lines.first, let last = lines.last else {
            throw source.error(line: captionLine, "no data rows before the caption", fix: "check the table T2 in the source")
        }
        let keys = ["areas", "covered_areas", "centres", "coverage"]
        var table = PrefectureRows(source: source, withCities: false)
        for line in lines {
            for group in Self.groups(in: source[line]) {
                guard let prefecture = PrefectureResolver.prefecture(named: group.label) else {
                    throw source.error(line: line, "“\(group.label)” is not a prefecture", fix: "correct the name in the source")
                }
                guard prefecture.jisCode == group.code else {
                    throw source.error(
                        line: line, "code \(group.code) stands before \(prefecture.name) (\(prefecture.jisCode))",
                        fix: "check the row in the source")
                }
                let values = try zip(group.values, keys).map { try Cells.number($0, line: line, in: source, column: $1) }
                try table.add(prefecture: prefecture, city: nil, values: values, line: line)
            }
        }
        // The 計 row follows the repeated column headers after the caption.
        var totals: [StatedTotal] = []
        var totalLine: Int?
        for line in captionLine...min(captionLine + 60, source.lines.count) {
            let tokens = Ninchisho.tokens(source[line])
            if tokens.count == 5, case .aggregate? = PrefectureResolver.resolve(tokens[0]),
               tokens.dropFirst().allSatisfy(Ninchisho.isNumber) {
                totals = try zip(keys, tokens.dropFirst()).map {
                    StatedTotal(column: $0, label: tokens[0], value: try Cells.number($1, line: line, in: source, column: $0), lines: SourceLines(first: line, last: line))
                }
                totalLine = line
                break
            }
        }
        var dataset = Dataset(
            id: Self.id, title: "認知症疾患医療センター設置済圏域数／二次医療圏域数",
            description: "都道府県ごとの二次医療圏域数、認知症疾患医療センターを設置済みの圏域数、センター数と設置率。センター数は指定都市が指定したセンターを含む。",
            shape: .prefectures, source: source.source(first, totalLine ?? captionLine),
            asOf: Ninchisho.asOf(source, line: dateLine),
            columns: table.keyColumns + [
                DatasetColumn(key: "areas", title: "二次医療圏域数", type: .integer, unit: "圏域"),
                DatasetColumn(key: "covered_areas", title: "疾患センター設置圏域数", type: .integer, unit: "圏域"),
                DatasetColumn(key: "centres", title: "認知症疾患医療センター数", type: .integer, unit: "箇所"),
                DatasetColumn(key: "coverage", title: "設置率（疾患センター設置圏域数/二次医療圏域数）", type: .percent, unit: "%"),
            ],
            rows: try table.csvRows(tableLines: first...last), totals: totals,
            notes: ["センター数は都道府県指定と指定都市指定の合計（例: 宮城県 11 = 県指定 7 + 仙台市 4）。"],
            charts: [ChartSpec(kind: .tileMap, columns: ["coverage"]), ChartSpec(kind: .rankedBar, columns: ["centres"])])
        dataset.checks = ["areas", "covered_areas", "centres"].map { DatasetChecks.columnSum(dataset, column: $0) } + [
            DatasetChecks.rate(
                dataset, id: "coverage-rows", title: "各都道府県の設置率が 設置圏域数÷二次医療圏域数 と一致する",
                rate: "coverage", numerator: "covered_areas", denominator: ["areas"], decimals: 1),
        ]
        return [dataset]
    }

    /// `(code, label, [4 cells])` for every `NN name n n n r%` group on a line.
    static func groups(in line: String) -> [(code: String, label: String, values: [String])] {
        let tokens = Ninchisho.tokens(line)
        var groups: [(String, String, [String])] = []
        var index = 0
        while index + 5 < tokens.count {
            let code = tokens[index]
            let cells = Array(tokens[index + 2...index + 5])
            if code.count == 2, code.allSatisfy(\.isASCIIDigitCharacter), !Ninchisho.isNumber(tokens[index + 1]),
               cells.allSatisfy(Ninchisho.isNumber), cells[3].hasSuffix("%") {
                groups.append((code, tokens[index + 1], cells))
                index += 6
            } else {
                index += 1
            }
        }
        return groups
    }
}

extension Character {
    var isASCIIDigitCharacter: Bool { ("0"..."9").contains(self) }
}
