import Foundation

@testable import Site

/// A site in a temporary folder: its own content, the project's real templates (copied, so a test
/// may break them), and an output folder.
struct FixtureSite {
    let folder: TemporaryDirectory
    var content: URL { folder.url.appendingPathComponent("content") }
    var templates: URL { folder.url.appendingPathComponent("templates") }
    var output: URL { folder.url.appendingPathComponent("public") }

    /// Lays out a site; `files` are paths relative to the fixture root (`content/pages/a.md`).
    init(_ files: [String: String]) throws {
        folder = try TemporaryDirectory()
        try FileManager.default.copyItem(at: Repository.templates, to: folder.url.appendingPathComponent("templates"))
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try folder.write(files)
    }

    /// A site laid out from `files` and built once, for tests that only read its pages.
    static func built(_ files: [String: String]) throws -> FixtureSite {
        let site = try FixtureSite(files)
        try site.build()
        return site
    }

    var options: BuildOptions {
        BuildOptions(contentDirectory: content, templatesDirectory: templates, outputDirectory: output)
    }

    @discardableResult
    func build() throws -> BuildReport {
        try SiteBuilder(options: options).build()
    }

    func page(_ path: String) throws -> String {
        try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8)
    }
}

extension FileTree {
    /// The files of a built site, without the marker, whose record names its own folder and time.
    static func site(_ root: URL) -> [String: Data] {
        snapshot(root).filter { $0.key != OutputMarker.name }
    }
}
