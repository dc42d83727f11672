import Charts
import Content
import Foundation

/// One declared key indicator worked out once for all prefectures: each prefecture's count, its
/// rate where the indicator has one, and its national rank by the rate (else by the count).
///
/// The prefecture pages' summaries and the prefecture index's maps and table read the same values,
/// so a prefecture's rank on its page is the rank the index shows.
struct KeyIndicatorStanding: Sendable {
    let indicator: KeyIndicator
    let dataset: Dataset
    /// How the counted column is written (unit and decimals).
    let countUnit: Charts.Unit
    /// How the rate is written: the rate column's unit, or percent with one decimal.
    let rateUnit: Charts.Unit
    /// The counted cell of each prefecture row, by JIS code (blank and dash as the source has them).
    let counts: [Int: DatasetValue]
    /// The rate by JIS code, where the indicator has one and the row gives it: for ranking and
    /// drawing, and printed only when worked out from a denominator (a computed value, in `Double`).
    let rates: [Int: Double]
    /// The rate as the rate column writes it, printed in place of `rates` where there is one.
    let rateTexts: [Int: DecimalText]
    /// Competition ranks (1 = highest, ties shared) by JIS code, of the ranked value.
    let ranks: [Int: Int]
    /// How many prefectures have a ranked value.
    let rankedCount: Int

    /// Nil when the declared dataset is not among `datasets` (the loader has already refused
    /// unknown ids and columns, so this only happens for hand-made content).
    init?(_ indicator: KeyIndicator, datasets: [String: Dataset]) {
        guard let dataset = datasets[indicator.dataset], let column = dataset.columnIndex(indicator.column) else { return nil }
        self.indicator = indicator
        self.dataset = dataset
        countUnit = DatasetTable.unit(column: column, in: dataset)
        let rows = dataset.prefectureRows
        var counts: [Int: DatasetValue] = [:]
        var rates: [Int: Double] = [:]
        var rateTexts: [Int: DecimalText] = [:]
        let rateColumn = indicator.rate.flatMap(dataset.columnIndex)
        let denominator = indicator.denominator.flatMap(dataset.columnIndex)
        for (row, code) in rows where counts[code] == nil {
            let cell = dataset.value(row: row, column: column)
            counts[code] = cell
            if let rateColumn, let rate = dataset.value(row: row, column: rateColumn).exact {
                rates[code] = rate.double
                rateTexts[code] = rate
            } else if let denominator, let count = cell.exact, let whole = dataset.exact(row: row, column: denominator),
                whole.double != 0
            {
                rates[code] = count.double / whole.double * 100
            }
        }
        self.counts = counts
        self.rates = rates
        self.rateTexts = rateTexts
        rateUnit = rateColumn.map { DatasetTable.unit(column: $0, in: dataset) } ?? .percent
        let ranked = RankedBarChart(
            id: "", title: "", unit: .none,
            items: counts.keys.sorted().map { code in
                RankedBarChart.Item(
                    orderKey: code, label: "",
                    value: indicator.hasRate ? rates[code] : counts[code]?.exact?.double)
            }
        ).ranked
        ranks = Dictionary(ranked.compactMap { item in item.rank.map { (item.item.orderKey, $0) } }, uniquingKeysWith: { a, _ in a })
        rankedCount = ranks.count
    }

    /// The value prefectures are ranked and mapped by, by JIS code.
    var rankedValues: [Int: Double] {
        indicator.hasRate ? rates : counts.compactMapValues { $0.exact?.double }
    }

    /// The ranked value as content writes it, by JIS code, for printing (absent for computed rates).
    var rankedTexts: [Int: DecimalText] {
        indicator.hasRate ? rateTexts : counts.compactMapValues(\.exact)
    }

    /// The ranked value of a prefecture as printed: exact where content gives it.
    func rankedText(_ code: Int) -> String? {
        rankedValues[code].map { rankedUnit.format($0, exact: rankedTexts[code]) }
    }

    /// The unit of the ranked value.
    var rankedUnit: Charts.Unit { indicator.hasRate ? rateUnit : countUnit }

    /// What the ranked value is called, e.g. 認知症ケアパス作成済市町村の作成率.
    var rankedLabel: String {
        indicator.hasRate ? SiteText.rateLabel(indicator.label, rate: indicator.rateLabel) : indicator.label
    }

    /// The declared indicators that the content holds, in file order.
    static func all(_ content: SiteContent) -> [KeyIndicatorStanding] {
        let datasets = Dictionary(content.datasets.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return content.keyIndicators.compactMap { KeyIndicatorStanding($0, datasets: datasets) }
    }
}
