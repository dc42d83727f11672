@testable import Charts
import Testing

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (0.0, 0, "0"), (12.0, 0, "12"), (999.0, 0, "999"), (1_000.0, 0, "1,000"), (1_234_567.0, 0, "1,234,567"),
        (-1_234.0, 0, "-1,234"), (1_234.5, 1, "1,234.5"), (0.05, 1, "0.1"), (12.345, 2, "12.35"),
        (-0.04, 1, "0.0"), (100.0, 2, "100.00"), (126_146_000.0, 0, "126,146,000"), (-0.4, 0, "0"),
    ] as [(Double, Int, String)])
    func grouped(value: Double, digits: Int, expected: String) {
        #expect(NumberFormat.grouped(value, fractionDigits: digits) == expected)
    }

    @Test func nonFiniteIsNeverPrintedAsANumber() {
        #expect(NumberFormat.grouped(.nan) == "—")
        #expect(NumberFormat.grouped(.infinity) == "—")
        #expect(NumberFormat.raw(.nan) == "")
    }

    @Test func rawValuesForSorting() {
        #expect(NumberFormat.raw(1_234) == "1234")
        #expect(NumberFormat.raw(-5) == "-5")
        #expect(NumberFormat.raw(12.5) == "12.5")
        #expect(NumberFormat.raw(0.1) == "0.1")
    }

    @Test func unitsTravelWithValues() {
        #expect(Unit.persons.format(1_234) == "1,234人")
        #expect(Unit.thousandYen.format(-56) == "-56千円")
        #expect(Unit.percent.format(12.34) == "12.3%")
        #expect(Unit.places.format(3) == "3箇所")
        #expect(Unit.cases.header("件数") == "件数（件）")
        #expect(Unit.none.header("番号") == "番号")
        #expect(!Unit.percent.isAdditive)
    }

    @Test func coordinatesHaveOneDecimalAndNoNegativeZero() {
        #expect(coord(12) == "12")
        #expect(coord(12.34) == "12.3")
        #expect(coord(-0.01) == "0")
        #expect(coord(-3.25) == "-3.3")
        #expect(coord(.nan) == "0")
        #expect(coord(.infinity) == "0")
    }
}

@Suite struct NiceScaleTests {
    @Test func ticksUseOneTwoFiveSteps() {
        for values in [[0.0, 14_048], [-3_400, 15_800], [0.001, 0.002], [375, 505], [1, 7], [0, 0.3]] {
            let scale = NiceScale(values: values)
            var mantissa = scale.step
            while mantissa >= 10 { mantissa /= 10 }
            while mantissa < 1 { mantissa *= 10 }
            #expect([1, 2, 5].contains { abs($0 - mantissa) < 1e-9 }, "\(values): step \(scale.step)")
            #expect(scale.lower <= min(0, values.min() ?? 0))
            #expect(scale.upper >= max(0, values.max() ?? 0))
            #expect((3...11).contains(scale.ticks.count), "\(values): \(scale.ticks)")
        }
    }

    @Test func ticksDoNotDrift() {
        #expect(NiceScale(values: [0, 0.3]).ticks == [0, 0.1, 0.2, 0.3])
        #expect(NiceScale(values: [0, 14_048]).ticks == [0, 5_000, 10_000, 15_000])
    }

    @Test func flatAndEmptyDomainsAreWidened() {
        for values in [[], [0.0], [5.0], [-5.0]] {
            let scale = NiceScale(values: values)
            #expect(scale.upper > scale.lower)
            #expect(scale.position(of: values.first ?? 0, from: 0, to: 100).isFinite)
        }
        let zoomed = NiceScale(values: [7, 7], includeZero: false)
        #expect(zoomed.lower < 7 && zoomed.upper > 7)
    }
}

/// Computed values past 2^53 (ticks and sums beside huge numbers from content) print their
/// significant digits and zeros, never e-notation.
@Suite struct LargeComputedNumberTests {
    @Test(arguments: [
        (1.0000000000000001e+59, "100,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000,000"),
        (9_007_199_254_740_992, "9,007,199,254,740,990"), (-2.5e16, "-25,000,000,000,000,000"),
        (9.999999999999999e20, "1,000,000,000,000,000,000,000"),
    ])
    func printsDigitsNotAnExponent(_ value: Double, _ shown: String) {
        #expect(NumberFormat.grouped(value) == shown)
    }
}
