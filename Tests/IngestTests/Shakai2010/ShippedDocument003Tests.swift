import Content
import Foundation
@testable import Ingest
import Testing

/// The datasets of the shipped 社会・援護局関係主管課長会議資料.
@Suite struct ShippedDocument003Tests {
    /// The declared tables that hold rows for the prefectures (not series, not lost charts).
    static func prefectureIDs() throws -> [String] {
        try Files003.declarations().filter { $0.shape == .prefectures && $0.unrecoverable == nil }.map(\.id)
    }

    @Test func everyPerPrefectureDatasetHasTheFortySevenOnceInJISOrder() throws {
        #expect(try Self.prefectureIDs().count == 8)
        for id in try Self.prefectureIDs() {
            let dataset = try #require(try Files003.datasets()[id])
            let cityColumn = dataset.columnIndex("city")
            let prefectureRows = dataset.rows.filter { row in cityColumn.map { row[$0].isEmpty } ?? true }
            #expect(prefectureRows.map { $0[0] } == (1...47).map { String(format: "%02d", $0) }, "\(id)")
            let codes = dataset.rows.map { $0[0] }
            #expect(codes == codes.sorted(), "\(id) rows are not in JIS order")
        }
    }

    @Test func designatedCitiesFollowTheirPrefecture() throws {
        for id in ["shakai-nichijo-jiritsu-sodan", "shakai-nichijo-jiritsu-keiyaku", "shakai-nichijo-jiritsu-riyosha"] {
            let dataset = try #require(try Files003.datasets()[id])
            let cities = dataset.rows.filter { !$0[2].isEmpty }
            #expect(cities.count == 18)
            let shizuoka = dataset.rows.filter { $0[0] == "22" }.map { $0[2] }
            #expect(shizuoka == ["", "静岡市", "浜松市"])
        }
    }

    @Test func everyStatedTotalIsChecked() throws {
        for id in try Self.prefectureIDs() {
            let dataset = try #require(try Files003.datasets()[id])
            for total in dataset.totals where dataset.columns.first(where: { $0.key == total.column })?.type.isNumeric == true {
                let check = dataset.checks.first { $0.kind == .columnSum && $0.columns == [total.column] }
                #expect(check != nil, "\(id): no check of \(total.column)")
                #expect(check?.expected == total.value)
            }
        }
    }

    /// The discrepancies the source has, exactly: nothing more, nothing fixed.
    @Test func theKnownDiscrepanciesAreMismatches() throws {
        let expected: [String: [String: (String, String)]] = [
            "shakai-sogo-shien-shikin": ["sum-amount_total": ("9400321", "9400300")],
            "shakai-tsunagi-shikin": ["sum-amount_total": ("298895", "298894")],
            "shakai-nichijo-jiritsu-keiyaku": ["total-is-parts-14": ("2172", "1822"), "total-is-parts-total": ("61436", "61086")],
            "shakai-chiiki-fukushi-keikaku": [
                "count-prefecture_plan_planned": ("1", "10"), "count-prefecture_plan_undecided": ("9", "0"),
            ],
            "shakai-seikatsu-fukushi-shikin-h20": [:],
            "shakai-homeless-h21": [:],
            "shakai-nichijo-jiritsu-sodan": [:],
            "shakai-nichijo-jiritsu-riyosha": [:],
        ]
        for (id, mismatches) in expected {
            let dataset = try #require(try Files003.datasets()[id])
            let found = dataset.checks.filter { $0.result != .pass }
            #expect(Set(found.map(\.id)) == Set(mismatches.keys), "\(id)")
            for check in found {
                #expect(check.result == .mismatch)
                #expect(check.explanation?.isEmpty == false, "\(id) \(check.id) has no explanation")
                if let values = mismatches[check.id] {
                    #expect(check.expected == values.0 && check.actual == values.1, "\(id) \(check.id)")
                }
            }
        }
    }

    @Test func theYearlySeriesAgreesWithTheH20Table() throws {
        let h20 = try #require(try Files003.datasets()["shakai-seikatsu-fukushi-shikin-h20"])
        #expect(h20.checks.filter { $0.kind == .crossDataset }.map(\.result) == [.pass, .pass])
        let series = try #require(try Files003.datasets()["shakai-seikatsu-fukushi-shikin-suii"])
        #expect(series.shape == .series)
        #expect(series.checks.filter { $0.kind == .crossDataset }.map(\.result) == [.pass, .pass])
    }

    @Test func lostChartsAreRecordedAsUnrecoverable() throws {
        for id in ["shakai-kashitsuke-chu-seiho-h20", "shakai-homeless-shisaku-suii", "shakai-seikatsu-fukushi-shikin-kettei-zu"] {
            let dataset = try #require(try Files003.datasets()[id])
            #expect(dataset.unrecoverable?.isEmpty == false)
            #expect(dataset.columns.isEmpty && dataset.rows.isEmpty)
        }
        #expect(try Files003.datasets()["shakai-kashitsuke-chu-seiho-h20"]?.source.lines.first == 667)
    }

    @Test func checkIDsAreUniqueAndASCII() throws {
        for dataset in try Files003.datasets().values {
            let ids = dataset.checks.map(\.id)
            #expect(Set(ids).count == ids.count, "\(dataset.id)")
            #expect(ids.allSatisfy { $0.allSatisfy { $0.isASCII } }, "\(dataset.id)")
        }
    }
}
