import Content
import Foundation
import Japanese

/// Converts source cells to the plain CSV forms of the dataset format.
public enum Cells {
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
