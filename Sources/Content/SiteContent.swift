import Foundation

/// Everything a site is made from, read from the content directory once (the build's load stage):
/// settings, pages, documents with their originals, datasets and prefectures.
public struct SiteContent: Sendable {
    /// `site.yaml`.
    public var settings: SiteSettings
    /// Markdown pages of `pages/`.
    public var pages: [Page]
    /// The imported documents of `documents/`, with their sections.
    public var documents: [LoadedDocument]
    /// The original texts of the documents (`sources/`), by document id.
    public var originals: [String: SourceOriginal]
    /// The datasets of `data/`.
    public var datasets: [Dataset]
    /// `prefectures.csv`, in JIS order.
    public var prefectures: [PrefectureRecord]
    /// The programs of `programs/`, their references checked.
    public var programs: [Program] = []
    /// Files beside the Markdown pages, published beside their pages.
    public var resources: [PageResource] = []
    /// The key indicators of the prefecture pages (`prefectures/indicators.yaml`), checked against
    /// the datasets.
    public var keyIndicators: [KeyIndicator] = []
    /// The date of each file's last commit (path relative to the content directory), or for a page
    /// no commit dates, the `date` its front matter states; empty outside a git checkout otherwise.
    public var lastCommitDates: [String: String] = [:]

    /// Creates content from values (fixtures build sites this way).
    public init(
        settings: SiteSettings = SiteSettings(), pages: [Page] = [], documents: [LoadedDocument] = [],
        originals: [String: SourceOriginal] = [:], datasets: [Dataset] = [], prefectures: [PrefectureRecord] = []
    ) {
        self.settings = settings
        self.pages = pages
        self.documents = documents
        self.originals = originals
        self.datasets = datasets
        self.prefectures = prefectures
    }

    /// Reads the whole content directory.
    /// - Throws: `ContentError` naming the file and line of the first problem.
    /// `known` pages are taken as they are (see `PageLoader.load(reusing:)`).
    public static func load(contentDirectory directory: URL, includeDrafts: Bool = false, reusing known: [String: Page] = [:]) throws -> SiteContent {
        let documents = try DocumentLoader(contentDirectory: directory).load()
        let datasets = try DatasetLoader(contentDirectory: directory).load()
        var content = SiteContent(
            settings: try SiteSettings.load(contentDirectory: directory), pages: try PageLoader(contentDirectory: directory, includeDrafts: includeDrafts).load(reusing: known),
            documents: documents, originals: try SourceOriginal.load(documents, contentDirectory: directory),
            datasets: datasets, prefectures: try PrefectureFile.load(contentDirectory: directory).sorted { $0.code < $1.code })
        content.programs = try ProgramLoader(contentDirectory: directory).load()
        content.resources = try PageResource.load(contentDirectory: directory)
        content.lastCommitDates = ContentHistory.lastCommitDates(contentDirectory: directory)
        for page in content.pages where content.lastCommitDates[page.sourcePath] == nil {
            if let date = page.date { content.lastCommitDates[page.sourcePath] = date }
        }
        try ProgramLoader.validate(content.programs, documents: documents, datasetIDs: Set(datasets.map(\.id)))
        content.keyIndicators = try KeyIndicatorFile.load(contentDirectory: directory)
        try KeyIndicatorFile.validate(content.keyIndicators, datasets: datasets)
        try SourceRanges.check(content, contentDirectory: directory)
        return content
    }
}

/// An original document: its bytes as published, and its lines (split once) for excerpts.
public struct SourceOriginal: Sendable {
    /// The file's bytes, published as they are.
    public let bytes: Data
    /// Its lines, without line ends.
    public let lines: [String]

    /// The numbered lines of a range, as far as the document reaches.
    public func lines(_ range: SourceLines) -> [NumberedLine] {
        guard range.first <= lines.count else { return [] }
        return (range.first...min(range.last, lines.count)).map { NumberedLine(number: $0, text: lines[$0 - 1]) }
    }

    /// The originals of the documents, from content/sources/, byte for byte with their text checked.
    static func load(_ documents: [LoadedDocument], contentDirectory: URL) throws -> [String: SourceOriginal] {
        var texts: [String: SourceOriginal] = [:]
        for document in documents {
            let path = "sources/" + document.info.file
            let url = contentDirectory.appendingPathComponent(path)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw ContentError(
                    file: DocumentLoader.catalogPath, problem: "names \(document.info.file), which is not in content/sources/",
                    fix: "put the original file there or correct `file:`")
            }
            let text = try TextFile.read(url, displayPath: path)
            texts[document.info.id] = SourceOriginal(
                bytes: try TextFile.bytes(url, displayPath: path), lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return texts
    }
}

/// One line of an original document.
public struct NumberedLine: Sendable, Equatable {
    /// 1-based, as in the provenance notes.
    public let number: Int
    public let text: String

    public init(number: Int, text: String) {
        self.number = number
        self.text = text
    }
}
