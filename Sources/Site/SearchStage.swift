import Foundation
import Search
import Templates

/// Site search, as one build stage: the search page, then the index of every rendered page's
/// visible text (Sources/Search does the indexing; this file only connects it to the pipeline).
///
/// A site whose templates have no `search.mustache` gets neither, so the page and the index always
/// come together.
enum SearchStage {
    /// The search page's address.
    static let pagePath = "search/index.html"

    /// The search page, rendered like any other page, or nothing when the templates lack it.
    static func page(_ templates: TemplateSet, _ renderer: PageRenderer) throws -> [OutputFile] {
        guard templates.names.contains("search") else { return [] }
        let page = SitePage(
            location: ["search"], title: "サイト内検索",
            description: "このサイトのすべてのページの本文・見出し・表から語句を探します。",
            body: .html(""), template: "search")
        return [try renderer.render(page)]
    }

    /// The index files for the rendered pages (all but the search page and the 404 page).
    static func index(_ files: [OutputFile]) -> SearchIndex? {
        guard files.contains(where: { $0.path == pagePath }) else { return nil }
        let pages = files.filter { $0.path.hasSuffix(".html") && $0.path != pagePath && $0.path != "404.html" }
        return SearchIndex(pages: pages.map { (path: $0.path, html: $0.contents) })
    }

    /// The index as output files.
    static func files(_ index: SearchIndex?) -> [OutputFile] {
        (index?.files ?? []).map { OutputFile(path: $0.path, contents: $0.contents) }
    }
}

/// The figures of the search index for the build summary.
public struct SearchSummary: Sendable {
    /// Pages indexed.
    public let pages: Int
    /// Posting shards plus text blocks plus the document table.
    public let files: Int
    /// Posting shards.
    public let shards: Int
    /// Bytes of all index files.
    public let bytes: Int

    init(_ index: SearchIndex) {
        pages = index.documentCount
        files = index.files.count
        shards = index.shardCount
        bytes = index.totalBytes
    }
}
