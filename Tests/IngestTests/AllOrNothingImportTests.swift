import Content
import Foundation
@testable import Ingest
import Testing

/// An import changes `content/documents/` and `content/data/` together or not at all.
@Suite struct AllOrNothingImportTests {
    static let declarations = """
        tables:
          - id: demo-topics
            title: 相談内容別の件数
            description: 相談内容の区分別の件数。
            caption: 表1 相談内容別の件数
            rows: categories
            columns:
              - {source: 1, key: count, title: 件数, unit: 件}
            checks:
              - column_sum: count
        """

    static let source = [
        "# 相談統計資料（試作）", "", "# 目 次", "", "| 項目 | 頁 |", "|--|--|",
        "| 1 相談の状況 ..... | 1 |", "| 2 今後の予定 ..... | 2 |", "", "# 1 相談の状況", "", "相談は区分別に集計した。", "",
        "表1 相談内容別の件数", "", "| 区分 | 件数 |", "|---|---|", "| 生活 | 7 |", "| 就労 | 4 |", "| 計 | 11 |", "",
        "# 2 今後の予定", "", "窓口を増やす。", "",
    ]

    /// Every file under `folder` (relative path → bytes), hidden ones included.
    static func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        let root = folder.standardizedFileURL.path + "/"
        if let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) {
            for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files[String(url.standardizedFileURL.path.dropFirst(root.count))] = try Data(contentsOf: url)
            }
        }
        return files
    }

    @Test func aTruncatedSourceLeavesContentByteForByteAsItWas() throws {
        let scratch = try ScratchContent(catalog: ImporterErrorTests.catalog(format: "pdf-markdown", file: "demo.md"), files: [
            "demo.md": Data(Self.source.joined(separator: "\n").utf8),
            "roster.tables.yaml": Data(Self.declarations.utf8),
        ])
        defer { scratch.remove() }
        let importer = ContentImporter(datasets: DatasetImporter(readers: [], crossChecks: []))
        let (documents, datasets) = try importer.run(contentDirectory: scratch.root)
        #expect(documents.documents.first?.files.isEmpty == false)
        #expect(datasets.files == ["demo-topics.csv", "demo-topics.yaml"])
        let before = try Self.snapshot(scratch.root)
        #expect(before.keys.contains { $0.hasPrefix("documents/roster/") })

        // The source loses its second half: the sections would change, the table is gone.
        let truncated = Self.source.prefix(14).joined(separator: "\n")
        try Data(truncated.utf8).write(to: scratch.root.appendingPathComponent("sources/demo.md"))
        #expect(try !DocumentImporter().check(contentDirectory: scratch.root).isEmpty, "the sections alone would be rewritten")
        #expect(throws: ContentError.self) { try importer.run(contentDirectory: scratch.root) }

        var after = try Self.snapshot(scratch.root)
        after["sources/demo.md"] = before["sources/demo.md"]
        #expect(after == before)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter { $0.hasPrefix(".") }
        #expect(leftovers.isEmpty)
    }

    @Test func bothFoldersAreSwappedOrNeither() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("staged-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let first = root.appendingPathComponent("documents")
        let second = root.appendingPathComponent("data")
        try StagedFolder.replace([
            StagedFolder.Replacement(target: first, files: ["a.md": "old a"]),
            StagedFolder.Replacement(target: second, files: ["b.csv": "old b"]),
        ])
        // The second folder's file cannot be written (its name is a folder in the way), so the
        // first, already staged, must not be swapped in either.
        #expect(throws: (any Error).self) {
            try StagedFolder.replace([
                StagedFolder.Replacement(target: first, files: ["a.md": "new a"]),
                StagedFolder.Replacement(target: second, files: ["b.csv": "new b", "b.csv/c": "x"]),
            ])
        }
        #expect(try String(contentsOf: first.appendingPathComponent("a.md"), encoding: .utf8) == "old a")
        #expect(try String(contentsOf: second.appendingPathComponent("b.csv"), encoding: .utf8) == "old b")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path).sorted() == ["data", "documents"])
    }
}
