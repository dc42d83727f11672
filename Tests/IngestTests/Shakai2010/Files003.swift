import Content
import Foundation
import Ingest

/// Paths the dataset tests of 社会・援護局関係主管課長会議資料 read.
enum Files003 {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let fixtures = root.appendingPathComponent("Tests/IngestTests/Fixtures/data003")
    static let dataDirectory = root.appendingPathComponent("content/data")

    /// The shipped document, read and split once for every test that reads it.
    static func document() throws -> SourceText { try shipped.get() }

    private static let shipped = Result { () throws(ContentError) -> SourceText in
        try SourceText(contentsOf: root.appendingPathComponent("content/sources/003_25eadac7ef844c44.txt"))
    }

    /// A fixture excerpt.
    static func fixture(_ name: String) throws -> SourceText {
        try SourceText(contentsOf: fixtures.appendingPathComponent(name))
    }

    /// The same text with `count` unrelated lines put in front, so line-number assumptions show.
    static func shifted(_ source: SourceText, by count: Int) -> SourceText {
        let filler = (0..<count).map { "前置きの行 \($0)" }
        return SourceText(path: source.path, text: (filler + source.lines).joined(separator: "\n"))
    }

    /// The shipped declarations of the document's regular tables.
    static func declarations() throws -> [TableDeclaration] {
        let file = "content/sources/shakai-engo-2010.tables.yaml"
        let yaml = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        return try TableDeclarationFile.declarations(yaml: yaml, file: file, document: Shakai2010.document)
    }

    /// The shipped declaration of table `id`.
    static func declaration(_ id: String) throws -> TableDeclaration {
        guard let table = try declarations().first(where: { $0.id == id }) else {
            throw ContentError(file: "shakai-engo-2010.tables.yaml", problem: "no table \(id)", fix: "declare it")
        }
        return table
    }

    /// The declared text of table `id`, which a Swift reader fills (`bespoke:` in the YAML).
    static func shell(_ id: String) throws -> Dataset {
        try declaration(id).read(SourceText(path: "none", text: ""))
    }

    /// The real document's datasets, read once per test process; a failed read fails every test
    /// that asks, with its error, instead of leaving them nothing to check.
    private static let loaded = Result { () throws -> [String: Dataset] in
        let source = try document()
        let tables = try declarations()
        var list = try Shakai2010.datasets(from: source, declared: tables.map { try $0.read(source) })
        for check in DatasetImporter.declaredCrossChecks(tables) { check.apply(to: &list) }
        return Dictionary(uniqueKeysWithValues: list.map { ($0.id, $0) })
    }

    static func datasets() throws -> [String: Dataset] {
        try loaded.get()
    }
}
