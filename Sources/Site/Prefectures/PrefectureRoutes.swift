import Charts
import Content
import Templates

/// Where the prefecture pages live.
enum PrefectureRoutes {
    static let root = ["prefectures"]

    static func page(_ tile: PrefectureTile) -> String {
        SitePage.outputPath(for: root + [tile.slug])
    }

    /// Output paths of the prefecture pages by JIS code (empty when the site has no prefectures),
    /// for links from other pages.
    static func pages(_ prefectures: PrefectureList) -> [Int: String] {
        Dictionary(prefectures.tiles.map { ($0.code, page($0)) }, uniquingKeysWith: { a, _ in a })
    }

    /// Datasets in document order, then by where they stand in the document: those with something
    /// to say per prefecture.
    static func datasets(_ content: SiteContent) -> [Dataset] {
        let documentOrder = Dictionary(content.documents.enumerated().map { ($1.info.id, $0) }, uniquingKeysWith: { a, _ in a })
        return content.datasets.filter { $0.unrecoverable == nil && $0.shape != .series && !$0.columns.isEmpty }.sorted {
            let left = (documentOrder[$0.source.document] ?? Int.max, $0.source.lines.first, $0.id)
            let right = (documentOrder[$1.source.document] ?? Int.max, $1.source.lines.first, $1.id)
            return left < right
        }
    }
}

/// A link to another page with its title.
struct PageLinkView: Sendable {
    let title: String
    let href: SiteLink
}

extension PageLinkView: TemplateFields {
    var templateFields: [(String, Any)] { [("title", title), ("href", href)] }
}
