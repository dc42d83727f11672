import Content
import Foundation
import Japanese

/// T3 認知症疾患医療センター運営事業: of the type table only the 設置数 row is data
/// (`設置数（令和２年２月現在） １６か所 ３６７か所 ７３か所` under `基幹型 地域型 連携型`); the rest
/// of the table is prose for the program page.
///
/// Not a declaration: one row of a table whose rest is prose, its counts written with か所.
struct CentreTypesReader: TableReader {
    static let document = Ninchisho.document
    static let id = "ninchisho-centre-types"

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let headerLine = source.firstLine(containing: "基幹型 地域型 連携型"),
              let countLine = source.firstLine(containing: "設置数（", from: headerLine, before: headerLine + 10)
        else {
            throw source.error(line: nil, "the 認知症疾患医療センター運営事業 type table (基幹型 地域型 連携型 / 設置数) is missing", fix: "restore the table T3 or unregister CentreTypesReader")
        }
        let types = Ninchisho.tokens(source[headerLine])
        let counts = Ninchisho.tokens(source[countLine]).compactMap { token -> String? in
            token.hasSuffix("か所") ? String(token.dropLast(2)) : nil
        }
        guard types.count == 3, counts.count == 3 else {
            throw source.error(line: countLine, "expected three counts written as “Nか所” for 基幹型/地域型/連携型", fix: "check the 設置数 row in the source")
        }
        let rows = try zip(types, counts).map { [$0, try Cells.number($1, line: countLine, in: source, column: "centres")] }
        // The overview above the table states the national number with its own (earlier) date.
        var totals: [StatedTotal] = []
        var notes: [String] = []
        if let overview = source.firstLine(containing: "○設置数：全国に", from: max(1, headerLine - 20), before: headerLine),
           let match = JapaneseText.foldWidth(source[overview]).firstMatch(of: #/全国に([0-9,]+)か所/#) {
            totals.append(StatedTotal(column: "centres", label: "全国", value: try Cells.number(String(match.1), line: overview, in: source, column: "centres"), lines: SourceLines(first: overview, last: overview)))
            notes.append("全国の設置数は事業概要（\(overview)行）の記載。その時点の表記は原資料では「令和件元年１１月現在」と誤植されている。")
        }
        var dataset = Dataset(
            id: Self.id, title: "認知症疾患医療センターの類型別設置数",
            description: "認知症疾患医療センターの基幹型・地域型・連携型それぞれの設置数。",
            shape: .list, source: source.source(headerLine, countLine),
            asOf: Ninchisho.asOf(source, line: countLine),
            columns: [
                DatasetColumn(key: "type", title: "類型", type: .text),
                DatasetColumn(key: "centres", title: "設置数", type: .integer, unit: "箇所"),
            ],
            rows: rows, totals: totals, notes: notes,
            charts: [ChartSpec(kind: .composition, columns: ["centres"])])
        dataset.checks = [DatasetChecks.columnSum(dataset, column: "centres")]
        return [dataset]
    }
}
