import Content

/// Splits values into ordered classes for a choropleth legend.
///
/// Classes are half-open `[lower, upper)` except the last, which also includes its upper bound,
/// so the classes together cover every value from the minimum to the maximum.
public struct ClassBreaks: Sendable, Hashable {
    /// How class bounds are chosen; the legend heading states which.
    public enum Method: Sendable, Hashable {
        /// Each class holds about the same number of values; bounds are data values.
        case quantiles
        /// Equal-width classes on a 1-2-5 step, e.g. every 2,000人.
        case niceBreaks
    }

    /// The method these bounds were computed with.
    public let method: Method
    /// Ascending class bounds; `bounds.count - 1` classes. Empty when there is no data.
    public let bounds: [Double]
    /// The class width for `.niceBreaks`; `nil` for quantiles.
    public let step: Double?

    /// Number of classes (0 without data, 1 when every value is equal).
    public var classCount: Int { max(bounds.count - 1, 0) }

    /// - Parameters:
    ///   - values: present values; non-finite ones are ignored.
    ///   - classes: the number of classes wanted, clamped to 5…7. Fewer result when the data has
    ///     fewer distinct values than that.
    public init(values: [Double], method: Method, classes: Int = 5) {
        self.method = method
        let sorted = values.filter { $0.isFinite }.sorted()
        let wanted = min(max(classes, 5), 7)
        guard let low = sorted.first, let high = sorted.last else {
            bounds = []
            step = nil
            return
        }
        guard low < high else {
            bounds = [low, high]
            step = nil
            return
        }
        switch method {
        case .quantiles:
            var result = [low]
            for index in 1..<wanted {
                let cut = sorted[min(sorted.count - 1, index * sorted.count / wanted)]
                if let last = result.last, cut > last, cut < high { result.append(cut) }
            }
            result.append(high)
            bounds = result
            step = nil
        case .niceBreaks:
            let chosen = Self.niceStep(low: low, high: high, wanted: wanted)
            let start = (low / chosen).rounded(.down)
            let end = (high / chosen).rounded(.up)
            let count = max(Int((end - start).rounded()), 1)
            bounds = (0...count).map { index in
                let bound = (start + Double(index)) * chosen
                return bound == 0 ? 0 : bound
            }
            step = chosen
        }
    }

    /// Picks the step (1, 2, 2.5 or 5 × 10ⁿ) whose class count is closest to `wanted` within 5…7;
    /// when no step lands there, the finest one that still gives at most 7 classes.
    private static func niceStep(low: Double, high: Double, wanted: Int) -> Double {
        let rough = (high - low) / 16
        let exponent = NiceScale.decadeExponent(below: rough)
        var candidates: [Double] = []
        for shift in 0..<3 {
            let base = NumberFormat.powerOfTen(exponent + shift)
            candidates += [1, 2, 2.5, 5].map { $0 * base }
        }
        func count(_ step: Double) -> Int {
            Int(((high / step).rounded(.up) - (low / step).rounded(.down)).rounded())
        }
        if let inRange = candidates.filter({ (5...7).contains(count($0)) })
            .min(by: { abs(count($0) - wanted) < abs(count($1) - wanted) }) {
            return inRange
        }
        return candidates.first { count($0) <= 7 } ?? (high - low)
    }

    /// The class a value falls in, or `nil` for non-finite values or an empty legend.
    public func classIndex(of value: Double) -> Int? {
        guard value.isFinite, bounds.count >= 2 else { return nil }
        for index in 0..<(bounds.count - 2) where value < bounds[index + 1] {
            return index
        }
        return bounds.count - 2
    }

    /// Legend text for class `index`, e.g. `1,000人以上2,000人未満` (the last says `以下`). A bound
    /// that is a value from content (quantile bounds are data values) is printed from the text
    /// `exact` gives for it.
    public func label(_ index: Int, unit: Unit, exact: (Double) -> DecimalText? = { _ in nil }) -> String {
        guard index >= 0, index + 1 < bounds.count else { return "" }
        let lower = unit.format(bounds[index], exact: exact(bounds[index]))
        let upper = unit.format(bounds[index + 1], exact: exact(bounds[index + 1]))
        if bounds[index] == bounds[index + 1] { return lower }
        return index + 2 == bounds.count ? "\(lower)以上\(upper)以下" : "\(lower)以上\(upper)未満"
    }

    /// States how the classes were made, e.g. `分位数で5区分` or `2,000人刻みで6区分`.
    public func methodDescription(unit: Unit) -> String {
        switch (method, step) {
        case (.niceBreaks, let step?):
            let digits = max(NiceScale.fractionDigits(for: step), unit.fractionDigits)
            return "\(NumberFormat.grouped(step, fractionDigits: digits))\(unit.symbol)刻みで\(classCount)区分"
        default:
            return "分位数で\(classCount)区分"
        }
    }
}
