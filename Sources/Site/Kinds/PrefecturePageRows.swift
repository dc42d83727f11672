import Escaping
import Templates

/// The rows a prefecture page repeats (key indicators, the table of contents, the programs, each
/// panel's figures and cities), written here as escaped HTML that the template prints with
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

    /// The key indicators' table rows, drawn with the page's link function; nil without
    /// indicators, so the template leaves out the section.
    static func summaryRows(_ rows: [PrefectureSummary.Row]) -> LinkedMarkup? {
        guard !rows.isEmpty else { return nil }
        return drawn(rows) { row, link in
            var html = "<tr class=\"" + Markup.escape(row.standing) + "\"><th scope=\"row\"><a href=\"" + Markup.escape(link(row.href.target))
            html += "\">" + Markup.escape(row.label) + "</a>"
            if let detail = row.detail { html += "<span class=\"key-detail\">" + Markup.escape(detail) + "</span>" }
            html += "</th><td class=\"num\"><span class=\"key-value\">" + Markup.escape(row.value) + "</span></td><td class=\"num\">"
            if let rank = row.rank {
                html += Markup.escape(rank) + "<span class=\"key-of\">" + Markup.escape(row.rankedOf) + "</span>"
            } else {
                html += "－"
            }
            html += "</td><td class=\"key-position\" aria-hidden=\"true\">"
            if let position = row.position {
                html += "<span class=\"key-track\"><span class=\"key-mark\" style=\"" + Markup.escape(position) + "\"></span></span>"
            }
            return html + "</td><td class=\"key-asof\">" + Markup.escape(row.asOf ?? "") + "</td></tr>\n"
        }
    }

    /// The table of contents' items, one link each, drawn with the page's link function.
    static func tocItems(_ links: [PageLinkView]) -> LinkedMarkup {
        drawn(links) { item, link in "<li>" + anchor(item, link) + "</li>\n" }
    }

    /// The programs the panels measure, each a list item linking the program and then its panels;
    /// nil without programs, so the template leaves out the list.
    static func programItems(_ groups: [PrefecturePrograms.Group]) -> LinkedMarkup? {
        guard !groups.isEmpty else { return nil }
        return drawn(groups) { group, link in
            "<li>" + anchor(PageLinkView(title: group.title, href: group.href), link) + "："
                + group.panels.map { anchor($0, link) + " " }.joined() + "</li>\n"
        }
    }

    /// Markup made of one piece per item, each drawn with the page's link function.
    private static func drawn<Item: Sendable>(_ items: [Item], _ piece: @escaping @Sendable (Item, (String) -> String) -> String) -> LinkedMarkup {
        LinkedMarkup { link in items.map { piece($0, link) }.joined() }
    }

    /// `<a href="…">title</a>`, the target made relative by `link`.
    private static func anchor(_ item: PageLinkView, _ link: (String) -> String) -> String {
        "<a href=\"" + Markup.escape(link(item.href.target)) + "\">" + Markup.escape(item.title) + "</a>"
    }
}
