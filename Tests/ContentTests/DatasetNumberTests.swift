import Testing

@testable import Content

/// The loader's byte-level answers about a number cell must be those of making the number and its
/// plain spelling.
@Suite struct DatasetNumberTests {
    static let cells = [
        "0", "-0", "-0.0", "7", "007", "-007", "0.5", ".5", "-.5", "00.5", "10", "100.25", "-12", "3.", "1.2.3", "-", "", "1-2", "１２",
        "12a", String(repeating: "9", count: 38), String(repeating: "9", count: 39), "0." + String(repeating: "1", count: 60),
        "-" + String(repeating: "8", count: 45) + ".5",
    ]

    @Test(arguments: cells)
    func parsableIsWhatParsingGives(_ cell: String) {
        #expect(DatasetNumber.isParsable(cell) == (DatasetNumber.parse(cell) != nil))
    }

    @Test(arguments: cells.filter { DatasetNumber.isNumber($0) })
    func plainIsWhatThePlainSpellingGives(_ cell: String) {
        #expect(DatasetNumber.isPlain(cell) == (DatasetNumber.plain(cell) == cell))
    }
}
