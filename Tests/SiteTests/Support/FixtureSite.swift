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

    private init(_ files: [String: String], copyingTemplates: Bool, under parent: URL = FileManager.default.temporaryDirectory) throws {
        folder = try TemporaryDirectory(under: parent)
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
    static func built(_ files: [String: String], under parent: URL = FileManager.default.temporaryDirectory) throws -> FixtureSite {
        let site = try FixtureSite(files, copyingTemplates: files.keys.contains { $0.hasPrefix("templates/") }, under: parent)
        try site.build()
        return site
    }

    /// A site built once per test run from `files` and shared by every test that only reads it; it
    /// lies under ``SharedScratch``, which the process removes when it exits.
    static func shared(_ files: [String: String]) -> Result<FixtureSite, any Error> {
        Result { try built(files, under: SharedScratch.root) }
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

/// The fixture sites several suites read, each built once per test run.
enum SharedSites {
    /// ``DatasetPagesTests/files``: a document, two datasets and the 47 prefecture pages.
    static let datasetPages = FixtureSite.shared(DatasetPagesTests.files)
    /// ``BuildIntegrationTests/wiki``: hand-written pages in folders.
    static let wiki = FixtureSite.shared(BuildIntegrationTests.wiki)
    /// ``ProgramPagesTests/files``: programs over the datasets.
    static let programPages = FixtureSite.shared(ProgramPagesTests.files)
}

/// A folder for what one test run builds once and shares (the project's own site, the shared
/// fixture sites), removed when the test process exits: a static value is never released, so
/// ``TemporaryDirectory`` alone would leave it behind.
enum SharedScratch {
    static let root: URL = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shiryo-shared-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        atexit { try? FileManager.default.removeItem(at: SharedScratch.root) }
        return root
    }()
}
