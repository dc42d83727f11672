import Content
import Foundation
import Ingest

/// Paths of the package under test.
enum Package {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let content = root.appendingPathComponent("content")
    static let fixtures = root.appendingPathComponent("Tests/IngestTests/Fixtures")

    static func fixture(_ name: String) throws -> SourceText {
        try SourceText(contentsOf: fixtures.appendingPathComponent(name))
    }
}

/// The three shipped documents, read once per test process: their texts, every dataset the
/// readers recover from them, and the documents cut into sections around those datasets. Every
/// suite that needs the shipped import takes it from here instead of importing again (one import
/// reads every source with every reader).
enum Shipped {
    /// `sources.yaml` and the three sources, read and split once.
    static let sources = Result { () throws(ContentError) -> ImportSources in try ImportSources.load(contentDirectory: Package.content) }

    /// Every dataset of every shipped document, as `shiryo import` reads them.
    static let datasets = Result { () throws -> [Dataset] in
        try DatasetImporter().datasets(contentDirectory: Package.content, sources: try sources.get())
    }

    /// The datasets' claims on the sources' lines.
    static let claims = datasets.map(TableClaim.claims(of:))

    /// The import itself; a failure is reported by `importOfTheShippedDocumentsSucceeds` instead of surfacing only as
    /// missing documents in other tests.
    static let imported = Result { () throws -> [SourceDocument] in
        try DocumentImporter().documents(contentDirectory: Package.content, sources: try sources.get(), claims: try claims.get())
    }

    static let documents: [String: SourceDocument] = Dictionary(
        uniqueKeysWithValues: ((try? imported.get()) ?? []).map { ($0.id, $0) })

    static let files: [String: String] = {
        var files: [String: String] = [:]
        for document in documents.values {
            for file in SectionWriter().render(document) { files["documents/\(document.id)/\(file.name)"] = file.contents }
        }
        return files
    }()
}

extension SourceDocument {
    func section(_ number: String) -> Section? { sections.first { $0.number == number } }
    var allSections: [Section] { sections.flatMap(\.flattened) }
}

/// Whether a dataset has checks and every one passed; `allSatisfy` alone is true when the checks
/// were dropped altogether.
func allPass(_ checks: [DatasetCheck]) -> Bool {
    !checks.isEmpty && checks.allSatisfy { $0.result == .pass }
}
