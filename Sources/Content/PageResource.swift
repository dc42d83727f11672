import Foundation

/// A file placed beside the Markdown pages (an image, a PDF, a spreadsheet), published at the same
/// place in the site as it has under `pages/`, as Hugo and Zola publish page bundles.
public struct PageResource: Sendable, Equatable {
    /// Path relative to the content directory: `pages/guide/fig.png`.
    public let sourcePath: String
    /// Where it is published: `guide/fig.png`.
    public let outputPath: String
    public let contents: Data

    public init(sourcePath: String, outputPath: String, contents: Data) {
        self.sourcePath = sourcePath
        self.outputPath = outputPath
        self.contents = contents
    }

    /// Every file under `pages/` that is not Markdown, skipping hidden files, sorted by path.
    public static func load(contentDirectory: URL, listed: [String]? = nil) throws -> [PageResource] {
        let directory = contentDirectory.appendingPathComponent("pages")
        return try (listed ?? FolderFiles.list(under: directory)).filter { !$0.hasSuffix(".md") }.map { relative in
            PageResource(
                sourcePath: "pages/" + relative, outputPath: relative,
                contents: try TextFile.bytes(directory.appendingPathComponent(relative), displayPath: "pages/" + relative))
        }
    }
}
