import Foundation
import Testing

@testable import Content

/// The project's one grouping prints a number from its text, so no digit is lost to `Double` (2^53+1
/// printed as 9007199254740992.0) or `Decimal` (38 digits).
@Suite struct DecimalTextTests {
    @Test(arguments: [
        ("9007199254740993", nil, "9,007,199,254,740,993"),
        ("123456789012345678901234567890123456789012345678901234567890", nil,
         "123,456,789,012,345,678,901,234,567,890,123,456,789,012,345,678,901,234,567,890"),
        ("0.000000001", nil, "0.000000001"), ("-0", nil, "-0"), ("-0.0", nil, "-0.0"),
        ("-1234567.5", nil, "-1,234,567.5"), ("999", nil, "999"), ("1000", nil, "1,000"),
        ("12.5", 3, "12.500"), ("12", 1, "12.0"), ("-0", 2, "-0.00"),
        ("8.826", 2, "8.83"), ("0.125", 2, "0.13"), ("-0.004", 2, "0.00"), ("999.96", 1, "1,000.0"), ("9.5", 0, "10"),
        ("12,3", nil, "12,3"), ("abc", 2, "abc"),
    ] as [(String, Int?, String)])
    func groupsTheDigitsAsWritten(_ plain: String, _ digits: Int?, _ shown: String) {
        #expect(DecimalText.grouped(plain, fractionDigits: digits) == shown)
    }

    @Test func keepsTheTextAndGivesADoubleForDrawingOnly() throws {
        let number = try #require(DecimalText("9007199254740993"))
        #expect(number.plain == "9007199254740993")
        #expect(number.double == 9_007_199_254_740_992)
        #expect(try #require(DecimalText("0.000000001")).fractionDigits == 9)
        #expect(DecimalText("1,000") == nil && DecimalText("1.") == nil && DecimalText("-") == nil && DecimalText("") == nil)
    }

    @Test(arguments: [
        (["9007199254740993", "1"], "9007199254740994"),
        (["123456789012345678901234567890123456789012345678901234567890", "-0", "9007199254740993"],
         "123456789012345678901234567890123456789012354686100489308883"),
        (["0.000000001", "12.5"], "12.500000001"), (["-3", "1.25"], "-1.75"), (["-0", "0"], "0"), (["2.5", "-2.5"], "0.0"),
        (["999", "1"], "1000"), ([], "0"),
    ])
    func sumsExactly(_ terms: [String], _ total: String) {
        #expect(DecimalText.sum(terms.compactMap(DecimalText.init)).plain == total)
    }

    /// The importer's notes quote computed sums through the same grouping.
    @Test func computedDecimalsGroupAlike() {
        #expect(DatasetNumber.grouped(Decimal(string: "-1234567.25") ?? 0) == "-1,234,567.25")
        #expect(DatasetNumber.grouped(Decimal(1000)) == "1,000")
    }

    /// The one-pass way (taken when nothing is rounded) gives what the general way gives, for every
    /// precision, and leaves to it what it cannot write.
    @Test func theOnePassGroupingIsTheGeneralOne() {
        let plains = [
            "0", "7", "12", "123", "1234", "12345", "123456", "1234567", "-0", "-5", "-1234", "007", "0007", "1.5", "-1.50",
            "1234.5678", "0.001", "-0.0", "9007199254740993", ".5", "-.5",
        ]
        var taken = 0
        for plain in plains {
            for digits in [nil, -1, 0, 1, 2, 3, 4, 5] as [Int?] {
                guard let quick = DecimalText.unrounded(plain, fractionDigits: digits) else { continue }
                taken += 1
                #expect(quick == DecimalText.general(plain, fractionDigits: digits), "\(plain) at \(String(describing: digits))")
            }
        }
        #expect(taken > 80, "most spellings and precisions go the one-pass way")
        #expect(DecimalText.unrounded("1234.567", fractionDigits: 2) == nil, "rounding is the general way's")
        #expect(DecimalText.unrounded(".5", fractionDigits: nil) == nil)
        #expect(DecimalText.grouped("1234567", fractionDigits: 2) == "1,234,567.00")
    }
}
