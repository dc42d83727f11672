import Content
import Foundation
import Ingest
import Japanese
import Testing

/// A reader of a made-up document: a per-prefecture table and a list with awkward names.
struct DemoReader: TableReader {
    static let document = "demo"
    var names: [String] = ["カンマ, を含む名前", "引用符\"を含む\"名前", "改行\nを含む名前"]
    var dropPrefecture: Int?

    func read(_ source: SourceText) throws -> [Dataset] {
        guard let line = source.firstLine(containing: "デモ表") else {
            throw source.error(line: nil, "no デモ表", fix: "add it")
        }
        var rows = PrefectureRows(source: source, withCities: true)
        for prefecture in Prefecture.all where prefecture.code != dropPrefecture {
            try rows.add(prefecture: prefecture, city: nil, values: [String(prefecture.code)], line: line)
        }
        try rows.add(label: "札幌市", values: ["100"], line: line)
        let perPrefecture = Dataset(
            id: "demo-prefectures", title: "デモ", shape: .prefectures, source: source.source(line, line),
            columns: rows.keyColumns + [DatasetColumn(key: "value", title: "値", type: .integer)],
            rows: try rows.csvRows(tableLines: line...line),
            totals: [StatedTotal(column: "value", label: "合計", value: "1228")])
        let list = Dataset(
            id: "demo-list", title: "名前", shape: .list, source: source.source(line, line),
            columns: [DatasetColumn(key: "name", title: "名前", type: .text)], rows: names.map { [$0] })
        return [perPrefecture, list]
    }
}

/// Adds the sum check to the demo table, as a cross-dataset check would.
struct DemoCrossCheck: CrossDatasetCheck {
    func apply(to datasets: inout [Dataset]) {
        guard let index = datasets.index(ofDataset: "demo-prefectures") else { return }
        datasets[index].checks.append(DatasetChecks.columnSum(datasets[index], column: "value"))
    }
}

@Suite struct DatasetImporterTests {
    func makeContent() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-datasets-\(UUID().uuidString)")
        let sources = root.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data("""
            sources:
              - id: demo
                file: demo.txt
                title: デモ
                format: pdf-text

            """.utf8).write(to: sources.appendingPathComponent("sources.yaml"))
        try Data("前置き\n\nデモ表\n".utf8).write(to: sources.appendingPathComponent("demo.txt"))
        return root
    }

    @Test func runWritesFilesThatLoadBackAndCheckIsClean() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content) }
        let data = content.appendingPathComponent("data")
        try FileManager.default.createDirectory(at: data, withIntermediateDirectories: true)
        try Data("stale".utf8).write(to: data.appendingPathComponent("old-dataset.csv"))
        try Data("keep".utf8).write(to: data.appendingPathComponent("README.md"))

        let importer = DatasetImporter(readers: [DemoReader()], crossChecks: [DemoCrossCheck()])
        let report = try importer.run(contentDirectory: content)
        #expect(report.files == ["demo-list.csv", "demo-list.yaml", "demo-prefectures.csv", "demo-prefectures.yaml"])
        #expect(report.tally[.pass] == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: data.path).sorted()
        #expect(names == ["README.md", "demo-list.csv", "demo-list.yaml", "demo-prefectures.csv", "demo-prefectures.yaml"])

        let csv = try String(contentsOf: data.appendingPathComponent("demo-list.csv"), encoding: .utf8)
        #expect(csv == "name\n\"カンマ, を含む名前\"\n\"引用符\"\"を含む\"\"名前\"\n\"改行\nを含む名前\"\n")
        let loaded = try DatasetLoader(contentDirectory: content).load()
        #expect(loaded.first { $0.id == "demo-list" }?.rows == DemoReader().names.map { [$0] })
        let table = try #require(loaded.first { $0.id == "demo-prefectures" })
        #expect(table.rows[0] == ["01", "北海道", "", "1"])
        #expect(table.rows[1] == ["01", "北海道", "札幌市", "100"])
        #expect(table.checks.first?.result == .pass)

        #expect(try importer.check(contentDirectory: content) == [])
    }

    @Test func checkListsStaleMissingAndExtraFiles() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content) }
        let importer = DatasetImporter(readers: [DemoReader()], crossChecks: [])
        _ = try importer.run(contentDirectory: content)
        let data = content.appendingPathComponent("data")
        try Data("x".utf8).write(to: data.appendingPathComponent("demo-list.csv"))
        try FileManager.default.removeItem(at: data.appendingPathComponent("demo-prefectures.yaml"))
        try Data("x".utf8).write(to: data.appendingPathComponent("gone.yaml"))
        #expect(try importer.check(contentDirectory: content) == [
            "data/demo-list.csv", "data/demo-prefectures.yaml", "data/gone.yaml",
        ])
    }

    @Test func aFailingReaderLeavesTheOldFilesInPlace() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content) }
        _ = try DatasetImporter(readers: [DemoReader()], crossChecks: []).run(contentDirectory: content)
        let broken = DatasetImporter(readers: [DemoReader(dropPrefecture: 13)], crossChecks: [])
        #expect(throws: ContentError.self) { try broken.run(contentDirectory: content) }
        let names = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("data").path)
        #expect(names.count == 4)
    }

    @Test func missingPrefectureNamesTheSourceLine() throws {
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content) }
        do {
            _ = try DatasetImporter(readers: [DemoReader(dropPrefecture: 13)], crossChecks: []).datasets(contentDirectory: content)
            Issue.record("expected an error")
        } catch let error as ContentError {
            #expect(error.file == "content/sources/demo.txt" && error.line == 3)
            #expect(error.description.contains("東京都"))
        }
    }

    @Test func unknownDocumentIsAnError() throws {
        struct Orphan: TableReader {
            static let document = "nowhere"
            func read(_ source: SourceText) throws -> [Dataset] { [] }
        }
        let content = try makeContent()
        defer { try? FileManager.default.removeItem(at: content) }
        #expect(throws: ContentError.self) {
            try DatasetImporter(readers: [Orphan()], crossChecks: []).datasets(contentDirectory: content)
        }
    }
}
