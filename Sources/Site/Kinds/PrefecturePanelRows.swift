import Escaping

/// The rows a prefecture panel repeats, written here as escaped HTML that the template prints with
/// `{{{…}}}`: a page holds about a hundred panels, and filling their rows cell by cell through
/// Mustache was most of the time spent on prefecture pages. The page's structure (tables, their
/// headers and captions, headings) stays in templates/prefecture.mustache.
extension PrefecturePages {
    /// The figures table's body rows: label, value, national rank, share; nil with no values, so
    /// the template leaves out the table.
    static func valueRows(_ values: [Value]) -> String? {
        guard !values.isEmpty else { return nil }
        var html = ""
        for value in values {
            html += "<tr><th scope=\"row\">" + Markup.escape(value.label) + "</th><td class=\"num\">" + Markup.escape(value.value)
            html += "</td><td class=\"num\">" + Markup.escape(value.rank ?? "") + "</td><td class=\"num\">"
            html += Markup.escape(value.share ?? "") + "</td></tr>\n"
        }
        return html
    }

    /// The designated cities' items, name and values; nil without cities, so the template leaves
    /// out the list and its heading.
    static func cityItems(_ cities: [City]) -> String? {
        guard !cities.isEmpty else { return nil }
        var html = ""
        for city in cities {
            html += "<li><span class=\"city-name\">" + Markup.escape(city.name) + "</span>" + Markup.escape(city.values) + "</li>\n"
        }
        return html
    }
}
