import Content
import Foundation
import Ingest
import Testing

/// The committed `content/data/` files of documents 003 and 000 load back as the importer makes
/// them (that they are current is `shiryo import --check`, run by `make test`).
@Suite struct GeneratedDataTests {
    static let contentDirectory = Files003.root.appendingPathComponent("content")

    @Test func filesLoadBack() throws {
        let datasets = try DatasetLoader(contentDirectory: Self.contentDirectory).load()
        let ours = Dictionary(
            uniqueKeysWithValues: datasets.filter { $0.id.hasPrefix("shakai-") || $0.id.hasPrefix("shahokyo-") }.map { ($0.id, $0) })
        let expected = try Shipped.datasets.get()
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
        let input = SourceText(document: "shakai-engo-2010", path: "content/sources/003.txt", lines: lines)
        #expect {
            try DatasetImporter.read(Files003.declarations(), in: input)
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.file == "content/sources/003.txt" && error.line == 796 && !error.fix.isEmpty
        }
    }
}
