import Content
import Escaping
import Foundation

/// Dataset ids (`shakai-homeless-h21`) are names for files and programs, not for readers; the
/// imported descriptions, notes and checks sometimes cite one dataset by its id. Before any page is
/// made, each id in that text becomes the dataset's title, so no page shows an internal id.
enum ReaderText {
    /// The content with every dataset id in the datasets' reader-facing text replaced by its title.
    static func naming(_ content: SiteContent) -> SiteContent {
        let titles = content.datasets.map { ($0.id, $0.title) }.sorted { $0.0.count > $1.0.count }
        guard !titles.isEmpty else { return content }
        var content = content
        for index in content.datasets.indices {
            var dataset = content.datasets[index]
            dataset.description = replacingIDs(dataset.description, titles)
            dataset.notes = dataset.notes.map { replacingIDs($0, titles) }
            dataset.unrecoverable = dataset.unrecoverable.map { replacingIDs($0, titles) }
            for check in dataset.checks.indices {
                dataset.checks[check].title = replacingIDs(dataset.checks[check].title, titles)
                dataset.checks[check].explanation = dataset.checks[check].explanation.map { replacingIDs($0, titles) }
            }
            content.datasets[index] = dataset
        }
        return content
    }

    /// `…は shakai-h21 として収録` → `…は「都道府県別のホームレス数」として収録`; inside brackets
    /// (`表（shakai-h21）`) the title stands without quotation marks. Only whole ids are replaced:
    /// a longer word that contains one (`shakai-h21-extra`) is left alone.
    static func replacingIDs(_ text: String, _ titles: [(id: String, title: String)]) -> String {
        guard text.unicodeScalars.contains(where: { $0 == "-" }) else { return text }
        var out = text
        // An id is ASCII: text whose bytes lack it lacks it, and most text names no dataset, so
        // the bytes rule it out before the search by characters.
        for (id, title) in titles where ByteSearch.contains(id, in: out) && out.contains(id) {
            var result = ""
            var rest = Substring(out)
            while let range = rest.range(of: id) {
                result += rest[..<range.lowerBound]
                var after = rest[range.upperBound...]
                guard !isIDCharacter(result.last), !isIDCharacter(after.first) else {
                    result += rest[range]
                    rest = after
                    continue
                }
                if result.last == "（" && after.first == "）" {
                    result += title
                } else {
                    // A space around an id in Japanese text was only there to set the id apart.
                    if result.last == " " { result.removeLast() }
                    if after.first == " " { after = after.dropFirst() }
                    result += "「\(title)」"
                }
                rest = after
            }
            out = result + rest
        }
        return out
    }

    private static func isIDCharacter(_ character: Character?) -> Bool {
        guard let character, character.isASCII else { return false }
        return character.isLetter || character.isNumber || character == "-" || character == "_"
    }
}
