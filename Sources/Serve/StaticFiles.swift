import Foundation

/// The served site's files: maps a request path to a file inside the output folder, the way a
/// static web server would (a folder means its index.html), and never outside it.
struct StaticFiles: Sendable {
    /// The output folder, with symlinks resolved, so containment is checked on real paths.
    let root: URL

    init(root: URL) {
        self.root = root.resolvingSymlinksInPath().standardizedFileURL
    }

    /// A file found for a request.
    struct Found: Equatable {
        var contents: Data
        var contentType: String
    }

    /// The file for a decoded request path (`/data/`, `/a/b/index.html`), or nil when there is
    /// none or the path would leave the output folder.
    func file(forPath path: String) -> Found? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true)
        guard !parts.contains(where: { $0 == ".." || $0 == "." || $0.contains("\0") }) else { return nil }
        var url = parts.reduce(root) { $0.appendingPathComponent(String($1)) }
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else { return nil }
        if isFolder.boolValue { url.appendPathComponent("index.html") }
        let real = url.resolvingSymlinksInPath().standardizedFileURL.path
        guard real.hasPrefix(root.path + "/"), let data = FileManager.default.contents(atPath: real) else { return nil }
        return Found(contents: data, contentType: ContentTypes.type(forFileNamed: url.lastPathComponent))
    }

    /// The site's own 404 page, when it has one.
    func notFoundPage() -> Found? {
        file(forPath: "/404.html")
    }
}
