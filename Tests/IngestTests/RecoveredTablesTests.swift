import Content
import Foundation
@testable import Ingest
import Testing

/// The tables recovered from what the conversion scattered, read from the shipped sources: the
/// figures as the source prints them and the checks the source's totals allow.
@Suite struct RecoveredTablesTests {
    @Test func supportersByYearHoldElevenYearsAndSayWhyNotTheOthers() throws {
        let dataset = try Shipped001.dataset("ninchisho-supporters-by-year")
        #expect(dataset.unrecoverable == nil && dataset.rows.count == 15)
        let read = dataset.rows.filter { !$0[2].isEmpty }
        #expect(read.count == 11)
        #expect(read.map { $0[1] }.contains("平成25年度") && !read.map { $0[1] }.contains("平成28年度"))
        #expect(dataset.rows.first { $0[0] == "2015" } == ["2015", "平成27年度", "1380253", "43567"])
        #expect(read.compactMap { Int($0[2]) }.reduce(0, +) == 12_178_636 - 3_041_819)
        #expect(dataset.notes.contains { $0.contains("平成18・19・28・29年度") && $0.contains("3,041,819") })
        #expect(dataset.source.lines.first < dataset.source.lines.last)
    }

    @Test func caravanActivityAddsUp() throws {
        let dataset = try Shipped001.dataset("ninchisho-caravan-activity")
        #expect(dataset.rows.map { $0[1] } == ["1752", "21"])
        let check = try #require(dataset.check("sum-municipalities"))
        #expect(check.result == .pass && check.expected == "1773" && check.actual == "1773")
    }

    @Test func municipalCoursesAddUpToTheMunicipalTotal() throws {
        let dataset = try Shipped001.dataset("ninchisho-municipal-supporters-by-audience")
        let sessions = try #require(dataset.columnIndex("sessions"))
        #expect(dataset.rows.map { $0[sessions] } == ["192481", "65610", "56992", "14806", "19886"])
        let total = try #require(dataset.check("sessions-vs-organiser"))
        #expect(total.result == .pass && total.expected == "349775")
        for id in ["sessions-school-vs-all", "sessions-government-vs-all", "sessions-care-vs-all"] {
            #expect(dataset.check(id)?.result == .pass, "\(id)")
        }
    }

    @Test func budgetFiguresKeepTheSourcesRounding() throws {
        let guardianship = try Shipped001.dataset("ninchisho-budget-r2-seinen-koken")
        #expect(guardianship.rows.map { $0[1] } == ["5.7", "0.5", "1.9"])
        let sum = try #require(guardianship.check("sum-budget_r2"))
        #expect(sum.result == .mismatch && sum.expected == "8" && sum.actual == "8.1" && sum.explanation?.contains("丸め") == true)
        let sharing = try Shipped001.dataset("ninchisho-team-orange-cost-sharing")
        #expect(sharing.rows.map { $0[1] } == ["38.5", "19.25", "19.25", "23"])
        #expect(sharing.check("sum-share")?.result == .pass)
        let tutor = try Shipped001.dataset("ninchisho-budget-r2-orange-tutor")
        #expect(tutor.rows.last == ["認知症サポーター等推進事業", "27889", "27889", "千円"])
        #expect(try Shipped001.dataset("ninchisho-budget-r2-team-orange").rows == [["認知症総合支援事業", "86", "86", "億円の内数"]])
    }

    @Test func groupHomeExamplesNameElevenMunicipalities() throws {
        let dataset = try Shipped001.dataset("ninchisho-gh-rent-subsidy-cases")
        #expect(dataset.rows.count == 11)
        #expect(dataset.rows.first == ["岩内町", "北海道"] && dataset.rows.last == ["多良木町", "熊本県"])
    }

    @Test func smallTablesOf003() throws {
        let datasets = try Files003.datasets()
        let survey = try #require(datasets["shakai-misato-chosa-kaishuritsu"])
        #expect(survey.rows.map { $0[1] } == ["90.5", "89"])
        let rates = try #require(datasets["shakai-seikatsu-shienin-teate"])
        #expect(rates.rows.map { $0[1] } == ["1880", "1860"])
        let units = try #require(datasets["shakai-seikatsu-shienin-katsudo-tani"])
        #expect(units.rows.map { $0[1] } == ["対象外", "0.5単位", "1 単位"])
        let staffing = try #require(datasets["shakai-senmonin-haichi-kijun"])
        #expect(staffing.rows == [["~ 35", "1"], ["36 ~ 70", "2"], ["71 ~ 105", "3"]])
    }
}
