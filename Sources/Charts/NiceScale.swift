/// A linear axis whose ticks fall on 1, 2 or 5 × 10ⁿ, covering the data and (optionally) zero.
struct NiceScale: Sendable, Equatable {
    let lower: Double
    let upper: Double
    let step: Double

    /// - Parameters:
    ///   - values: finite data values; may be empty.
    ///   - includeZero: bars must start at zero, so their scales always contain it.
    ///   - targetTicks: roughly how many intervals to aim for.
    init(values: [Double], includeZero: Bool = true, targetTicks: Int = 5) {
        let finite = values.filter { $0.isFinite }
        var low = finite.min() ?? 0
        var high = finite.max() ?? 0
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if low == high {
            // A flat domain would divide by zero when mapping; widen it to something drawable.
            // With zero included, a flat domain can only be zero itself.
            let half = low == 0 ? 0.5 : low.magnitude / 2
            low = includeZero ? 0 : low - half
            high = includeZero ? 1 : high + half
        }
        let step = Self.niceStep(for: (high - low) / Double(max(targetTicks, 1)))
        self.step = step
        self.lower = (low / step).rounded(.down) * step
        self.upper = (high / step).rounded(.up) * step
    }

    /// The smallest 1, 2 or 5 × 10ⁿ that is at least `rough`.
    /// The exponent of the largest power of ten not above `value` (which must be positive).
    static func decadeExponent(below value: Double) -> Int {
        var exponent = 0
        var power = 1.0
        while power * 10 <= value { exponent += 1; power = NumberFormat.powerOfTen(exponent) }
        while power > value { exponent -= 1; power = NumberFormat.powerOfTen(exponent) }
        return exponent
    }

    static func niceStep(for rough: Double) -> Double {
        guard rough.isFinite, rough > 0 else { return 1 }
        let power = NumberFormat.powerOfTen(decadeExponent(below: rough))
        for multiplier in [1.0, 2.0, 5.0, 10.0] where multiplier * power >= rough * (1 - 1e-12) {
            return multiplier * power
        }
        return 10 * power
    }

    /// Tick values from `lower` to `upper`, computed by index so they do not drift.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        guard count >= 0, count < 1000 else { return [lower, upper] }
        return (0...count).map { clean(lower + Double($0) * step) }
    }

    /// Decimals needed to print ticks without noise (`0.2` → 1, `50` → 0).
    var fractionDigits: Int { Self.fractionDigits(for: step) }

    static func fractionDigits(for step: Double) -> Int {
        var digits = 0
        var scaled = step
        while digits < 6, (scaled - scaled.rounded()).magnitude > 1e-9 * max(1, scaled.magnitude) {
            digits += 1
            scaled *= 10
        }
        return digits
    }

    /// Maps a value to a position between `start` and `end`.
    func position(of value: Double, from start: Double, to end: Double) -> Double {
        let span = upper - lower
        guard span > 0, value.isFinite else { return start }
        return start + (value - lower) / span * (end - start)
    }

    private func clean(_ value: Double) -> Double {
        // Snap values like 0.30000000000000004 so tick labels and ids stay stable.
        let digits = NumberFormat.powerOfTen(fractionDigits + 2)
        let snapped = (value * digits).rounded() / digits
        return snapped == 0 ? 0 : snapped
    }
}
