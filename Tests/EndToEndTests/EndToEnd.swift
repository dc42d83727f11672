import Foundation

@testable import Site

/// What the end-to-end tests share: the repository, a scratch folder, and a build of a content folder.
enum EndToEnd {
    static let repository = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A new empty folder under the temporary directory; the caller removes it.
    static func scratch() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("shiryo-e2e-\(UUID().uuidString)")
    }

    /// Builds `content` with the project's templates into `output` and returns a reader of its pages.
    static func build(content: URL, output: URL) throws -> (String) throws -> String {
        try SiteBuilder(
            options: BuildOptions(
                contentDirectory: content, templatesDirectory: repository.appendingPathComponent("templates"),
                outputDirectory: output)
        ).build()
        return { path in try String(contentsOf: output.appendingPathComponent(path), encoding: .utf8) }
    }
}
