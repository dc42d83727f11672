import Foundation
import Testing
@testable import Japanese

@Suite struct NumberCellTests {
    @Test(arguments: [
        ("1,234", "1234"),
        ("１，２３４", "1234"),
        ("14,562,002", "14562002"),          // 003:803
        ("△ 21", "-21"),                     // 003:923, homeless change column
        ("△21", "-21"),
        ("▲21", "-21"),
        ("▲ 574,873", "-574873"),            // 003:652 budget
        ("△ 9,537", "-9537"),
        ("-5", "-5"),
        ("－５", "-5"),
        ("−5", "-5"),                        // U+2212 minus sign
        ("+3", "3"),
        ("＋3", "3"),
        ("12.5", "12.5"),
        ("８．０", "8"),                      // 001:1288, full-width decimal point
        ("12.5%", "12.5"),
        ("79.4%", "79.4"),                   // 001:693
        ("１００％", "100"),
        ("64.0(%)", "64"),                   // 003:1804
        ("0", "0"),
        ("△ 0", "0"),
        ("  47  ", "47"),
        ("\u{00A0}95\u{00A0}", "95"),        // seed 003 pads with no-break spaces
        ("1, 861", "1861"),                  // 003:1218, a space after the comma
        ("27.438", "27.438"),                // 001 R11 ratio
        ("0.5", "0.5"),
        ("1005", "1005"),                    // 001 R3 has no commas
        ("12 %", "12"),
    ])
    func numbers(input: String, expected: String) throws {
        let cell = try #require(NumberCell.parse(input))
        #expect(cell == .value(try #require(Decimal(string: expected))))
    }

    @Test(arguments: ["－", "-", "—", "‐", "―", "−", "ー", "ｰ", " － ", "--", "\u{2013}"])
    func noneMarkers(input: String) {
        #expect(NumberCell.parse(input) == NumberCell.none)
    }

    @Test(arguments: ["", " ", "　", "\t", "\u{00A0}\u{00A0}"])
    func blanks(input: String) {
        #expect(NumberCell.parse(input) == NumberCell.blank)
    }

    @Test func blankZeroAndNoneAreDistinct() {
        // 000: 準備会 writes an empty cell for zero, 地域社保協 writes 0; 001 writes － for none.
        let blank = NumberCell.parse("")
        let zero = NumberCell.parse("0")
        let none = NumberCell.parse("－")
        #expect(blank != zero)
        #expect(zero != none)
        #expect(blank != none)
        #expect(blank?.value == nil)
        #expect(zero?.value == 0)
        #expect(none?.value == nil)
        #expect(blank?.isBlank == true)
        #expect(none?.isNone == true)
        #expect(zero?.isBlank == false)
    }

    @Test(arguments: [
        "21 10 19",        // 001:783, three cells of a flattened row
        "12,34",           // misplaced comma
        "1,2345",
        ",123",
        "1,",
        "5E+05",           // 001:8352, a spreadsheet artefact
        "(5,601)",         // 003:677, a bracketed count row
        "(14,865)",
        "△",               // the header 増 △ 減 leaves lone triangles
        "▲ ",
        "12.",
        ".5",
        "1.2.3",
        "新",              // 000:274, a marker in a number column
        "○",
        "456か所",
        "詳細別紙",
        "abc",
        "1 234",
        "--5",
        "%",
        "1e3",
    ])
    func notNumbers(input: String) {
        #expect(NumberCell.parse(input) == nil)
    }

    @Test func conversions() throws {
        #expect(NumberCell.parse("1,234")?.int64Value == 1234)
        #expect(NumberCell.parse("△ 21")?.int64Value == -21)
        #expect(NumberCell.parse("12.5")?.int64Value == nil)
        #expect(NumberCell.parse("12.5")?.doubleValue == 12.5)
        #expect(NumberCell.parse("－")?.int64Value == nil)
        #expect(NumberCell.parse("9,400,321")?.int64Value == 9_400_321)
    }

    @Test func decimalsAreExact() throws {
        // 0.1 + 0.2 must be 0.3 when summing a column, which Double cannot promise.
        let a = try #require(NumberCell.parse("0.1")?.value)
        let b = try #require(NumberCell.parse("0.2")?.value)
        #expect(a + b == Decimal(string: "0.3"))
    }

    /// The column sums of seed 003's homeless table, row 北海道 (line 923), read cell by cell.
    @Test func realRowFromSeed003() {
        let row = "| 北海道   | 95     | 6   | 23  | 124    | 145       | 142       | △ 21         | △ 18         |"
        let cells = row.split(separator: "|", omittingEmptySubsequences: false).dropFirst(2).dropLast()
        let values = cells.map { NumberCell.parse(String($0))?.int64Value }
        #expect(values == [95, 6, 23, 124, 145, 142, -21, -18])
    }
}

@Suite struct NumberCellIdentityTests {
    @Test func equalValuesHashAlike() throws {
        let a = try #require(NumberCell.parse("12.50"))
        let b = try #require(NumberCell.parse("12.5"))
        #expect(a == b)
        #expect(Set([a, b]).count == 1)
        #expect(NumberCell.parse("0") == NumberCell.parse("△ 0"))
    }
}
