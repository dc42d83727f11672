import Foundation

/// Reads `content/data/<id>.yaml` + `<id>.csv` into `Dataset`s, checking that every cell fits its
/// column so the site never shows a number that was not one.
public struct DatasetLoader: Sendable {
    /// The content directory.
    public let contentDirectory: URL

    /// Creates a loader.
    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    /// Every dataset, sorted by id; none when `content/data/` is absent.
    public func load() throws -> [Dataset] {
        let directory = contentDirectory.appendingPathComponent("data")
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? [])
            .filter { $0.hasSuffix(".yaml") && !$0.hasPrefix(".") }.sorted()
        let prefectures = try PrefectureFile.load(contentDirectory: contentDirectory)
        return try ParallelMap.map(names) { name in
            try loadDataset(id: String(name.dropLast(".yaml".count)), directory: directory, prefectures: prefectures)
        }
    }

    private func loadDataset(id: String, directory: URL, prefectures: [PrefectureRecord]) throws -> Dataset {
        let yamlPath = "data/\(id).yaml"
        let yaml = try FrontMatter(yaml: try TextFile.read(directory.appendingPathComponent("\(id).yaml"), displayPath: yamlPath), file: yamlPath)
        let fix = "run `shiryo import` to regenerate content/data/"
        try KnownKeys.check(
            yaml,
            known: DatasetKeys.top, file: yamlPath)
        let declaredID = try yaml.required("id", fix: fix)
        guard declaredID == id, PageLoader.isValidSlug(id) else {
            throw ContentError(
                file: yamlPath, line: yaml.line(of: "id"), problem: "id “\(declaredID)” does not match the file name",
                fix: "name the file <id>.yaml with a lower-case ASCII id")
        }
        let sourceNode = try yaml.mapping("source")
        try DatasetKeys.checkNested(yaml, file: yamlPath)
        guard let sourceNode, let linesText = try sourceNode.string("lines"),
            let lines = SourceLines(parsing: linesText)
        else {
            throw ContentError(file: yamlPath, line: yaml.line(of: "source"), problem: "has no source document and lines", fix: fix)
        }
        let shapeText = try yaml.required("shape", fix: fix)
        guard let shape = DatasetShape(rawValue: shapeText) else {
            throw ContentError(
                file: yamlPath, line: yaml.line(of: "shape"), problem: "unknown shape “\(shapeText)”",
                fix: "use one of: \(DatasetShape.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        let asOf = try yaml.mapping("as_of").map {
            DatasetDate(iso: try $0.required("iso", fix: fix), wareki: try $0.required("wareki", fix: fix))
        }
        let columns = try yaml.mappings("columns").map { try column($0, file: yamlPath) }
        var dataset = Dataset(
            id: id, title: try yaml.required("title", fix: fix), description: try yaml.string("description") ?? "",
            shape: shape,
            source: DatasetSource(document: try sourceNode.required("document", fix: fix), lines: lines),
            asOf: asOf, columns: columns,
            totals: try yaml.mappings("totals").map {
                StatedTotal(
                    column: try $0.required("column", fix: fix), label: try $0.string("label") ?? "",
                    value: try $0.required("value", fix: fix), lines: try $0.string("lines").flatMap(SourceLines.init(parsing:)))
            },
            notes: try yaml.strings("notes"),
            checks: try yaml.mappings("checks").map { try check($0, file: yamlPath) },
            charts: try yaml.mappings("charts").map { try chart($0, file: yamlPath) },
            unrecoverable: try yaml.string("unrecoverable"))
        try DatasetKeys.checkColumnReferences(dataset, yaml: yaml, file: yamlPath)
        if !columns.isEmpty {
            dataset.rows = try rows(directory: directory, id: id, columns: columns, shape: shape, prefectures: prefectures)
        }
        return dataset
    }

    private func column(_ node: FrontMatter, file: String) throws -> DatasetColumn {
        let typeText = try node.required("type", fix: "give every column a type")
        guard let type = ColumnType(rawValue: typeText) else {
            throw ContentError(
                file: file, line: node.line(of: "type"), problem: "unknown column type “\(typeText)”",
                fix: "use one of: \(ColumnType.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return DatasetColumn(
            key: try node.required("key", fix: "give every column a key"), title: try node.required("title", fix: "give every column a title"),
            type: type, unit: try node.string("unit"), additive: try node.bool("additive"))
    }

    private func check(_ node: FrontMatter, file: String) throws -> DatasetCheck {
        let kindText = try node.required("kind", fix: "give every check a kind")
        let resultText = try node.required("result", fix: "give every check a result")
        guard let kind = CheckKind(rawValue: kindText), let result = CheckResult(rawValue: resultText) else {
            throw ContentError(
                file: file, line: node.firstLine, problem: "check has an unknown kind or result (“\(kindText)”, “\(resultText)”)",
                fix: "use kinds \(CheckKind.allCases.map(\.rawValue).joined(separator: ", ")) and results pass, mismatch, not-checkable")
        }
        return DatasetCheck(
            id: try node.required("id", fix: "give every check an id"), kind: kind,
            title: try node.required("title", fix: "say what the check compares"), result: result,
            expected: try node.string("expected"), actual: try node.string("actual"), rows: try node.strings("rows"),
            columns: try node.strings("columns"), explanation: try node.string("explanation"))
    }

    private func chart(_ node: FrontMatter, file: String) throws -> ChartSpec {
        let kindText = try node.required("kind", fix: "name the chart kind")
        guard let kind = ChartKind(rawValue: kindText) else {
            throw ContentError(
                file: file, line: node.line(of: "kind"), problem: "unknown chart kind “\(kindText)”",
                fix: "use one of: \(ChartKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return ChartSpec(kind: kind, columns: try node.strings("columns"))
    }

    private func rows(
        directory: URL, id: String, columns: [DatasetColumn], shape: DatasetShape, prefectures: [PrefectureRecord]
    ) throws -> [[String]] {
        let csvPath = "data/\(id).csv"
        let records = try CSVText.read(try TextFile.read(directory.appendingPathComponent("\(id).csv"), displayPath: csvPath), file: csvPath)
        guard let header = records.first, header.fields == columns.map(\.key) else {
            throw ContentError(
                file: csvPath, line: 1, problem: "header does not match the columns of data/\(id).yaml",
                fix: "the first row must be: \(columns.map(\.key).joined(separator: ","))")
        }
        var rowKeys = DatasetRowKeys(columns: columns, shape: shape, prefectures: prefectures, file: csvPath)
        return try records.dropFirst().map { record in
            guard record.fields.count == columns.count else {
                throw ContentError(
                    file: csvPath, line: record.line, problem: "has \(record.fields.count) cells, the header has \(columns.count)",
                    fix: "give every row one cell per column (an empty cell for a blank)")
            }
            for (cell, column) in zip(record.fields, columns) {
                try CellRule.check(cell, column: column, file: csvPath, line: record.line)
            }
            try rowKeys.add(record)
            return record.fields
        }
    }
}

/// What a cell of each column type may hold.
enum CellRule {
    static func check(_ cell: String, column: DatasetColumn, file: String, line: Int) throws {
        guard !cell.isEmpty else { return }
        switch column.type {
        case .integer where cell.utf8.contains(UInt8(ascii: ".")):
            throw ContentError(
                file: file, line: line, problem: "“\(cell)” in column \(column.key) has decimals, but the column holds whole numbers",
                fix: "write the whole number the source prints, or declare the column `type: decimal`")
        case .integer, .decimal, .percent:
            if cell == "-" { return }
            if DatasetNumber.isParsable(cell) {
                // The CSV, the JSON and the page show the same text only when it is the number's
                // one plain form: `-0`, `007` and `.5` would read differently in each.
                guard DatasetNumber.isPlain(cell) else {
                    throw ContentError(
                        file: file, line: line, problem: "“\(cell)” in column \(column.key) is not written in its plain form",
                        fix: "write \(DatasetNumber.plain(cell))")
                }
                return
            }
            throw ContentError(
                file: file, line: line, problem: "“\(cell)” in column \(column.key) is not a number",
                fix: "write plain digits (no separators or units), - for a dash in the source, or leave it empty")
        case .prefecture:
            if cell.count == 2, let code = Int(cell), (1...47).contains(code) { return }
            throw ContentError(
                file: file, line: line, problem: "“\(cell)” in column \(column.key) is not a JIS prefecture code",
                fix: "use the two-digit code 01–47")
        case .date:
            if DateShape.isISO(cell) { return }
            throw ContentError(
                file: file, line: line, problem: "“\(cell)” in column \(column.key) is not an ISO date",
                fix: "write 2019-04-01, 2019-04 or 2019")
        case .text, .city:
            return
        }
    }
}

/// Recognises the ISO date forms datasets use.
enum DateShape {
    static func isISO(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
            parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && Int($0) != nil })
        else { return false }
        let numbers = parts.compactMap { Int($0) }
        if numbers.count > 1 && !(1...12).contains(numbers[1]) { return false }
        if numbers.count > 2 && !(1...31).contains(numbers[2]) { return false }
        return true
    }
}
