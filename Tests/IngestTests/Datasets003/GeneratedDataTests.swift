import Content
import Foundation
import Ingest
import Testing

/// The committed `content/data/shakai-*` and `shahokyo-*` files are what the readers produce now.
@Suite struct GeneratedDataTests {
    static let contentDirectory = Files003.root.appendingPathComponent("content")

    @Test(.enabled(if: ProcessInfo.processInfo.environment["SHIRYO_WRITE_DATA"] != nil))
    func writeFiles() throws {
        try CivicDatasetExport.write(contentDirectory: Self.contentDirectory)
    }

    @Test func committedFilesAreCurrent() throws {
        let files = CivicDatasetExport.files(try CivicDatasetExport.datasets(contentDirectory: Self.contentDirectory))
        let directory = Self.contentDirectory.appendingPathComponent("data")
        for (name, text) in files.sorted(by: { $0.key < $1.key }) {
            let committed = try? String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
            #expect(committed == text ? true : false, "content/data/\(name) is stale")
        }
    }

    @Test func filesLoadBack() throws {
        let datasets = try DatasetLoader(contentDirectory: Self.contentDirectory).load()
        let ours = Dictionary(
            uniqueKeysWithValues: datasets.filter { $0.id.hasPrefix("shakai-") || $0.id.hasPrefix("shahokyo-") }.map { ($0.id, $0) })
        let expected = try CivicDatasetExport.datasets(contentDirectory: Self.contentDirectory)
        #expect(Set(ours.keys) == Set(expected.map(\.id)))
        for made in expected {
            let roundTrips = ours[made.id] == made
            #expect(roundTrips, "\(made.id) does not round-trip")
        }
    }
}
