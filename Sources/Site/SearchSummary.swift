import Foundation
import Search

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
