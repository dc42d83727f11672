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

    /// Reads the whole content directory; `known` pages are taken as they are (see
    /// `PageLoader.load(reusing:)`).
    /// - Throws: `ContentError` naming the file and line of the first problem.
    public static func load(contentDirectory directory: URL, includeDrafts: Bool = false, reusing known: [String: Page] = [:]) throws -> SiteContent {
        let history = ContentHistory.PendingDates(contentDirectory: directory)
        // git is waited for on every path, a failed load's too, so that no process outlives the load.
        var dates: [String: String]?
        defer { if dates == nil { _ = history.dates() } }
        // The datasets load on one core while the documents, pages and originals load on the other
        // (each loader spreads its own files over both when the other is done): the slowest dataset
        // no longer leaves a core idle. A problem is reported as the loaders met it one after the
        // other would: the documents', then the datasets', then the others'.
        let (besides, loadedDatasets) = try ParallelMap.pair(
            { loadBesideDatasets(directory, includeDrafts: includeDrafts, reusing: known) },
            { Result { try DatasetLoader(contentDirectory: directory).load() } })
        let documents = try besides.documents.get()
        let datasets = try loadedDatasets.get()
        guard let others = try besides.others?.get() else {
            throw ContentError(file: "", problem: "the content was not loaded", fix: "report this as a bug")
        }
        var content = SiteContent(
            settings: others.settings, pages: others.pages, documents: documents, originals: others.originals,
            datasets: datasets, prefectures: others.prefectures)
        content.programs = others.programs
        content.resources = others.resources
        dates = history.dates()
        content.lastCommitDates = dates ?? [:]
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

/// What `SiteContent.load` reads beside the datasets, in the order it reads it.
private struct BesideDatasets: Sendable {
    var settings: SiteSettings
    var pages: [Page]
    var originals: [String: SourceOriginal]
    var prefectures: [PrefectureRecord]
    var programs: [Program]
    var resources: [PageResource]
}

/// The documents, and when they loaded, everything else `SiteContent.load` reads except the
/// datasets; each part's first problem is kept for the order in which the load reports them.
private func loadBesideDatasets(_ directory: URL, includeDrafts: Bool, reusing known: [String: Page]) -> (
    documents: Result<[LoadedDocument], any Error>, others: Result<BesideDatasets, any Error>?
) {
    let documents = Result { try DocumentLoader(contentDirectory: directory).load() }
    guard case .success(let loaded) = documents else { return (documents, nil) }
    return (documents, Result {
        // pages/ is listed once, for its pages and for the files beside them.
        let listed = FolderFiles.list(under: directory.appendingPathComponent("pages"))
        return BesideDatasets(
            settings: try SiteSettings.load(contentDirectory: directory),
            pages: try PageLoader(contentDirectory: directory, includeDrafts: includeDrafts).load(reusing: known, listed: listed),
            originals: try SourceOriginal.load(loaded, contentDirectory: directory),
            prefectures: try PrefectureFile.load(contentDirectory: directory).sorted { $0.code < $1.code },
            programs: try ProgramLoader(contentDirectory: directory).load(),
            resources: try PageResource.load(contentDirectory: directory, listed: listed))
    })
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
            let bytes = try TextFile.bytes(url, displayPath: path)
            texts[document.info.id] = SourceOriginal(bytes: bytes, lines: lines(of: try TextFile.text(bytes, displayPath: path)))
        }
        return texts
    }

    /// The text split at its line ends, as splitting its `Character`s at `"\n"` would split it (a
    /// `"\r\n"` is one `Character`, so not a line end), but on bytes: an original is a megabyte, and
    /// walking it `Character` by `Character` cost more than the rest of loading the content.
    static func lines(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var lines: [String] = []
            var start = 0
            for index in bytes.indices where bytes[index] == 0x0A && (index == 0 || bytes[index - 1] != 0x0D) {
                lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self))
                start = index + 1
            }
            lines.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[start...]), as: UTF8.self))
            return lines
        }
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
