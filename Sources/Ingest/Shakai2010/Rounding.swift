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

    /// Why a stated total of amounts in 千円 is a few 千円 off the sum of its rows, with the
    /// difference computed rather than typed, so that it stays true if a figure changes.
    static func roundingExplanation(stated: Decimal, sum: Decimal, rows: String, each: String) -> String {
        let difference = stated - sum
        let size = DatasetNumber.format(difference < 0 ? -difference : difference)
        return "原資料の合計行は\(rows)の合計より\(size)千円\(difference < 0 ? "少ない" : "多い")。"
            + "\(each)の金額が千円単位に丸められているためとみられる（原資料の数値のまま掲載）。"
    }
}
