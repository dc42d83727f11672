import Content
import Foundation

extension Shakai2010 {
    /// `value` rounded half up to `places` decimals, as the documents round printed rates.
    static func rounded(_ value: Decimal, places: Int) -> Decimal {
        var input = value
        var output = Decimal()
        NSDecimalRound(&output, &input, places, .plain)
        return output
    }
}
