import Content
import Foundation
import Templates

/// Renders the whole site into memory: pages, the 404 page, sitemap.xml and the template assets.
struct SiteRenderer: Sendable {
    let model: SiteModel
    let templates: TemplateSet
    let options: BuildOptions

    func render(adding extraFiles: [OutputFile] = []) throws -> [OutputFile] {
        let templateNames = Set(model.pages.map(\.template)).union(["page", "partials/header"])
        try templates.require(Array(templateNames))
        let headers = try SiteHeaders(
            model: model, templates: templates, outputPaths: model.pages.map(\.outputPath) + ["404.html", SearchStage.pagePath])
        let renderer = PageRenderer(model: model, templates: templates, headers: headers)
        var files = try ParallelMap.map(model.pages) { try renderer.render($0) }
        let notFound = SitePage(
            location: [], title: "ページが見つかりません",
            body: .html("<p>お探しのページは見つかりませんでした。移動または削除された可能性があります。</p>"))
        files.append(try renderer.render(notFound, at: "404.html"))
        files += try SearchStage.page(templates, renderer)
        files.append(
            OutputFile(
                path: "sitemap.xml",
                text: Sitemap.render(paths: model.pages.map(\.outputPath), baseURL: model.settings.baseURL)))
        files += extraFiles
        files += try Assets.collect(from: options.templatesDirectory.appendingPathComponent("assets"))
        let paths = files.map(\.path)
        if let duplicate = Dictionary(grouping: paths, by: { $0 }).first(where: { $0.value.count > 1 })?.key {
            throw BuildError("two outputs would be written to \(duplicate) — rename one of the pages or assets")
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// The files of `templates/assets/`, copied to `assets/` in the output.
enum Assets {
    static func collect(from directory: URL) throws -> [OutputFile] {
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory.path) else { return [] }
        var files: [OutputFile] = []
        while let relative = enumerator.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            let url = directory.appendingPathComponent(relative)
            guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard let data = manager.contents(atPath: url.path) else {
                throw BuildError("templates/assets/\(relative): cannot be read — check its permissions")
            }
            files.append(OutputFile(path: "assets/" + relative, contents: data))
        }
        return files
    }
}
