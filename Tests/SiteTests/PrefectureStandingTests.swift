import Foundation
import Testing

@testable import Site

/// The lead sentence of every prefecture page agrees with the panels below it: every value a panel
/// shows with a rank in the top or bottom three is counted, and nothing else is named.
@Suite(.serialized) struct PrefectureStandingTests {
    struct RankedRow: Hashable {
        let label: String
        let rank: Int
        let count: Int
        var item: String { "\(label)（\(rank)位）" }
    }

    /// Every panel row with a rank: `<th scope="row">作成率</th><td …>…</td><td class="num">1位／47</td>`.
    static func rankedRows(_ page: String) -> [RankedRow] {
        let panels = SiteAudit.matches(#"(<section class="panel"[\s\S]*?</section>)"#, in: page).joined()
        guard let regex = try? NSRegularExpression(pattern: #"<tr><th scope="row">([^<]+)</th><td class="num">[^<]*</td><td class="num">(\d+)位／(\d+)</td>"#)
        else { return [] }
        return regex.matches(in: panels, range: NSRange(panels.startIndex..., in: panels)).compactMap { match in
            guard let label = Range(match.range(at: 1), in: panels), let rank = Range(match.range(at: 2), in: panels),
                let count = Range(match.range(at: 3), in: panels), let r = Int(panels[rank]), let c = Int(panels[count])
            else { return nil }
            return RankedRow(label: String(panels[label]), rank: r, count: c)
        }
    }

    /// Whether one part of the sentence (`作成率（1位）、…ほか12件`) names exactly `expected`:
    /// its items are all among them and with the remainder it counts all of them.
    static func names(_ part: String, exactly expected: [RankedRow]) -> Bool {
        var rest = part
        var named = 0
        for item in Set(expected.map(\.item)).sorted(by: { $0.count > $1.count }) {
            let pieces = rest.components(separatedBy: item)
            named += pieces.count - 1
            rest = pieces.joined(separator: "")
        }
        var more = 0
        if let match = rest.firstMatch(of: #/ほか(\d+)件$/#) {
            more = Int(match.1) ?? 0
            rest.removeSubrange(match.range)
        }
        return rest.allSatisfy { $0 == "、" } && named + more == expected.count
    }

    @Test func theLeadSentenceCountsEveryRankedValueThePanelsShow() throws {
        let reach = PrefectureSummary.standingReach
        var pages = 0
        for (path, page) in try ProgramSiteTests.pages() where path.hasPrefix("prefectures/") && path.split(separator: "/").count == 3 {
            pages += 1
            let lead = try #require(SiteAudit.matches(#"<p class="lead">([^<]*)</p>"#, in: page).first, "\(path)")
            let rows = Self.rankedRows(page)
            #expect(!rows.isEmpty, "\(path) shows no ranked value")
            let high = rows.filter { $0.rank <= reach }
            let low = rows.filter { $0.rank > $0.count - reach }
            let highPart = lead.firstMatch(of: #/上位\d+位以内：(.*?)。/#).map { String($0.1) }
            let lowPart = lead.firstMatch(of: #/下位\d+位以内：(.*?)。/#).map { String($0.1) }
            #expect((highPart == nil) == high.isEmpty, "\(path): \(lead)")
            #expect((lowPart == nil) == low.isEmpty, "\(path): \(lead)")
            if let highPart { #expect(Self.names(highPart, exactly: high), "\(path): \(highPart) against \(high.map(\.item))") }
            if let lowPart { #expect(Self.names(lowPart, exactly: low), "\(path): \(lowPart) against \(low.map(\.item))") }
            #expect(lead.contains("入っていません") == (high.isEmpty && low.isEmpty), "\(path): \(lead)")
        }
        #expect(pages == 47)
    }

    @Test func theComparisonFailsOnASentenceThePanelsDoNotBearOut() {
        let rows = [RankedRow(label: "作成率", rank: 1, count: 47), RankedRow(label: "高齢化率", rank: 2, count: 47)]
        #expect(Self.names("作成率（1位）、高齢化率（2位）", exactly: rows))
        #expect(Self.names("作成率（1位）ほか1件", exactly: rows))
        // One left out, one with the wrong rank, one the panels do not show.
        #expect(!Self.names("作成率（1位）", exactly: rows))
        #expect(!Self.names("作成率（1位）、高齢化率（3位）", exactly: rows))
        #expect(!Self.names("作成率（1位）、総人口（1位）ほか1件", exactly: rows))
    }
}
