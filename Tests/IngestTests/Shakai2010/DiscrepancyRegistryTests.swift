import Content
import Foundation
import Ingest
import Testing

/// Every check of documents 003 and 000 that does not pass, as committed: a reader change that
/// makes a known discrepancy vanish or a new one appear fails here and has to be looked at.
@Suite struct DiscrepancyRegistryTests {
    static let expected: [String: [String]] = [
        "shahokyo-organisations": ["count-12", "count-13", "count-14", "count-15", "count-20"],
        "shahokyo-prefectures": ["sum-list_councils", "summary-vs-list-14", "summary-vs-list-46", "headline"],
        "shakai-anshin-seikatsu-shichoson": ["block-1", "block-3", "block-4", "block-5", "block-6", "total"],
        "shakai-chiiki-fukushi-keikaku-shichoson": ["status-counts"],
        "shakai-chiiki-fukushi-keikaku": ["count-prefecture_plan_planned", "count-prefecture_plan_undecided"],
        "shakai-nichijo-jiritsu-keiyaku": ["total-is-parts-14", "total-is-parts-total"],
        "shakai-seikatsu-fukushi-shikin-suii": ["breakdown-amounts", "breakdown-counts"],
        "shakai-sogo-shien-shikin-monthly": ["sum-amount"],
        "shakai-sogo-shien-shikin": ["sum-amount_total"],
        "shakai-tsunagi-shikin": ["sum-amount_total"],
    ]

    /// An import failure fails every test here rather than leaving nothing to check.
    static let imported = Shipped.datasets.map { $0.filter { $0.id.hasPrefix("shakai-") || $0.id.hasPrefix("shahokyo-") } }

    @Test func theDiscrepanciesAreExactlyTheKnownOnes() throws {
        #expect(try Self.imported.get().count == 25)
        for dataset in try Self.imported.get() {
            let failing = dataset.checks.filter { $0.result != .pass }.map(\.id)
            #expect(failing == Self.expected[dataset.id, default: []], "\(dataset.id)")
        }
    }

    @Test func everyDiscrepancyIsExplained() throws {
        for dataset in try Self.imported.get() {
            for check in dataset.checks where check.result != .pass {
                #expect(check.explanation?.isEmpty == false, "\(dataset.id) \(check.id)")
            }
        }
    }

    @Test func unrecoverableTablesSayWhy() throws {
        let lost = try Self.imported.get().filter { $0.unrecoverable != nil }.map(\.id).sorted()
        #expect(lost == ["shakai-homeless-shisaku-suii", "shakai-kashitsuke-chu-seiho-h20", "shakai-seikatsu-fukushi-shikin-kettei-zu"])
    }
}
