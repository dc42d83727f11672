import Content
import Foundation

/// Everything read from the content directory, read once: the load stage.
struct SiteContent: Sendable {
    var settings: SiteSettings
    /// Markdown pages of `content/pages/`.
    var pages: [Page]
    /// The imported documents, with their sections.
    var documents: [LoadedDocument]
    /// The original texts of the documents, by document id.
    var originals: [String: SourceOriginal]
    var datasets: [Dataset]
    var prefectures: PrefectureList
    /// The programs of `content/programs/`, their references checked.
    var programs: [Program] = []

    static func load(_ options: BuildOptions) throws -> SiteContent {
        let directory = options.contentDirectory
        var settings = try SiteSettings.load(contentDirectory: directory)
        if let base = options.baseURL { settings.baseURL = base }
        let documents = try DocumentLoader(contentDirectory: directory).load()
        let datasets = try DatasetLoader(contentDirectory: directory).load()
        let programs = try ProgramLoader(contentDirectory: directory).load()
        try ProgramLoader.validate(programs, documents: documents, datasetIDs: Set(datasets.map(\.id)))
        return SiteContent(
            settings: settings, pages: try PageLoader(contentDirectory: directory).load(), documents: documents,
            originals: try SourceOriginal.load(documents, contentDirectory: directory),
            datasets: datasets, prefectures: try PrefectureList.load(contentDirectory: directory), programs: programs)
    }
}

/// An original document: its bytes as published, and its lines (split once) for excerpts.
struct SourceOriginal: Sendable {
    let bytes: Data
    let lines: [String]

    /// The numbered lines of a range, as far as the document reaches.
    func lines(_ range: SourceLines) -> [NumberedLine] {
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
                bytes: try Data(contentsOf: url), lines: text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
        }
        return texts
    }
}

/// One line of an original document.
struct NumberedLine: Sendable, Equatable {
    let number: Int
    let text: String
}
