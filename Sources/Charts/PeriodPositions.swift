/// Where each period sits on a time axis, so uneven intervals look uneven: five-yearly values
/// followed by yearly ones take widths in proportion to the years between them.
struct PeriodPositions {
    /// One position per period, strictly increasing (years, with months as twelfths).
    let values: [Double]
    /// The usual distance between neighbours: the smallest one.
    let step: Double
    /// Indices `i` where the source skips periods between `i` and `i + 1` (a distance over 1.5
    /// steps), drawn as shaded gaps with dotted connections.
    let skips: [Int]

    /// Uses `given` when it has one finite, increasing number per period; otherwise reads a
    /// year from each label; otherwise falls back to even spacing, which claims nothing.
    init(periods: [String], given: [Double]?) {
        let count = periods.count
        let values: [Double]
        if let given, given.count == count, Self.increasing(given) {
            values = given
        } else {
            let parsed = periods.compactMap(Self.year(in:))
            values = parsed.count == count && Self.increasing(parsed) ? parsed : (0..<count).map(Double.init)
        }
        self.values = values
        let gaps = zip(values.dropFirst(), values).map { $0 - $1 }
        let smallest = gaps.min() ?? 1
        let step = smallest > 0 ? smallest : 1
        self.step = step
        skips = gaps.indices.filter { gaps[$0] > step * 1.5 }
    }

    /// The x range to draw: half a step beyond the first and last period.
    var domain: (low: Double, high: Double) {
        guard let first = values.first, let last = values.last else { return (0, 1) }
        return (first - step / 2, last + step / 2)
    }

    /// The fraction of the plot's width at which `position` lies.
    func fraction(_ position: Double) -> Double {
        let (low, high) = domain
        return high > low ? (position - low) / (high - low) : 0.5
    }

    private static func increasing(_ values: [Double]) -> Bool {
        values.allSatisfy(\.isFinite) && zip(values.dropFirst(), values).allSatisfy { $0 > $1 }
    }

    private static let eras: [(name: String, start: Int)] = [
        ("令和", 2018), ("平成", 1988), ("昭和", 1925), ("大正", 1911), ("明治", 1867),
    ]

    /// A year read from a period label: a four-digit year (`2009-04`, `(2018)`, `2018年`), else a
    /// Japanese era year (`昭和30年度`, `平成元年`). A month after the year (`-04`, `4月`) adds
    /// its twelfth.
    static func year(in label: String) -> Double? {
        let characters = Array(label)
        var index = 0
        while index < characters.count {
            if let (year, end) = digits(characters, from: index), end - index == 4, (1800...2200).contains(year) {
                return Double(year) + month(characters, after: end)
            }
            index += 1
        }
        for era in eras {
            let name = Array(era.name)
            guard let at = characters.indices.first(where: { Array(characters[$0...].prefix(name.count)) == name })
            else { continue }
            let rest = Array(characters[(at + name.count)...])
            if rest.first == "元" { return Double(era.start + 1) + month(rest, after: 2) }
            if let (number, end) = digits(rest, from: 0), number > 0, end < rest.count, rest[end] == "年" {
                return Double(era.start + number) + month(rest, after: end + 1)
            }
        }
        return nil
    }

    private static func digits(_ characters: [Character], from start: Int) -> (Int, Int)? {
        var end = start
        var number = 0
        while end < characters.count, let digit = characters[end].wholeNumberValue, characters[end].isASCII {
            number = number * 10 + digit
            end += 1
        }
        return end > start ? (number, end) : nil
    }

    /// `-04` or `4月` straight after a year, as a fraction of the year.
    private static func month(_ characters: [Character], after end: Int) -> Double {
        var start = end
        if start < characters.count, characters[start] == "-" || characters[start] == "年" { start += 1 }
        guard let (month, monthEnd) = digits(characters, from: start), (1...12).contains(month) else { return 0 }
        let marked = characters.indices.contains(start - 1) && characters[start - 1] == "-"
            || (monthEnd < characters.count && characters[monthEnd] == "月")
        return marked ? Double(month - 1) / 12 : 0
    }
}
