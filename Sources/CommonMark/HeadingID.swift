/// Builds stable, ASCII-only `id` attributes for headings.
///
/// Percent-encoded Japanese fragments break in some file:// viewers and are unreadable in links, so a
/// heading gets an ASCII slug when its text has Latin letters or digits and `sec-N` (its position)
/// otherwise. Duplicates get a numeric suffix so every id in a page is unique.
struct HeadingIDAllocator {
    private var used: Set<String> = []
    private var position = 0

    mutating func allocate(for text: String) -> String {
        position += 1
        let slug = Self.asciiSlug(text)
        var candidate = slug.isEmpty ? "sec-\(position)" : slug
        var suffix = 2
        while used.contains(candidate) {
            candidate = (slug.isEmpty ? "sec-\(position)" : slug) + "-\(suffix)"
            suffix += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Lower-cased ASCII letters and digits joined by hyphens; empty when the text has none or when
    /// most of it is not ASCII (a Japanese heading with one stray digit should not become "1").
    static func asciiSlug(_ text: String) -> String {
        let scalars = text.unicodeScalars.filter { !$0.properties.isWhitespace }
        let asciiCount = scalars.filter { $0.isASCII }.count
        guard asciiCount * 2 > scalars.count else { return "" }
        var slug = ""
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            let isWordCharacter = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar))
            if isWordCharacter {
                if pendingHyphen && !slug.isEmpty { slug.append("-") }
                slug.unicodeScalars.append(contentsOf: String(scalar).lowercased().unicodeScalars)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug
    }
}
