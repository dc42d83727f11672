import Content
import Foundation
import Ingest
import Japanese
import Testing

/// The datasets of the dementia-policy document, read from the shipped source.
enum Shipped001 {
    static let result: Result<[Dataset], any Error> = Shipped.datasets.map { $0.filter { $0.source.document == "ninchisho-2020" } }

    static func dataset(_ id: String) throws -> Dataset {
        let all = try result.get()
        return try #require(all.first { $0.id == id }, "no dataset \(id)")
    }
}

@Suite struct ShippedDocumentDatasetTests {
    @Test func producesEveryTable() throws {
        let ids = Set(try Shipped001.result.get().map(\.id))
        #expect(ids.count >= 22)
        for id in [
            "ninchisho-care-pathways", "ninchisho-centre-coverage", "ninchisho-centre-types", "ninchisho-centres",
            "ninchisho-guardianship-subsidy-municipalities", "ninchisho-guardianship-subsidy-flags",
            "ninchisho-medical-training-h30", "ninchisho-care-training-1-h30", "ninchisho-care-training-2-h30",
            "ninchisho-young-onset-coordinators", "ninchisho-supporters", "ninchisho-supporters-by-year",
            "ninchisho-supporters-by-audience", "ninchisho-supporters-by-sex-age", "ninchisho-caravan-activity",
            "ninchisho-supporter-courses-chart", "ninchisho-caravan-mates", "ninchisho-municipal-supporters-by-audience",
            "ninchisho-school-supporters", "ninchisho-supporters-by-organiser", "ninchisho-caravan-mates-overseas", "ninchisho-centre-counts",
        ] {
            #expect(ids.contains(id), "\(id)")
        }
    }

    @Test func centreListHas456CentresWithISODatesAndTypes() throws {
        let centres = try Shipped001.dataset("ninchisho-centres")
        #expect(centres.rows.count == 456)
        let designated = try #require(centres.columnIndex("designated"))
        let first = try #require(centres.columnIndex("first_designated"))
        let type = try #require(centres.columnIndex("type"))
        let iso = #/^(19|20)[0-9]{2}-[01][0-9]-[0-3][0-9]$/#
        for row in centres.rows {
            #expect(row[designated].wholeMatch(of: iso) != nil, "\(row[0]): \(row[designated])")
            #expect(row[first].isEmpty || row[first].wholeMatch(of: iso) != nil, "\(row[0]): \(row[first])")
        }
        let types = Dictionary(grouping: centres.rows, by: { $0[type] }).mapValues(\.count)
        #expect(types == ["基幹型": 16, "地域型": 367, "連携型": 73])
        #expect(centres.rows.map { $0[0] } == (1...456).map(String.init))
        #expect(centres.rows[0][designated] == "2017-04-01" && centres.rows[0][first] == "2012-04-01")
        // An operator that ends with the centre's name is not the name glued to its operator.
        #expect(centres.rows[57][4...5] == ["あさかホスピタル", "社会医療法人あさかホスピタル"])
        #expect(centres.rows[171][4...5] == ["医療法人社団康心会 湘南東部総合病院", "医療法人社団康心会"])
    }

    @Test func centreCountsAgreeWithCoverageTableForAll47() throws {
        let coverage = try Shipped001.dataset("ninchisho-centre-coverage")
        let check = try #require(coverage.checks.first { $0.id == "centres-vs-list" })
        #expect(check.result == .pass, "\(check.explanation ?? "")")
        let types = try Shipped001.dataset("ninchisho-centre-types")
        #expect(types.checks.filter { $0.kind == .crossDataset }.count == 3)
        #expect(allPass(types.checks))
        // Counted by authority: 宮城県 7 and 仙台市 4, as T2's 11 combines them.
        let counts = try Shipped001.dataset("ninchisho-centre-counts")
        #expect(counts.rows.filter { $0[0] == "04" }.map { Array($0[2...3]) } == [["", "7"], ["仙台市", "4"]])
        #expect(counts.rows.filter { $0[2] == "札幌市" }.isEmpty)
        #expect(counts.checks.first?.result == .pass)
    }

    @Test func perPrefectureDatasetsHaveEachPrefectureOnceInJISOrder() throws {
        let perPrefecture = try Shipped001.result.get().filter { $0.shape == .prefectures && $0.unrecoverable == nil }
        #expect(perPrefecture.count >= 7)
        for dataset in perPrefecture {
            let own = dataset.rows.indices.filter { dataset.isPrefectureRow($0) }.map { dataset.rows[$0][0] }
            #expect(own == Prefecture.all.map(\.jisCode), "\(dataset.id)")
        }
    }

    @Test func knownDiscrepanciesAreMismatchesWithBothValues() throws {
        let mates = try Shipped001.dataset("ninchisho-caravan-mates")
        let elderly = try #require(mates.checks.first { $0.id == "sum-elderly" })
        #expect(elderly.result == .mismatch && elderly.expected == "35185241" && elderly.actual == "35184703")
        let centres = try Shipped001.dataset("ninchisho-centres")
        let era = try #require(centres.checks.first { $0.id == "era-dates" })
        #expect(era.result == .mismatch && era.rows == ["422"])
    }

    @Test func everyOtherCheckPasses() throws {
        let known: Set<String> = [
            "ninchisho-caravan-mates/sum-elderly", "ninchisho-centres/era-dates", "ninchisho-centres/first-equals-current",
            "ninchisho-budget-r2-seinen-koken/sum-budget_r2",
        ]
        for dataset in try Shipped001.result.get() {
            for check in dataset.checks where check.result == .mismatch {
                #expect(known.contains("\(dataset.id)/\(check.id)"), "\(dataset.id)/\(check.id): \(check.expected ?? "") vs \(check.actual ?? "") \(check.explanation ?? "")")
            }
        }
    }

    @Test func designatedCitiesAreOwnRowsAfterTheirPrefecture() throws {
        let training = try Shipped001.dataset("ninchisho-medical-training-h30")
        #expect(training.rows.count == 67)
        let kanagawa = training.rows.filter { $0[0] == "14" }.map { $0[2] }
        #expect(kanagawa == ["", "横浜市", "川崎市", "相模原市"])
        let coordinators = try Shipped001.dataset("ninchisho-young-onset-coordinators")
        let sapporo = try #require(coordinators.rows.first { $0[2] == "札幌市" })
        #expect(sapporo[3] == "－" && sapporo[4] == "-")
        let saitama = try #require(coordinators.rows.first { $0[2] == "さいたま市" })
        #expect(saitama[4] == "3")
    }

    @Test func municipalityListMatchesCarePathwayCounts() throws {
        let list = try Shipped001.dataset("ninchisho-guardianship-subsidy-municipalities")
        #expect(list.rows.count == 1741)
        #expect(list.checks.first { $0.id == "municipalities-vs-care-pathways" }?.result == .pass)
        let flags = try Shipped001.dataset("ninchisho-guardianship-subsidy-flags")
        #expect(flags.unrecoverable != nil && flags.columns.isEmpty)
    }
}

/// Lines inserted at the top of the real document move every dataset's line numbers and nothing else.
@Test func shiftingTheWholeDocumentChangesOnlyLineNumbers() throws {
    let text = try SourceText(contentsOf: Package.content.appendingPathComponent("sources/001_71f28aac2aacb1a3.txt"))
    let plain = SourceText(document: "ninchisho-2020", path: "001", lines: text.lines)
    let shifted = SourceText(document: "ninchisho-2020", path: "001", lines: ["挿入", "", "もう一行", "", " 5"] + text.lines)
    for reader in DatasetImporter.standardReaders where type(of: reader).document == "ninchisho-2020" {
        let a = try reader.read(plain)
        let b = try reader.read(shifted)
        #expect(a.map(\.ignoringLines) == b.map(\.ignoringLines), "\(type(of: reader))")
        #expect(zip(a, b).allSatisfy { $1.source.lines.first == $0.source.lines.first + 5 }, "\(type(of: reader))")
    }
}
