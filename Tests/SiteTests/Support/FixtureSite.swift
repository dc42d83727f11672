import Foundation

@testable import Site

/// A site in a temporary folder: its own content, the project's real templates (copied, so a test
/// may break them), and an output folder.
struct FixtureSite {
    let folder: TemporaryDirectory
    /// The copy of the templates, or the project's own for a site that is only built and read.
    let templates: URL
    var content: URL { folder.url.appendingPathComponent("content") }
    var output: URL { folder.url.appendingPathComponent("public") }

    /// Lays out a site; `files` are paths relative to the fixture root (`content/pages/a.md`).
    init(_ files: [String: String]) throws {
        try self.init(files, copyingTemplates: true)
    }

    private init(_ files: [String: String], copyingTemplates: Bool) throws {
        folder = try TemporaryDirectory()
        if copyingTemplates {
            templates = folder.url.appendingPathComponent("templates")
            try FileManager.default.copyItem(at: Repository.templates, to: templates)
        } else {
            templates = Repository.templates
        }
        try FileManager.default.createDirectory(at: content, withIntermediateDirectories: true)
        try folder.write(files)
    }

    /// A site laid out from `files` and built once, for tests that only read its pages. Its build
    /// reads the project's templates in place (the thirty-odd files are not copied for every such
    /// site) unless `files` brings templates of its own; a test that changes templates after the
    /// build lays its site out with ``init(_:)``.
    static func built(_ files: [String: String]) throws -> FixtureSite {
        let site = try FixtureSite(files, copyingTemplates: files.keys.contains { $0.hasPrefix("templates/") })
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
