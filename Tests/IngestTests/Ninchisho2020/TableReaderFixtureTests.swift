import Content
import Foundation
@testable import Ingest
import Japanese
import Testing

/// Each reader on an excerpt of the document, and on the same excerpt with lines inserted above.
@Suite struct TableReaderFixtureTests {
    static let cases: [(String, any TableReader)] = [
        ("centres.txt", CentreListReader()),
        ("guardianship.txt", GuardianshipSubsidyReader()),
        ("supporters.txt", SupporterOrganiserReader()),
        ("supporters.txt", OverseasCaravanReader()),
    ]

    @Test(arguments: 0..<cases.count)
    func insertingLinesAboveChangesOnlyLineNumbers(_ index: Int) throws {
        let (file, reader) = Self.cases[index]
        let plain = try reader.read(Fixture001.input(file))
        let shifted = try reader.read(Fixture001.input(file, shift: 7))
        #expect(!plain.isEmpty)
        #expect(plain.map(\.ignoringLines) == shifted.map(\.ignoringLines))
        for (a, b) in zip(plain, shifted) {
            #expect(b.source.lines.first == a.source.lines.first + 7, "\(a.id)")
            #expect(b.source.lines.last == a.source.lines.last + 7, "\(a.id)")
        }
    }

    static let declared: [(String, String)] = [
        ("care-pathways.txt", "ninchisho-care-pathways"),
        ("coordinators.txt", "ninchisho-young-onset-coordinators"),
        ("centre-coverage.txt", "ninchisho-centre-coverage"),
        ("centre-coverage.txt", "ninchisho-centre-types"),
        ("training.txt", "ninchisho-medical-training-h30"),
        ("training.txt", "ninchisho-care-training-1-h30"),
        ("training.txt", "ninchisho-care-training-2-h30"),
        ("supporters.txt", "ninchisho-supporters-by-year"),
        ("supporters.txt", "ninchisho-supporters"),
        ("supporters.txt", "ninchisho-supporters-by-audience"),
        ("supporters.txt", "ninchisho-municipal-supporters-by-audience"),
        ("supporters.txt", "ninchisho-caravan-activity"),
        ("supporters.txt", "ninchisho-supporter-courses-chart"),
        ("guardianship.txt", "ninchisho-guardianship-subsidy-flags"),
    ]

    @Test(arguments: 0..<declared.count)
    func declaredTablesMoveOnlyTheirLineNumbers(_ index: Int) throws {
        let (file, id) = Self.declared[index]
        let table = try Fixture001.declaration(id)
        let plain = try table.read(Fixture001.input(file))
        let shifted = try table.read(Fixture001.input(file, shift: 7))
        #expect(plain.ignoringLines == shifted.ignoringLines)
        #expect(shifted.source.lines.first == plain.source.lines.first + 7)
        #expect(shifted.source.lines.last == plain.source.lines.last + 7)
    }

    @Test func theLostGuardianshipGridCitesTheListsLinesAndDate() throws {
        let input = try Fixture001.input("guardianship.txt")
        let list = try #require(try GuardianshipSubsidyReader().read(input).first)
        let table = try Fixture001.declaration("ninchisho-guardianship-subsidy-flags")
        var datasets = [list, try table.read(input)]
        #expect(datasets[1].unrecoverable != nil && datasets[1].columns.isEmpty)
        #expect(datasets[1].source.lines != list.source.lines)
        for check in DatasetImporter.declaredCrossChecks([table]) { check.apply(to: &datasets) }
        #expect(datasets[1].source == list.source && datasets[1].asOf == list.asOf)
    }

    @Test func carePathwaysReadThreePrefecturesPerLine() throws {
        let dataset = try Fixture001.declaration("ninchisho-care-pathways").read(Fixture001.input("care-pathways.txt"))
        #expect(dataset.rows.count == 47)
        #expect(dataset.rows[0] == ["01", "北海道", "88", "22", "69", "49.2"])
        #expect(dataset.rows[46] == ["47", "沖縄県", "11", "8", "22", "26.8"])
        #expect(dataset.totals.map(\.value) == ["1382", "133", "226", "79.4"])
        #expect(dataset.asOf?.wareki == "平成30年度")
        #expect(allPass(dataset.checks))
    }

    @Test func coverageReadsCodesAndTypesTheFullWidthCounts() throws {
        let coverage = try Fixture001.declaration("ninchisho-centre-coverage").read(Fixture001.input("centre-coverage.txt"))
        #expect(coverage.rows[0] == ["01", "北海道", "21", "10", "19", "47.6"])
        #expect(coverage.rows[12] == ["13", "東京都", "13", "12", "52", "92.3"])
        #expect(coverage.asOf?.iso == "2020-02")
        let types = try Fixture001.declaration("ninchisho-centre-types").read(Fixture001.input("centre-coverage.txt"))
        #expect(types.rows == [["基幹型", "16"], ["地域型", "367"], ["連携型", "73"]])
        #expect(types.check("sum-centres")?.result == .pass && types.totals.first?.value == "456")
    }

    @Test func centreRecordsInEveryShape() throws {
        let dataset = try #require(try CentreListReader().read(Fixture001.input("centres.txt")).first)
        #expect(dataset.rows.count == 14)
        let byNumber = Dictionary(uniqueKeysWithValues: dataset.rows.map { ($0[0], $0) })
        // A date and its original designation split by a blank line.
        #expect(byNumber["4"]?[6...7] == ["2018-04-01", "2014-07-16"])
        // Everything on one line.
        #expect(byNumber["7"]?[4...9] == ["島田脳神経外科", "医療法人たんぽぽ会", "2019-04-01", "", "小樽市錦町1番2号", "連携型"])
        // `Ｈ29.4．1` with full-width letter and point, `（H24.4.1)` with mixed brackets.
        #expect(byNumber["8"]?[6...7] == ["2017-04-01", "2012-04-01"])
        // Designated by a city: the city's prefecture code and the city.
        #expect(byNumber["9"]?[1...3] == ["04", "宮城県", "仙台市"])
        // A name wrapped over two lines is joined without a space.
        #expect(byNumber["10"]?[4...5] == ["順天堂大学医学部附属順天堂東京江東高齢者医療センター", "学校法人 順天堂"])
        // Name and operator glued together.
        #expect(byNumber["11"]?[4...5] == ["医療法人社団康心会 湘南東部総合病院", "医療法人社団康心会"])
        // An operator with a space in it.
        #expect(byNumber["12"]?[5] == "社会福祉法人恩賜財団済生会支部 東京都済生会")
        // H31.5.1 does not exist: recorded in 西暦 and reported.
        #expect(byNumber["13"]?[6] == "2019-05-01")
        #expect(dataset.check("era-dates")?.rows == ["13"])
        // R1.10.1, half-width katakana in the address, a spaced two-letter city.
        #expect(byNumber["14"]?[1...3] == ["27", "大阪府", "堺市"])
        #expect(byNumber["14"]?[6...9] == ["2019-10-01", "", "品川区中延二丁目15番5号 酒井ビル2階", "基幹型"])
    }

    @Test func guardianshipListKeepsOnlyWhatSurvived() throws {
        let datasets = try GuardianshipSubsidyReader().read(Fixture001.input("guardianship.txt"))
        let list = try #require(datasets.first)
        #expect(list.rows.first == ["01", "北海道", "夕張市", "18"])
        #expect(list.rows.last == ["47", "沖縄県", "与那国町", "6"])
        #expect(!list.rows.contains { $0[2].contains("市区町村名") })
        // The excerpt holds a few rows, so the ○ total cannot reach the document's column totals.
        #expect(list.check("marks-vs-column-totals")?.result == .mismatch)
        #expect(list.check("column-totals")?.result == .notCheckable)
    }

    @Test func trainingTablesPutCitiesAfterTheirPrefecture() throws {
        let medical = try Fixture001.declaration("ninchisho-medical-training-h30").read(Fixture001.input("training.txt"))
        #expect(medical.rows.count == 67)
        #expect(medical.rows[0].prefix(6) == ["01", "北海道", "", "72", "402", "474"])
        #expect(medical.rows[1][2] == "札幌市")
        #expect(allPass(medical.checks))
        #expect(medical.check("hospital-staff-with-group-training")?.expected == "147456")
        let second = try Fixture001.declaration("ninchisho-care-training-2-h30").read(Fixture001.input("training.txt"))
        #expect(second.rows.count == 67)
        let okayamaCity = try #require(second.rows.first { $0[2] == "岡山市" })
        #expect(Array(okayamaCity[3...]) == ["0", "0", "0", "0", "127", "421", "1", "8"])
        #expect(allPass(second.checks))
    }

    @Test func coordinatorsKeepDashApartFromZero() throws {
        let dataset = try Fixture001.declaration("ninchisho-young-onset-coordinators").read(Fixture001.input("coordinators.txt"))
        #expect(dataset.rows.count == 67)
        #expect(dataset.rows.first { $0[1] == "群馬県" && $0[2].isEmpty }?[3...4] == ["○", "14"])
        #expect(dataset.rows.first { $0[2] == "札幌市" }?[3...4] == ["－", "-"])
        #expect(dataset.totals.map(\.value) == ["106", "7"])
        #expect(dataset.checks.count == 4 && allPass(dataset.checks))
    }

    @Test func supporterTablesAndLostCharts() throws {
        let lostIDs = ["ninchisho-supporter-courses-chart"]
        let lost = try lostIDs.map { try Fixture001.declaration($0).read(Fixture001.input("supporters.txt")) }
        #expect(lost.allSatisfy { $0.unrecoverable != nil && $0.rows.isEmpty && $0.source.lines.last > $0.source.lines.first })
        let audience = try Fixture001.declaration("ninchisho-supporters-by-audience").read(Fixture001.input("supporters.txt"))
        #expect(audience.rows.first == ["住民", "5415879", "192959", "44.5"])
        // The course total stands on the ◎ line above the caption, under a label of its own.
        #expect(audience.totals.map(\.label) == ["合計", "講座開催回数（内訳の冒頭）"])
        #expect(audience.totals.map(\.value) == ["12178636", "373929"])
        #expect(audience.checks.count == 3 && allPass(audience.checks))
        let sexAge = try Fixture001.declaration("ninchisho-supporters-by-sex-age").read(Fixture001.input("supporters.txt"))
        #expect(sexAge.rows.count == 7 && sexAge.checks.count == 4 && allPass(sexAge.checks))
        #expect(sexAge.rows.first == ["10代以下", "1541112", "1422110", "2963222"] && sexAge.totals.first?.value == "7404556")
        let summary = try Fixture001.declaration("ninchisho-supporters").read(Fixture001.input("supporters.txt"))
        #expect(summary.rows == [["認知症サポーター", "12178636", "373929"], ["キャラバン・メイト", "166065", "2607"]])
        #expect(summary.asOf?.iso == "2019-12-31")
        #expect(summary.check("sum-people")?.result == .pass)
    }

    /// The year chart: 11 of 15 years read, the rest blank, the sums not checkable for the blanks.
    @Test func supportersByYearKeepOnlyTheYearsTheSourceTies() throws {
        let dataset = try Fixture001.declaration("ninchisho-supporters-by-year").read(Fixture001.input("supporters.txt"))
        #expect(dataset.unrecoverable == nil && dataset.rows.count == 15)
        #expect(dataset.rows.first == ["2005", "平成17年度", "29982", "323"])
        #expect(dataset.rows.last == ["2019", "令和元年度", "894955", ""])
        #expect(dataset.rows.filter { !$0[2].isEmpty }.count == 11)
        #expect(dataset.rows.filter { !$0[3].isEmpty }.count == 8)
        let stated = try #require(dataset.totals.first { $0.column == "supporters" })
        let read = dataset.rows.compactMap { Decimal(string: $0[2]) }.reduce(0, +)
        #expect(stated.value == "12178636" && read == 9_136_817)
        #expect(dataset.check("sum-supporters")?.result == .notCheckable)
    }

    @Test func caravanActivityReadsTheMunicipalityCounts() throws {
        let dataset = try Fixture001.declaration("ninchisho-caravan-activity").read(Fixture001.input("supporters.txt"))
        #expect(dataset.rows.map { $0[1] } == ["1752", "21"])
        #expect(dataset.totals.first?.value == "1773")
        #expect(dataset.check("sum-municipalities")?.result == .pass)
    }

    @Test func pieChartRunsGiveTheMunicipalBreakdowns() throws {
        let audience = try Fixture001.declaration("ninchisho-municipal-supporters-by-audience").read(Fixture001.input("supporters.txt"))
        // The 講座開催回数 printed apart from their labels, in the audiences' order.
        #expect(audience.rows.first == ["住民", "5321376", "192481", "46.1"])
        #expect(audience.rows.map { $0[2] } == ["192481", "65610", "56992", "14806", "19886"])
        // The total is 自治体型's line of R7 ②, stated in the text far above.
        #expect(audience.totals.first?.value == "11534340" && audience.totals.first?.label == "自治体型")
        // The school breakdown is declared: each figure is looked up as the page prints it, the
        // shares in the pie chart whose labels are wrapped (`幼稚園・保育園` / `児`).
        let schools = try Fixture001.declaration("ninchisho-school-supporters").read(Fixture001.input("supporters.txt"))
        #expect(schools.rows.first == ["幼稚園・保育園児", "8623", "0.3"])
        #expect(schools.rows.last == ["教職員", "19099", "0.6"])
        #expect(allPass(audience.checks) && allPass(schools.checks))
    }

    /// The organiser block read after the tables its figures derive from, as the importer runs it.
    static func organisers(_ input: SourceText) throws -> Dataset {
        let earlier = try ["ninchisho-supporters", "ninchisho-supporters-by-audience", "ninchisho-municipal-supporters-by-audience"]
            .map { try Fixture001.declaration($0).read(input) }
        return try #require(try SupporterOrganiserReader().read(input, declared: earlier).last)
    }

    @Test func organiserFiguresAreAssignedOnlyByArithmetic() throws {
        let dataset = try Self.organisers(Fixture001.input("supporters.txt"))
        #expect(dataset.rows == [["自治体型", "11534340", "349775"], ["企業・団体型", "549793", "23676"], ["啓発型", "94503", "478"]])
        #expect(dataset.checks.count == 5 && allPass(dataset.checks))
        // Without the 企業・団体 line the arithmetic finds no printed number, and nothing is guessed.
        let line = try Fixture001.line("supporters.txt", containing: "549,793 23,676")
        let broken = try Self.organisers(Fixture001.input("supporters.txt", replacing: line, with: ""))
        #expect(broken.rows[1] == ["企業・団体型", "", ""] && broken.rows[2] == ["啓発型", "", ""])
        #expect(broken.check("companies-derived")?.result == .mismatch)
    }

    @Test func overseasRowsAreSplitIntoColumnsOnlyWhenComplete() throws {
        let dataset = try #require(try OverseasCaravanReader().read(Fixture001.input("supporters.txt")).first)
        #expect(dataset.rows.count == 11)
        #expect(dataset.rows[0] == ["ニューヨーク日系人会", "アメリカ", "11 56 18 38 227 283", "11", "56", "18", "38", "227", "283"])
        #expect(dataset.rows[2] == ["ワシントン日系人会", "アメリカ", "3 77 77", "", "", "", "", "", ""])
        #expect(allPass(dataset.checks))
    }

    @Test func caravanMatesCheckTheirRowIdentities() throws {
        let declaration = try Fixture001.declaration("ninchisho-caravan-mates")
        let dataset = try declaration.read(Fixture001.input("supporters.txt"))
        // The column header printed again after 高知県 does not end the table.
        #expect(dataset.rows.count == 47)
        #expect(dataset.asOf?.iso == "2019-12-31")
        let shifted = try declaration.read(Fixture001.input("supporters.txt", shift: 7))
        #expect(shifted.ignoringLines == dataset.ignoringLines && shifted.source.lines.first == dataset.source.lines.first + 7)
        #expect(dataset.rows[39][1] == "福岡県")
        #expect(dataset.check("identity-mates")?.result == .pass)
        #expect(dataset.check("identity-total")?.result == .pass)
        #expect(dataset.check("sum-elderly")?.result == .mismatch)
        #expect(dataset.check("sum-elderly")?.expected == "35185241")
    }
}
