import Content
import Foundation
import Japanese

/// Converts source cells to the plain CSV forms of the dataset format.
public enum Cells {
    /// A numeric cell as written in the CSV: digits for a number, `-` for a printed dash, "" for
    /// a blank. Throws when the text is not a number, naming the line.
    public static func number(_ text: String, line: Int, in source: SourceText, column: String) throws -> String {
        guard let cell = NumberCell.parse(text) else {
            throw source.error(
                line: line, "“\(text)” in column \(column) is not a number",
                fix: "check the row against the original table; the importer never guesses a value")
        }
        return format(cell)
    }

    /// `value` rounded half up to `places` decimals, as the documents round printed rates.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }

    /// The CSV form of a parsed cell.
    public static func format(_ cell: NumberCell) -> String {
        switch cell {
        case .value(let value): DatasetNumber.format(value)
        case .none: "-"
        case .blank: ""
        }
    }
}
