import Charts
import Testing

@Suite struct ClassBreaksTests {
    /// Deterministic pseudo-random datasets (linear congruential generator).
    static func datasets() -> [[Double]] {
        var state: UInt64 = 2_024
        func next() -> Double {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(state >> 33) / Double(1 << 31)
        }
        var sets: [[Double]] = [Fixtures.population2020, [0, 0, 0, 1], [3], [-50, -10, 0, 20, 80]]
        for size in [7, 12, 47, 47, 100] {
            let scale = [1.0, 100, 10_000, 0.01][size % 4]
            sets.append((0..<size).map { _ in (next() * 2 - 0.3) * scale })
        }
        sets.append((0..<47).map { Double($0 % 3) })
        return sets
    }

    @Test(arguments: [ClassBreaks.Method.quantiles, .niceBreaks])
    func classesCoverTheDataRange(method: ClassBreaks.Method) {
        for values in Self.datasets() {
            let breaks = ClassBreaks(values: values, method: method, classes: 6)
            let low = values.min() ?? 0
            let high = values.max() ?? 0
            #expect(breaks.bounds.first ?? .nan <= low)
            #expect(breaks.bounds.last ?? .nan >= high)
            #expect(breaks.bounds == breaks.bounds.sorted())
            #expect(breaks.classCount <= 7)
            if Set(values).count >= 7 { #expect(breaks.classCount >= 5, "\(method) \(values.count) values") }
            for value in values {
                let index = breaks.classIndex(of: value)
                #expect(index != nil)
                if let index {
                    #expect(breaks.bounds[index] <= value)
                    #expect(value <= breaks.bounds[index + 1])
                }
            }
        }
    }

    @Test func quantilesSplitFortySevenIntoNearEqualClasses() {
        let breaks = ClassBreaks(values: Fixtures.population2020, method: .quantiles, classes: 5)
        var counts = Array(repeating: 0, count: breaks.classCount)
        for value in Fixtures.population2020 { if let index = breaks.classIndex(of: value) { counts[index] += 1 } }
        #expect(counts.allSatisfy { (8...11).contains($0) }, "\(counts)")
        #expect(breaks.label(0, unit: .persons) == "553人以上960人未満")
        #expect(breaks.label(breaks.classCount - 1, unit: .persons).hasSuffix("14,048人以下"))
    }

    @Test func niceBreaksUseRoundSteps() {
        let breaks = ClassBreaks(values: Fixtures.population2020, method: .niceBreaks, classes: 6)
        #expect(breaks.step == 2_500)
        #expect(breaks.bounds == [0, 2_500, 5_000, 7_500, 10_000, 12_500, 15_000])
        #expect(breaks.methodDescription(unit: Fixtures.thousandPersons) == "2,500千人刻みで6区分")
    }

    @Test func emptyAndFlatData() {
        #expect(ClassBreaks(values: [], method: .quantiles).classCount == 0)
        #expect(ClassBreaks(values: [Double.nan], method: .niceBreaks).classCount == 0)
        let flat = ClassBreaks(values: [4, 4, 4], method: .niceBreaks)
        #expect(flat.classCount == 1)
        #expect(flat.classIndex(of: 4) == 0)
    }
}
