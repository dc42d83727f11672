import Content
import Foundation
import Templates

/// Prepares the assembled site for rendering: every page through its template (`RenderedPages`
/// renders them batch by batch).
struct SiteRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    /// The stylesheet's text, inlined into the 404 page.
    var stylesheet: String? = nil

    /// The pages in output order, listed then unlisted.
    var pages: [[SitePage]] { [model.pages, model.unlisted] }

    /// The pages in output order and the renderer of each, once every template they need is known
    /// to exist.
    /// The pages come as the model holds them, listed then unlisted, not copied into one list.
    /// `headersFor` names the only pages the renderer will be given, when not all of them (an edit
    /// build renders one page and needs one header, not the site's few dozen).
    func prepare(headersFor outputPaths: [String]? = nil) throws -> (pages: [[SitePage]], renderer: PageRenderer) {
        let pages = self.pages
        try templates.require(Array(Set(pages.joined().map(\.template)).union(["partials/header"])))
        let headers = try SiteHeaders(model: model, templates: templates, outputPaths: outputPaths ?? pages.joined().map(\.outputPath))
        return (pages, PageRenderer(model: model, templates: templates, headers: headers, stylesheet: stylesheet))
    }
}

/// The files of `templates/assets/`, copied to `assets/` in the output.
enum Assets {
    static func collect(from directory: URL) throws -> [OutputFile] {
        try FolderFiles.list(under: directory).map { relative in
            OutputFile(
                path: "assets/" + relative,
                contents: try TextFile.bytes(directory.appendingPathComponent(relative), displayPath: "assets/" + relative))
        }
    }
}
