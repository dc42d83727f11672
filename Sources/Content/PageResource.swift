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
    public static func load(contentDirectory: URL) throws -> [PageResource] {
        let directory = contentDirectory.appendingPathComponent("pages")
        let manager = FileManager.default
        guard let enumerator = manager.enumerator(atPath: directory.path) else { return [] }
        var resources: [PageResource] = []
        while let relative = enumerator.nextObject() as? String {
            if (relative as NSString).lastPathComponent.hasPrefix(".") {
                enumerator.skipDescendants()
                continue
            }
            var isDirectory: ObjCBool = false
            let url = directory.appendingPathComponent(relative)
            guard !relative.hasSuffix(".md"), manager.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue
            else { continue }
            let data = try TextFile.bytes(url, displayPath: "pages/" + relative)
            resources.append(PageResource(sourcePath: "pages/" + relative, outputPath: relative, contents: data))
        }
        return resources.sorted { $0.sourcePath < $1.sourcePath }
    }
}
