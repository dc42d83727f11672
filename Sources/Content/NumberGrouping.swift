import Foundation

extension DatasetNumber {
    /// `12,345` (`-1,234.5`): the number as the importer quotes it in notes and explanations, with
    /// thousands separators on the plain form of ``format(_:)``. The one grouping of the importer.
    public static func grouped(_ value: Decimal) -> String {
        let plain = format(value)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var integer = String(parts.first ?? "")
        var out = ""
        while integer.count > 3 {
            out = "," + integer.suffix(3) + out
            integer = String(integer.dropLast(3))
        }
        out = integer + out
        if parts.count > 1 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }
}
