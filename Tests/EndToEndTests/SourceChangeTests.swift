import Foundation
import Testing

@testable import Content
@testable import Ingest
@testable import Site

/// A number changed in a source document travels through `shiryo import` and `shiryo build` to the
/// dataset page, the prefecture page and the quality report.
///
/// The check and the import-and-build are two tests, each on its own copy, so they run side by side.
@Suite struct SourceChangeTests {
    /// 青森県's count of municipalities with a care pathway, in the table of source 001.
    static let row = "青森県 39 1 0 97.5%"
    static let changedRow = "青森県 38 1 0 97.5%"

    /// A new content folder under `folder` holding the project's `items`, with the row above changed
    /// in source 001.
    static func changedContent(in folder: URL, copying items: [String]) throws -> URL {
        let content = folder.appendingPathComponent("content")
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        for item in ["sources"] + items {
            try FileManager.default.copyItem(
                at: EndToEnd.repository.appendingPathComponent("content/\(item)"), to: content.appendingPathComponent(item))
        }
        let source = content.appendingPathComponent("sources/001_71f28aac2aacb1a3.txt")
        let original = try String(contentsOf: source, encoding: .utf8)
        #expect(original.components(separatedBy: row).count == 2)
        try original.replacingOccurrences(of: row, with: changedRow).write(to: source, atomically: true, encoding: .utf8)
        return content
    }

    /// The committed output is copied along, so the import is now stale in exactly the files the
    /// changed line feeds.
    @Test func theChangedLineMakesOnlyItsDatasetStale() throws {
        let folder = EndToEnd.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Self.changedContent(in: folder, copying: ["documents", "data", "site.yaml", "prefectures.csv"])
        let stale = try ContentImporter().check(contentDirectory: content)
        // The section shows the table as its dataset, so only the dataset is stale.
        #expect(!stale.contains { $0.contains("documents/") })
        #expect(stale.contains { $0.contains("data/ninchisho-care-pathways.csv") })
        #expect(!stale.contains { $0.contains("shakai-engo-2010") })
    }

    @Test func changedSourceNumberReachesEveryPageAndBreaksTheStatedTotal() throws {
        let folder = EndToEnd.scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let content = try Self.changedContent(in: folder, copying: ["site.yaml", "prefectures.csv"])
        // The import and the build hold the changed document alone (the whole portal is imported by
        // IngestTests' Shipped and built and walked by SiteTests' ProjectSiteTests): sources.yaml
        // lists only it and only its table readers run, so the other documents are neither read
        // nor given sections, datasets, covers or line views.
        try Self.catalogOnly(document: "ninchisho-2020", in: content)

        // (That a run leaves nothing stale is IngestTests' runWritesFilesThatLoadBackAndCheckIsClean;
        // importing a third time here would only repeat it.)
        let readers = DatasetImporter.standardReaders.filter { type(of: $0).document == "ninchisho-2020" }
        #expect(!readers.isEmpty)
        _ = try ContentImporter(datasets: DatasetImporter(readers: readers)).run(contentDirectory: content)
        let csv = try String(contentsOf: content.appendingPathComponent("data/ninchisho-care-pathways.csv"), encoding: .utf8)
        #expect(csv.contains("\n02,青森県,38,1,0,97.5\n"))
        let files = FileManager.default
        #expect(try files.contentsOfDirectory(atPath: content.appendingPathComponent("documents").path) == ["ninchisho-2020"])
        #expect(try files.contentsOfDirectory(atPath: content.appendingPathComponent("data").path).allSatisfy { $0.hasPrefix("ninchisho-") })

        let output = folder.appendingPathComponent("public")
        let read = try EndToEnd.build(content: content, output: output)
        let datasetPage = try read("data/ninchisho-care-pathways/index.html")
        #expect(datasetPage.contains("data-value=\"38\""))
        #expect(datasetPage.contains("原資料 1,382／計算 1,381"))
        let section = try read("documents/ninchisho-2020/02/index.html")
        #expect(section.contains("id=\"data-ninchisho-care-pathways\"") && section.contains("data-value=\"38\""))
        let quality = try read("quality/index.html")
        #expect(quality.contains("作成済市町村数の47都道府県の合計が原資料の計行と一致する<span class=\"check-values\">原資料 1,382／計算 1,381</span>"))
        let aomori = try read("prefectures/aomori/index.html")
        #expect(aomori.contains("<td class=\"num\">38市町村</td>"))
    }

    /// Leaves `sources.yaml` listing `document` alone (its entries are blocks that open with `  - id:`).
    static func catalogOnly(document: String, in content: URL) throws {
        let catalog = content.appendingPathComponent("sources/sources.yaml")
        let entries = try String(contentsOf: catalog, encoding: .utf8).components(separatedBy: "\n  - id: ")
        let kept = entries.prefix(1) + entries.dropFirst().filter { $0.hasPrefix(document + "\n") }
        #expect(kept.count == 2 && entries.count > kept.count, "the catalog lists other documents, and this one once")
        try kept.joined(separator: "\n  - id: ").write(to: catalog, atomically: true, encoding: .utf8)
    }
}
