import Content
import Foundation

/// Turns the tables of the source documents into `content/data/<id>.csv` + `.yaml`.
///
/// Every registered ``TableReader`` runs on the document `sources.yaml` lists under its id;
/// then the cross-dataset checks run; then the datasets are validated against the format
/// (unique ids, one row per prefecture in JIS order, rows as wide as the header).
public struct DatasetImporter: Sendable {
    public let readers: [any TableReader]
    public let crossChecks: [any CrossDatasetCheck]

    /// Creates an importer; by default with every reader and cross check the project ships.
    public init(
        readers: [any TableReader] = DatasetImporter.standardReaders,
        crossChecks: [any CrossDatasetCheck] = DatasetImporter.standardCrossChecks
    ) {
        (self.readers, self.crossChecks) = (readers, crossChecks)
    }

    /// Where datasets are written, relative to the content directory.
    public static let dataDirectory = "data"

    /// Every dataset, checked and validated, sorted by id.
    ///
    /// Each document is read and split once; its declared tables are read first and handed to its
    /// readers, which may check their own tables against them.
    public func datasets(contentDirectory: URL, sources: ImportSources? = nil) throws -> [Dataset] {
        let loaded = try sources ?? ImportSources.load(contentDirectory: contentDirectory)
        let catalog = loaded.catalog
        if let orphan = readers.first(where: { reader in !catalog.entries.contains { $0.id == type(of: reader).document } }) {
            throw ContentError(
                file: "content/sources/sources.yaml", problem: "no document with id `\(type(of: orphan).document)`",
                fix: "add the document to sources.yaml or unregister the reader \(type(of: orphan))")
        }
        var datasets: [Dataset] = []
        var declaredCrossChecks: [any CrossDatasetCheck] = []
        for entry in catalog.entries {
            let documentReaders = readers.filter { type(of: $0).document == entry.id }
            let declarationFile = TableDeclarationFile.name(document: entry.id)
            let declarationURL = loaded.directory.appendingPathComponent(declarationFile)
            let hasDeclarations = FileManager.default.fileExists(atPath: declarationURL.path)
            guard hasDeclarations || !documentReaders.isEmpty else { continue }
            let input = loaded.text(entry)
            var read: [Dataset] = []
            var tables: [TableDeclaration] = []
            if hasDeclarations {
                let yaml = try SourceText(contentsOf: declarationURL).lines.joined(separator: "\n")
                tables = try TableDeclarationFile.declarations(
                    yaml: yaml, file: "content/sources/\(declarationFile)", document: entry.id)
                read = try Self.read(tables, in: input)
                declaredCrossChecks += Self.declaredCrossChecks(tables)
            }
            // Each reader is handed what the declarations and the readers before it made.
            for reader in documentReaders {
                read = try reader.read(input, declared: read)
            }
            try ReaderTexts.apply(tables, to: &read)
            datasets += read
        }
        for check in crossChecks + declaredCrossChecks {
            check.apply(to: &datasets)
        }
        try DatasetValidation.validate(datasets)
        return datasets.sorted { $0.id < $1.id }
    }

    /// The checks of `tables` that compare with other datasets, run once every dataset is read.
    public static func declaredCrossChecks(_ tables: [TableDeclaration]) -> [any CrossDatasetCheck] {
        tables.flatMap { table in table.checks.filter(\.isCrossDataset).map { DeclaredCrossCheck(table: table.id, check: $0) } }
            + tables.compactMap { table in table.linesOf.map { SharedLines(table: table.id, other: $0) } }
    }

    /// The datasets of a document's declared tables; a bespoke one is its shell, which its Swift
    /// reader fills or answers.
    public static func read(_ tables: [TableDeclaration], in input: SourceText) throws -> [Dataset] {
        try tables.map { try $0.read(input) }
    }

    /// Writes the datasets to `content/data/`, replacing the folder in one step, and reports
    /// what was written and how the checks came out.
    public func run(contentDirectory: URL, sources: ImportSources? = nil) throws -> DatasetReport {
        let (report, files, _) = try prepare(contentDirectory: contentDirectory, sources: sources)
        try directory(contentDirectory).replace(with: files)
        return report
    }

    /// The report, the files of `content/data/` (name → text) and the datasets' source lines for
    /// the sections, nothing written.
    func prepare(contentDirectory: URL, sources: ImportSources? = nil) throws -> (DatasetReport, [String: String], [TableClaim]) {
        let datasets = try datasets(contentDirectory: contentDirectory, sources: sources)
        let files = Self.files(for: datasets)
        return (DatasetReport(datasets: datasets, files: files.keys.sorted()), files, TableClaim.claims(of: datasets))
    }

    /// The files of `content/data/` that differ from what ``run(contentDirectory:)`` would write:
    /// stale, missing or extra, as paths under content/ (`data/x.csv`). Empty when up to date.
    public func check(contentDirectory: URL, sources: ImportSources? = nil) throws -> [String] {
        differences(Self.files(for: try datasets(contentDirectory: contentDirectory, sources: sources)), contentDirectory: contentDirectory)
    }

    /// The files of `content/data/` that differ from `files` (name → text), as paths under content/.
    func differences(_ files: [String: String], contentDirectory: URL) -> [String] {
        directory(contentDirectory).differences(from: files, displayPrefix: Self.dataDirectory + "/")
    }

    func directory(_ contentDirectory: URL) -> DatasetDirectory {
        DatasetDirectory(url: contentDirectory.appendingPathComponent(Self.dataDirectory))
    }

    /// File name → bytes for every dataset.
    static func files(for datasets: [Dataset]) -> [String: String] {
        var files: [String: String] = [:]
        for dataset in datasets {
            files[dataset.id + ".yaml"] = DatasetFiles.yaml(dataset)
            if dataset.unrecoverable == nil || !dataset.columns.isEmpty { files[dataset.id + ".csv"] = DatasetFiles.csv(dataset) }
        }
        return files
    }
}

/// The outcome of an import.
public struct DatasetReport: Sendable, Equatable {
    public let datasets: [Dataset]
    public let files: [String]

    public var tally: [CheckResult: Int] {
        var tally: [CheckResult: Int] = [:]
        for check in datasets.flatMap(\.checks) { tally[check.result, default: 0] += 1 }
        return tally
    }

    /// `dataset-id/check-id: expected ≠ actual` for every mismatch.
    public var mismatches: [String] {
        datasets.flatMap { dataset in
            dataset.checks.filter { $0.result == .mismatch }.map {
                "\(dataset.id)/\($0.id): \($0.expected ?? "?") ≠ \($0.actual ?? "?")"
            }
        }
    }

    public var summary: String {
        let t = tally
        let lost = datasets.filter { $0.unrecoverable != nil }.count
        return "\(datasets.count) datasets (\(lost) unrecoverable), \(files.count) files; checks: "
            + "\(t[.pass] ?? 0) pass, \(t[.mismatch] ?? 0) mismatch, \(t[.notCheckable] ?? 0) not checkable"
    }
}
