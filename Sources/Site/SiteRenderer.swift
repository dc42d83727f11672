import Content
import Foundation
import Templates

/// Renders the assembled site into memory: every page through its template.
struct SiteRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    /// The stylesheet's text, inlined into the 404 page.
    var stylesheet: String? = nil

    func render() throws -> [OutputFile] {
        let pages = model.pages + model.unlisted
        try templates.require(Array(Set(pages.map(\.template)).union(["partials/header"])))
        let headers = try SiteHeaders(model: model, templates: templates, outputPaths: pages.map(\.outputPath))
        let renderer = PageRenderer(model: model, templates: templates, headers: headers, stylesheet: stylesheet)
        return try ParallelMap.map(pages) { try renderer.render($0) }
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
