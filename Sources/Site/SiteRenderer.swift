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

    /// The pages in output order and the renderer of each, once every template they need is known
    /// to exist.
    /// The pages come as the model holds them, listed then unlisted, not copied into one list.
    func prepare() throws -> (pages: [[SitePage]], renderer: PageRenderer) {
        let pages = [model.pages, model.unlisted]
        try templates.require(Array(Set(pages.joined().map(\.template)).union(["partials/header"])))
        let headers = try SiteHeaders(model: model, templates: templates, outputPaths: pages.joined().map(\.outputPath))
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
