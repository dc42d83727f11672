import Content
import Foundation
@testable import Ingest
import Testing

/// A broken table gives an error naming the file and the line, never a crash or a lost row.
@Suite struct MalformedTableTests {
    func error(_ body: () throws -> Any) -> ContentError? {
        do {
            _ = try body()
            return nil
        } catch let error as ContentError {
            return error
        } catch {
            return nil
        }
    }

    @Test func missingPrefectureRow() throws {
        let line = try Fixture001.line("care-pathways.txt", containing: "青森県 39 1 0 97.5%")
        let input = try Fixture001.input("care-pathways.txt", replacing: line, with: "福井県 13 1 3 76.5% 広島県 18 2 3 78.3%")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-care-pathways").read(input) })
        #expect(failure.file == "Fixtures/data001/care-pathways.txt")
        #expect(failure.line != nil)
        #expect(failure.description.contains("青森県"))
    }

    @Test func nonNumericCell() throws {
        let line = try Fixture001.line("training.txt", containing: "2 青 森 県 20 69 89")
        let input = try Fixture001.input(
            "training.txt", replacing: line,
            with: "2 青 森 県 20 69 89 56 59 115 39 1075 1114 43 60 103 72 390 462 52 118 170 59 417 4x6")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-medical-training-h30").read(input) })
        #expect(failure.line == line)
    }

    @Test func nonNumericCellInAGroupedRow() throws {
        let line = try Fixture001.line("coordinators.txt", containing: "群馬県 ○ 14")
        let input = try Fixture001.input("coordinators.txt", replacing: line, with: "群馬県 ○ 十四 鳥取県 ○ 5 浜松市 － －")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-young-onset-coordinators").read(input) })
        #expect(failure.line == line && failure.file.hasSuffix("coordinators.txt"), "\(failure)")
    }

    @Test func unknownPrefecture() throws {
        let line = try Fixture001.line("centre-coverage.txt", containing: "02 青森県")
        let input = try Fixture001.input("centre-coverage.txt", replacing: line, with: "02 青林県 6 6 6 100.0% 27 大阪府 8 8 14 100.0%")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-centre-coverage").read(input) })
        #expect(failure.line == line)
        #expect(failure.description.contains("青林県"))
    }

    @Test func unknownAuthorityInTheCentreList() throws {
        let line = try Fixture001.line("centres.txt", containing: "2 北 海 道 特定医療法人富田病院")
        let input = try Fixture001.input("centres.txt", replacing: line, with: "2 北 海 島 特定医療法人富田病院 特定医療法人富田病院")
        let failure = try #require(error { try CentreListReader().read(input) })
        #expect(failure.line == line)
    }

    @Test func brokenMateRow() throws {
        let line = try Fixture001.line("supporters.txt", containing: "青森県 1,292,709")
        let input = try Fixture001.input("supporters.txt", replacing: line, with: "青森県 1,292,709 413,592 32.0% 3,799 1,862")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-caravan-mates").read(input) })
        // The row no longer reads as a row, so the table lacks 青森県: the error names the line that does.
        #expect(failure.description.contains("no row for 青森県"))
        #expect(failure.line == line)
    }

    @Test func missingCaption() throws {
        let line = try Fixture001.line("care-pathways.txt", containing: "認知症ケアパス 都道府県別作成状況")
        let input = try Fixture001.input("care-pathways.txt", replacing: line, with: "")
        let failure = try #require(error { try Fixture001.declaration("ninchisho-care-pathways").read(input) })
        #expect(failure.description.contains("認知症ケアパス"))
        #expect(failure.file == "content/sources/ninchisho-2020.tables.yaml")
    }
}
