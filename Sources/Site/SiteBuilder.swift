import Content
import Foundation
import Templates

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    /// The content directory (site.yaml, pages/, …).
    public var contentDirectory: URL
    /// The templates directory (*.mustache, assets/).
    public var templatesDirectory: URL
    /// The output directory, synced to hold exactly the built site.
    public var outputDirectory: URL
    /// Overrides `base_url` from site.yaml; feeds only sitemap.xml and canonical links.
    public var baseURL: String?

    /// Creates options.
    public init(contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL, baseURL: String? = nil) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
    }
}

/// What a build produced and how long its stages took.
public struct BuildReport: Sendable {
    /// HTML pages rendered.
    public var pages: Int
    /// What the sync did to the output directory.
    public var sync: SyncReport
    /// Seconds per stage, in pipeline order.
    public var stages: [(name: String, seconds: Double)]
    /// The search index's figures, when the site has search.
    public var search: SearchSummary? = nil

    /// Total seconds across stages.
    public var seconds: Double { stages.reduce(0) { $0 + $1.seconds } }
}

/// Builds a site in four stages: load → assemble → render (into memory) → sync.
///
/// Everything that can fail on user content happens before the sync, so a failed build leaves the
/// output directory exactly as it was.
public struct SiteBuilder: Sendable {
    /// The build's inputs and output.
    public let options: BuildOptions

    /// Creates a builder.
    public init(options: BuildOptions) {
        self.options = options
    }

    /// Runs the whole pipeline.
    @discardableResult
    public func build() throws -> BuildReport {
        var stages: [(name: String, seconds: Double)] = []
        func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try work()
            stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        try OutputLocation.validate(
            options.outputDirectory, protecting: [options.contentDirectory, options.templatesDirectory])
        let (content, templates) = try stage("load") {
            (try SiteContent.load(options), try TemplateSet(directory: options.templatesDirectory))
        }
        let model = try stage("assemble") { try SiteModel(settings: content.settings, pages: content.pages) }
        let files = try stage("render") {
            try SiteRenderer(model: model, templates: templates, options: options).render(adding: content.files)
        }
        let search = stage("search") { SearchStage.index(files) }
        let sync = try stage("sync") { try OutputSync(directory: options.outputDirectory).sync(files + SearchStage.files(search)) }
        return BuildReport(
            pages: files.filter { $0.path.hasSuffix(".html") }.count, sync: sync, stages: stages,
            search: search.map(SearchSummary.init))
    }
}

/// Everything read from the content directory.
struct SiteContent: Sendable {
    var settings: SiteSettings
    var pages: [SitePage]
    /// Files published as they are (the originals of the documents).
    var files: [OutputFile]

    static func load(_ options: BuildOptions) throws -> SiteContent {
        var settings = try SiteSettings.load(contentDirectory: options.contentDirectory)
        if let base = options.baseURL { settings.baseURL = base }
        let pages = try PageLoader(contentDirectory: options.contentDirectory).load().map {
            SitePage(
                location: $0.location, title: $0.title, description: $0.description, order: $0.order,
                sourcePath: $0.sourcePath, body: .markdown($0.body))
        }
        let documents = try DocumentLoader(contentDirectory: options.contentDirectory).load()
        let documentPages = DocumentPages(documents: documents, sources: try SourceTexts.load(documents, options))
        let datasets = try DatasetLoader(contentDirectory: options.contentDirectory).load()
        let prefectures = try PrefectureList.load(contentDirectory: options.contentDirectory)
        let prefecturePages = PrefecturePages(prefectures: prefectures, datasets: datasets, documents: documents)
        var datasetPages = DatasetPages(datasets: datasets, documents: documents, prefectures: prefectures)
        datasetPages.prefecturePaths = prefecturePages.paths
        return SiteContent(
            settings: settings,
            pages: pages + documentPages.pages() + datasetPages.pages() + prefecturePages.pages(),
            files: documentPages.sourceFiles() + datasetPages.files())
    }
}

/// The original texts of the documents, read from content/sources/.
enum SourceTexts {
    /// The originals byte for byte (published for download) with their text checked and split into lines.
    static func load(_ documents: [LoadedDocument], _ options: BuildOptions) throws -> [String: SourceOriginal] {
        var texts: [String: SourceOriginal] = [:]
        for document in documents {
            let path = "sources/" + document.info.file
            let url = options.contentDirectory.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ContentError(
                    file: DocumentLoader.catalogPath, problem: "names \(document.info.file), which is not in content/sources/",
                    fix: "put the original file there or correct `file:`")
            }
            let text = try TextFile.read(url, displayPath: path)
            texts[document.info.id] = SourceOriginal(
                bytes: try Data(contentsOf: url), lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return texts
    }
}
