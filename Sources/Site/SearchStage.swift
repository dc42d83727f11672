import Foundation
import Search

/// Site search, as one build stage: the index of every rendered page's visible text (Sources/Search
/// does the indexing; this file only connects it to the pipeline). The search page that reads it is
/// the `SearchPage` kind.
enum SearchStage {
    /// The index of the listed pages (`listed`: their output paths); unlisted ones such as the
    /// search page and 404 are tools, not content.
    static func index(_ files: [OutputFile], listed: Set<String>) -> SearchIndex? {
        let pages = files.filter { listed.contains($0.path) }
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

    init(_ index: SearchIndex.Summary) {
        pages = index.documentCount
        files = index.fileCount
        shards = index.shardCount
        bytes = index.totalBytes
    }
}
