import Charts
import Content
import Templates

/// The top of a prefecture page: one line per key indicator with the prefecture's value and its
/// national rank, by rate where the indicator has one, so a reader sees where it stands without
/// scrolling.
struct PrefectureSummary: Sendable {
    struct Row: Sendable {
        let label: String
        /// The panel below that holds the dataset.
        let href: SiteLink
        /// The ranked value: the rate where there is one, else the count.
        let value: String
        /// The count beside a rate, e.g. 作成済 11市町村.
        let detail: String?
        /// `47位`, nil without a value.
        let rank: String?
        /// `／47`.
        let rankedOf: String
        /// Where the marker sits on the strip, `left: 12.5%` (1st at the right end).
        let position: String?
        /// `high` for the top five, `low` for the bottom five, else empty.
        let standing: String
        let asOf: String?
    }

    let rows: [Row]

    init(indicators: [KeyIndicatorStanding], code: Int) {
        var rows: [Row] = []
        for indicator in indicators {
            guard let cell = indicator.counts[code] else { continue }
            let rank = indicator.ranks[code]
            let count = indicator.rankedCount
            var standing = ""
            if let rank {
                if rank <= 5 {
                    standing = "high"
                } else if rank > count - 5 {
                    standing = "low"
                }
            }
            let countText = PrefecturePages.format(cell, indicator.countUnit)
            let rate = indicator.indicator.hasRate ? indicator.rankedText(code) : nil
            rows.append(
                Row(
                    label: indicator.rankedLabel, href: SiteLink("#" + indicator.dataset.id),
                    value: rate ?? countText,
                    detail: indicator.indicator.hasRate ? SiteText.countBesideRate(indicator.indicator.countLabel ?? indicator.indicator.label, countText) : nil,
                    rank: rank.map(SiteText.rankNumber), rankedOf: SiteText.rankedOf(count),
                    position: rank.map { count > 1 ? "left: \(NumberFormat.grouped(Double(count - $0) / Double(count - 1) * 100, fractionDigits: 1))%" : "left: 50%" },
                    standing: standing, asOf: indicator.dataset.asOf?.wareki))
        }
        self.rows = rows
    }

    /// How near the top or bottom a value must rank to be named in the lead sentence.
    static let standingReach = 3

    /// The lead sentence: how many tables name the prefecture, and every value its panels show
    /// that ranks in the top or bottom three, whichever column of whichever table it is in (a
    /// sentence looking at first columns only once said 熊本県 was nowhere near the top while its
    /// 総人口に占める割合 was 1位).
    static func standing(name: String, facts: [PanelFacts]) -> String {
        let ranked = facts.compactMap(\.figures)
        var high: [(rank: Int, item: String)] = []
        var low: [(rank: Int, item: String)] = []
        for figures in ranked {
            // Named by the column as its panel row is, which the panels below put in context.
            for value in figures.values {
                guard let rank = value.rank else { continue }
                let item = SiteText.standingRank(value.column.title, rank: rank)
                if rank <= standingReach {
                    high.append((rank, item))
                } else if rank > value.rankedCount - standingReach {
                    low.append((value.rankedCount - rank, item))
                }
            }
        }
        // The highest (or lowest) first; ties keep the panels' order.
        func ordered(_ items: [(rank: Int, item: String)]) -> [String] {
            items.enumerated().sorted { ($0.element.rank, $0.offset) < ($1.element.rank, $1.offset) }.map(\.element.item)
        }
        return SiteText.standing(
            name: name, datasets: facts.count, ranked: ranked.count, reach: standingReach, high: ordered(high), low: ordered(low))
    }
}
