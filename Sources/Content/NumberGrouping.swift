import Foundation

extension DatasetNumber {
    /// `12,345` (`-1,234.5`): the number as the importer quotes it in notes and explanations, with
    /// thousands separators on the plain form of ``format(_:)``. The one grouping of the importer.
    public static func grouped(_ value: Decimal) -> String {
        let plain = format(value)
        let negative = plain.hasPrefix("-")
        let body = negative ? String(plain.dropFirst()) : plain
        let parts = body.split(separator: ".", maxSplits: 1)
        var out = groupingThousands(parts.first ?? "")
        if parts.count > 1 { out += "." + parts[1] }
        return (negative ? "-" : "") + out
    }

    /// `1234567` → `1,234,567`: a comma before every third digit from the right. The one grouping
    /// of the project: the importer's notes, the site's tables and the charts' labels use it.
    public static func groupingThousands(_ digits: some StringProtocol) -> String {
        var out = ""
        out.reserveCapacity(digits.utf8.count + digits.utf8.count / 3)
        let count = digits.count
        for (index, digit) in digits.enumerated() {
            if index > 0, (count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
