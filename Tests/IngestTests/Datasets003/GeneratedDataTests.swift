import Content
import Foundation
import Ingest
import Testing

/// The committed `content/data/` files are what the importer, with these readers, writes now.
@Suite struct GeneratedDataTests {
    static let contentDirectory = Files003.root.appendingPathComponent("content")

    /// The project's importer, with the readers of documents 003 and 000 added when the standard
    /// list does not have them yet.
    static let importer: DatasetImporter = {
        let registered = Set(DatasetImporter.standardReaders.map { type(of: $0).document })
        let ours = (DatasetImporter.shakaiReaders + DatasetImporter.shahokyoReaders)
            .filter { !registered.contains(type(of: $0).document) }
        return DatasetImporter(readers: DatasetImporter.standardReaders + ours)
    }()

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SHIRYO_WRITE_DATA"] != nil))
    func writeFiles() throws {
        let report = try Self.importer.run(contentDirectory: Self.contentDirectory)
        print(report.summary)
    }

    @Test func committedFilesAreCurrent() throws {
        #expect(try Self.importer.check(contentDirectory: Self.contentDirectory) == [])
    }

    @Test func filesLoadBack() throws {
        let datasets = try DatasetLoader(contentDirectory: Self.contentDirectory).load()
        let ours = Dictionary(
            uniqueKeysWithValues: datasets.filter { $0.id.hasPrefix("shakai-") || $0.id.hasPrefix("shahokyo-") }.map { ($0.id, $0) })
        let expected = try Self.importer.datasets(contentDirectory: Self.contentDirectory)
            .filter { $0.id.hasPrefix("shakai-") || $0.id.hasPrefix("shahokyo-") }
        #expect(Set(ours.keys) == Set(expected.map(\.id)))
        for made in expected {
            let roundTrips = ours[made.id] == made
            #expect(roundTrips, "\(made.id) does not round-trip")
        }
    }

    @Test func aBrokenTableIsReportedWithFileLineAndFix() throws {
        let lines = try Files003.document().lines.map {
            $0.replacingOccurrences(of: "| 佐賀県  | 9      |", with: "| 佐賀県  | 九      |")
        }
        let input = SourceLinesInput(document: "shakai-engo-2010", path: "content/sources/003.txt", lines: lines)
        #expect {
            try Shakai2010Reader().read(input)
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == "content/sources/003.txt" && error.line == 796 && !error.fix.isEmpty
        }
    }
}
