import Foundation
import Content
import Japanese

/// Shared pieces of the readers for the dementia-policy document (source 001).
enum Ninchisho {
    static let document = "ninchisho-2020"

    /// Ids of declared tables (content/sources/ninchisho-2020.tables.yaml) the cross checks name.
    static let carePathways = "ninchisho-care-pathways"
    static let centreCoverage = "ninchisho-centre-coverage"
    static let centreTypes = "ninchisho-centre-types"
    static let municipalByAudience = "ninchisho-municipal-supporters-by-audience"

    /// Whether a token reads as a number cell (`1,382`, `49.2%`, `0`).
    static func isNumber(_ token: String) -> Bool { NumberCell.parse(token)?.value != nil }

    /// Numbers on a line, in order (`12,178,636人` → 12178636).
    static func numbers(_ text: String) -> [Decimal] {
        JapaneseText.foldWidth(text).matches(of: #/[0-9][0-9,]*(\.[0-9]+)?/#).compactMap {
            NumberCell.parse(String($0.output.0))?.value
        }
    }

    /// Scans back from `end` (exclusive) over a table's data lines, those for which `isData`
    /// holds, skipping blank lines and the `※` source notes printed under the table. Returns the
    /// data lines in order; the first line that is neither ends the table.
    static func dataLines(
        _ source: SourceText, before end: Int, isData: (String) -> Bool
    ) -> [Int] {
        var found: [Int] = []
        for line in stride(from: end - 1, through: 1, by: -1) {
            let text = JapaneseText.foldWidth(source[line]).trimmingSpaces()
            if text.isEmpty || (found.isEmpty && text.hasPrefix("※")) { continue }
            guard isData(source[line]) else { break }
            found.append(line)
        }
        return found.reversed()
    }
}

extension DatasetImporter {
    static let ninchishoReaders: [any TableReader] = [
        CentreListReader(),
        GuardianshipSubsidyReader(),
        SupporterOrganiserReader(), OverseasCaravanReader(),
    ]

    static let ninchishoCrossChecks: [any CrossDatasetCheck] = [
        CentreCountCrossCheck(), CentreTypeCrossCheck(), MunicipalityCountCrossCheck(), MunicipalCoursesCrossCheck(),
    ]
}
