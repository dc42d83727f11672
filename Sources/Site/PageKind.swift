import Content

/// A kind of page the site builds: Markdown pages, document sections, datasets, prefectures …
///
/// Adding a kind is one file, one template and one line:
/// 1. a type conforming to `PageKind` whose `pages(_:)` turns the loaded content into pages — each
///    with its location (which also gives its breadcrumbs: the pages at the shorter prefixes), title,
///    template name and view value;
/// 2. `templates/<name>.mustache`, which reads the view value under `{{#view}}` (and the common
///    keys: `title`, `description`, `content`, …);
/// 3. the kind listed in `PageKinds.all`.
///
/// View values are plain structs of strings, flags and lists (a list `items` also answers
/// `hasItems` in the template). They hold links as `SiteLink`s to output paths from the site root,
/// and markup with links (tables, charts) as `LinkedMarkup`; one link pass in the assemble stage
/// makes every link relative to the page, so a kind never computes a relative path. Use
/// `.assembled { site in … }` for a view that needs other pages (headings of rendered Markdown).
/// Markdown bodies (`PageBody.markdown`) are rendered once by the assemble stage through the
/// site's one link resolver, so a broken link in them fails the build wherever the Markdown came
/// from. Text for people goes in the template or in `SiteText`.
protocol PageKind: Sendable {
    /// The pages of this kind (often none, when the content has nothing of its kind).
    func pages(_ content: SiteContent) throws -> [SitePage]

    /// Files published beside the pages, once the site is assembled: downloads, sitemap.xml.
    func files(_ site: SiteModel) throws -> [OutputFile]

    /// Whether the names of programs and prefectures in its pages' rendered Markdown link to their
    /// pages (the first mention of each).
    var linksMentions: Bool { get }
}

extension PageKind {
    func files(_ site: SiteModel) throws -> [OutputFile] { [] }

    var linksMentions: Bool { false }

    /// Its pages, carrying what the assemble stage needs to know of their kind.
    func kindPages(_ content: SiteContent) throws -> [SitePage] {
        try pages(content).map { page in
            var page = page
            page.linksMentions = linksMentions
            return page
        }
    }
}

/// Every kind the site builds, in the order their pages are produced.
enum PageKinds {
    static let all: [any PageKind] = [
        MarkdownPages(),
        DocumentListPage(), DocumentCoverPages(), SectionPages(), SourceViewPages(),
        DatasetIndexPage(), DatasetPages(), QualityPage(),
        PrefectureIndexPage(), PrefecturePages(),
        ProgramIndexPage(), ProgramPages(), PageResourceFiles(),
        SearchPage(), NotFoundPage(), SitemapFile(),
    ]
}
