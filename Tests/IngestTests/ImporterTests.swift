import Content
import Foundation
import Ingest
import Testing

/// A scratch `content/` directory with the given sources.
struct ScratchContent {
    let root: URL

    init(catalog: String, files: [String: Data]) throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ingest-\(UUID().uuidString)")
        let sources = root.appendingPathComponent("sources")
        try FileManager.default.createDirectory(at: sources, withIntermediateDirectories: true)
        try Data(catalog.utf8).write(to: sources.appendingPathComponent("sources.yaml"))
        for (name, data) in files { try data.write(to: sources.appendingPathComponent(name)) }
    }

    func remove() { try? FileManager.default.removeItem(at: root) }
}

@Suite struct ImporterErrorTests {
    static func catalog(format: String = "tsv-roster", file: String = "roster.tsv") -> String {
        """
        sources:
          - id: roster
            file: \(file)
            title: Roster
            format: \(format)
        """
    }

    @Test func notUTF8NamesTheFile() throws {
        let scratch = try ScratchContent(catalog: Self.catalog(), files: ["roster.tsv": Data([0x8A, 0x6F, 0x0A, 0x82, 0xA0])])
        defer { scratch.remove() }
        let error = #expect(throws: ContentError.self) { try DocumentImporter().run(contentDirectory: scratch.root) }
        #expect(error?.description.contains("content/sources/roster.tsv") == true)
        #expect(error?.description.contains("not valid UTF-8") == true)
        #expect(error?.description.contains("sources.yaml:2") == true)
        #expect(!FileManager.default.fileExists(atPath: scratch.root.appendingPathComponent("documents").path))
    }

    @Test func emptyNamesTheFile() throws {
        let scratch = try ScratchContent(catalog: Self.catalog(), files: ["roster.tsv": Data()])
        defer { scratch.remove() }
        let error = #expect(throws: ContentError.self) { try DocumentImporter().run(contentDirectory: scratch.root) }
        #expect(error == ContentError.empty(path: "content/sources/roster.tsv").listed(at: "content/sources/sources.yaml:2"))
        #expect(error?.description.contains("is empty") == true)
    }

    @Test func unknownFormatNamesTheCatalogLine() throws {
        let scratch = try ScratchContent(catalog: Self.catalog(format: "pdf-scan"), files: ["roster.tsv": Data("a\tb\n".utf8)])
        defer { scratch.remove() }
        let error = #expect(throws: ContentError.self) { try DocumentImporter().run(contentDirectory: scratch.root) }
        #expect(error?.description.contains("content/sources/sources.yaml:5") == true)
        #expect(error?.description.contains("'pdf-scan'") == true)
        #expect(error?.description.contains("tsv-roster, pdf-text, pdf-markdown") == true)
    }

    @Test func catalogMistakesNameTheLine() {
        let duplicate = "sources:\n  - id: a\n    file: a.txt\n    title: A\n    format: pdf-text\n  - id: a\n    file: b.txt\n    title: B\n    format: pdf-text\n"
        #expect(throws: ContentError.duplicateID(path: "sources.yaml", line: 6, id: "a")) { try SourceCatalog(yaml: duplicate) }
        let missing = "sources:\n  - id: a\n    title: A\n    format: pdf-text\n"
        let error = #expect(throws: ContentError.self) { try SourceCatalog(yaml: missing) }
        #expect(error?.description == "sources.yaml:2: has no `file` — name the source's file in content/sources/")
        #expect(throws: ContentError.self) { try SourceCatalog(yaml: "sources: [") }
        #expect(throws: ContentError.self) { try SourceCatalog(yaml: "documents: []") }
    }

    @Test func missingSourceNamesTheFile() throws {
        let scratch = try ScratchContent(catalog: Self.catalog(file: "absent.tsv"), files: [:])
        defer { scratch.remove() }
        let error = #expect(throws: ContentError.self) { try DocumentImporter().run(contentDirectory: scratch.root) }
        #expect(error?.description.contains("content/sources/absent.tsv") == true)
    }

    @Test func lineEndingsAndByteOrderMark() throws {
        let text = try SourceText(path: "x.txt", data: Data("\u{FEFF}一\r\n二\r\n\r\n三".utf8))
        #expect(text.lines == ["一", "二", "", "三"])
        #expect(try SourceText(path: "x.txt", data: Data("一\n二\n".utf8)).lines == ["一", "二"])
        #expect(throws: ContentError.self) { try SourceText(path: "x.txt", data: Data(" \n\n".utf8)) }
    }

    @Test func sourceWithoutStructureIsAnErrorNotACrash() throws {
        #expect(throws: ContentError.self) { try PdfTextReader.read(SourceText(path: "x.txt", lines: ["本文のみ"]), id: "x", title: "X") }
        #expect(throws: ContentError.self) { try MarkdownPdfReader.read(SourceText(path: "x.md", lines: ["# 見出し"]), id: "x", title: "X") }
        #expect(throws: ContentError.self) { try RosterReader.read(SourceText(path: "x.tsv", lines: [""]), id: "x", title: "X") }
    }

    /// content/sources holds the documents byte for byte; the shared seeds are the originals.
    @Test func sourcesAreTheOriginalBytes() throws {
        let seeds = Package.root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
        let catalog = try SourceCatalog(contentsOf: Package.content.appendingPathComponent("sources/sources.yaml"))
        for entry in catalog.entries {
            let copy = try Data(contentsOf: Package.content.appendingPathComponent("sources/\(entry.file)"))
            #expect(!copy.isEmpty)
            if let original = FileManager.default.contents(atPath: seeds.appendingPathComponent(entry.file).path) {
                #expect(copy == original, "\(entry.file)")
            }
        }
    }

    @Test func catalogParsesEveryField() throws {
        let catalog = try SourceCatalog(contentsOf: Package.content.appendingPathComponent("sources/sources.yaml"))
        #expect(catalog.entries.map(\.id) == ["shahokyo-2020", "ninchisho-2020", "shakai-engo-2010"])
        #expect(catalog.entries.map(\.format) == [.tsvRoster, .pdfText, .pdfMarkdown])
        let engo = try #require(catalog.entries.last)
        #expect(engo.info.dateISO == "2010-03-02")
        #expect(engo.info.dateWareki == "平成22年3月2日")
        #expect(catalog.entries.first?.info.issuer == nil)
    }
}

@Suite struct ImporterWriteTests {
    @Test func writesSwapsAndChecks() throws {
        let roster = try Data(contentsOf: Package.fixtures.appendingPathComponent("roster.tsv"))
        let scratch = try ScratchContent(catalog: ImporterErrorTests.catalog(), files: ["roster.tsv": roster])
        defer { scratch.remove() }
        let importer = DocumentImporter()
        #expect(try importer.check(contentDirectory: scratch.root) == ["documents/roster/01.md", "documents/roster/02.md", "documents/roster/03.md"])

        let report = try importer.run(contentDirectory: scratch.root)
        #expect(report.documents.first?.files == ["documents/roster/01.md", "documents/roster/02.md", "documents/roster/03.md"])
        #expect(try importer.check(contentDirectory: scratch.root) == [])
        let staging = try FileManager.default.contentsOfDirectory(atPath: scratch.root.path).filter { $0.hasPrefix(".") }
        #expect(staging.isEmpty)

        let documents = scratch.root.appendingPathComponent("documents/roster")
        try Data("changed".utf8).write(to: documents.appendingPathComponent("02.md"))
        try Data("extra".utf8).write(to: documents.appendingPathComponent("99-old.md"))
        try FileManager.default.removeItem(at: documents.appendingPathComponent("03.md"))
        #expect(try importer.check(contentDirectory: scratch.root) == ["documents/roster/02.md", "documents/roster/03.md", "documents/roster/99-old.md"])

        // Importing again replaces the whole directory, stale file included.
        try importer.run(contentDirectory: scratch.root)
        #expect(try importer.check(contentDirectory: scratch.root) == [])
    }

}
