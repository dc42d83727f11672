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
    private let high: [String]
    private let low: [String]

    init(indicators: [KeyIndicatorStanding], code: Int) {
        var rows: [Row] = []
        var high: [String] = []
        var low: [String] = []
        for indicator in indicators {
            guard let cell = indicator.counts[code] else { continue }
            let rank = indicator.ranks[code]
            let count = indicator.rankedCount
            var standing = ""
            if let rank {
                let item = SiteText.standingRank(indicator.rankedLabel, rank: rank)
                if rank <= 5 {
                    standing = "high"
                    high.append(item)
                } else if rank > count - 5 {
                    standing = "low"
                    low.append(item)
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
        self.high = high
        self.low = low
    }

    /// The lead sentence: how many tables name the prefecture, and the key indicators where it
    /// ranks in the top or bottom five.
    func standing(name: String, datasets: Int, ranked: Int) -> String {
        SiteText.standing(name: name, datasets: datasets, ranked: ranked, high: high, low: low)
    }
}
