import Foundation
import Content
import Testing

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
}
