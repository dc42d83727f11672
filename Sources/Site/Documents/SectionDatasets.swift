import Charts
import Content
import Escaping
import Foundation

/// The datasets of one section page: each recovered dataset drawn as its table where the section's
/// Markdown places it (a ```` ```dataset ```` block written by the import), the rest after the
/// body, and all of them listed under 「この節のデータ」 with the anchor a dataset page's 出典
/// links to.
struct SectionDatasets: Sendable {
    /// The datasets whose first source line the section holds, in source order.
    let datasets: [Dataset]

    /// Lists longer than this show their first ``shownRows`` rows on a section page; a table of the
    /// 47 prefectures is shown whole, with its designated cities.
    static let longest = 60
    static let shownRows = 20

    init(section: DocumentSection, datasets: [Dataset]) {
        self.datasets = datasets.filter { $0.source.document == section.document && section.lines.first <= $0.source.lines.first && $0.source.lines.first <= section.lines.last }
            .sorted { ($0.source.lines.first, $0.id.count, $0.id) < ($1.source.lines.first, $1.id.count, $1.id) }
    }

    /// The id of a dataset's place on its section page.
    static func anchor(_ dataset: Dataset) -> String { "data-\(dataset.id)" }

    /// The fenced block the import writes for a dataset, as cmark renders it.
    static func block(_ id: String) -> String { "<pre><code class=\"language-dataset\">\(id)\n</code></pre>\n" }

    /// The body with each dataset block replaced by the dataset's table; the datasets not placed
    /// that way follow it. `link` makes a site path relative to the page.
    func body(_ html: String, link: @escaping (String) -> String) -> String {
        var html = html
        var trailing: [Dataset] = []
        for dataset in datasets {
            guard isRecovered(dataset) else { continue }
            // Replaced on bytes: the block is ASCII markup, and Foundation's replacing is slow on a
            // long section.
            if let replaced = ByteSearch.replacingAll(Self.block(dataset.id), in: html, with: { figure(dataset, link: link) }) {
                html = replaced
            } else {
                trailing.append(dataset)
            }
        }
        if datasets.isEmpty { return html }
        var list = "<section class=\"section-data\" aria-labelledby=\"section-data-title\">\n"
        list += "<h2 id=\"section-data-title\">この節のデータ</h2>\n<ul class=\"section-data-list\">\n"
        for dataset in datasets {
            let target = isRecovered(dataset) ? "#" + Self.anchor(dataset) : link(DataRoutes.page(dataset))
            let id = isRecovered(dataset) ? "" : " id=\"\(Self.anchor(dataset))\""
            let state = isRecovered(dataset)
                ? "（\(SiteText.sourceLines(dataset.source.lines))、\(SiteText.itemCount(dataset.rows.count))）"
                : "（表は復元できませんでした：\(Self.escape(dataset.unrecoverable ?? ""))）"
            list += "<li\(id)><a href=\"\(Self.escape(target))\">\(Self.escape(dataset.title))</a>\(state)"
            list += "　<a href=\"\(Self.escape(link(DataRoutes.page(dataset))))\">データのページ</a></li>\n"
        }
        list += "</ul>\n"
        for dataset in trailing { list += figure(dataset, link: link) }
        return html + list + "</section>\n"
    }

    private func isRecovered(_ dataset: Dataset) -> Bool {
        dataset.unrecoverable == nil && !dataset.columns.isEmpty
    }

    /// A dataset's table under its title, its first rows when it is long, with the way to the rest.
    func figure(_ dataset: Dataset, link: @escaping (String) -> String) -> String {
        let page = Self.escape(link(DataRoutes.page(dataset)))
        let long = dataset.shape == .list && dataset.rows.count > Self.longest
        // Prefecture names are not linked here: every section with a per-prefecture table would
        // otherwise be listed among the 47 prefecture pages' backlinks.
        var table = DatasetTable(dataset: dataset, prefectureLink: { _ in nil })
        if long { table.rowLimit = Self.shownRows }
        // The table's own caption names the dataset and its date; the line under it says where it
        // comes from and leads to the rest.
        var out = "<div class=\"section-dataset\" id=\"\(Self.anchor(dataset))\">\n"
        out += table.render(id: "table-\(dataset.id)")
        out += "<p class=\"section-dataset-more\">\(SiteText.sourceLines(dataset.source.lines))・"
        out += long
            ? "最初の\(Self.shownRows)件を表示しています。<a href=\"\(page)\">全\(dataset.rows.count)件をデータのページで見る</a></p>\n"
            : "<a href=\"\(page)\">データのページ（CSV・照合結果）</a></p>\n"
        return out + "</div>\n"
    }

    static func escape(_ text: String) -> String { Markup.escape(text) }
}
