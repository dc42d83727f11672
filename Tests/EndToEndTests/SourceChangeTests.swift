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

        // (That a run leaves nothing stale is IngestTests' runWritesFilesThatLoadBackAndCheckIsClean;
        // importing a third time here would only repeat it.)
        _ = try ContentImporter().run(contentDirectory: content)
        let csv = try String(contentsOf: content.appendingPathComponent("data/ninchisho-care-pathways.csv"), encoding: .utf8)
        #expect(csv.contains("\n02,青森県,38,1,0,97.5\n"))

        // The build holds the changed document alone (the whole portal is built and walked by
        // SiteTests' ProjectSiteTests): the other documents' sections and datasets, and the pages
        // and programs that cite them, are left out; their sources stay, as sources.yaml lists them.
        try Self.keepOnly(document: "ninchisho-2020", datasetPrefix: "ninchisho-", in: content)
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

    /// Removes the imported sections and datasets of every other document.
    static func keepOnly(document: String, datasetPrefix: String, in content: URL) throws {
        let files = FileManager.default
        let documents = content.appendingPathComponent("documents")
        for other in try files.contentsOfDirectory(atPath: documents.path) where other != document {
            try files.removeItem(at: documents.appendingPathComponent(other))
        }
        let data = content.appendingPathComponent("data")
        for file in try files.contentsOfDirectory(atPath: data.path) where !file.hasPrefix(datasetPrefix) {
            try files.removeItem(at: data.appendingPathComponent(file))
        }
        #expect(try files.contentsOfDirectory(atPath: documents.path) == [document])
    }
}
