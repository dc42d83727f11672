import Content
import Foundation

/// Resolves the links an editor writes in Markdown.
///
/// Editors link to other pages by their source file (`[手引き](../guide/index.md)`), which works in
/// any Markdown viewer and survives slug changes; here such links become relative links to the built
/// page. A link to a missing `.md` file or one starting with `/` is an error, because it would break
/// on disk or under a sub-path.
struct MarkdownLinks {
    let model: SiteModel
    let page: SitePage
    let outputPath: String
    private(set) var errors: [ContentError] = []

    init(model: SiteModel, page: SitePage, outputPath: String) {
        self.model = model
        self.page = page
        self.outputPath = outputPath
    }

    /// The replacement destination for a link, or nil to leave it as written.
    mutating func resolve(_ destination: String) -> String? {
        let file = page.sourcePath ?? outputPath
        if destination.hasPrefix("/") && !destination.hasPrefix("//") {
            errors.append(
                ContentError(
                    file: file, problem: "link “\(destination)” starts with /, which breaks when the site is opened from disk or a sub-folder",
                    fix: "link to the page's Markdown file with a relative path, e.g. ../guide/index.md"))
            return nil
        }
        let (path, fragment) = Self.split(destination)
        guard path.hasSuffix(".md"), !path.contains(":") else { return nil }
        let target = Self.resolve(path, against: file)
        guard let target, let linked = model.page(sourcePath: target) else {
            errors.append(
                ContentError(
                    file: file, problem: "link “\(destination)” leads to no page",
                    fix: "correct the path; it is relative to this file, e.g. ../index.md"))
            return nil
        }
        return RelativePath.link(from: outputPath, to: linked.outputPath + (fragment.map { "#" + $0 } ?? ""))
    }

    /// `../index.md` from `pages/guide/setup.md` is `pages/index.md`; nil when it climbs out of the
    /// content directory.
    static func resolve(_ path: String, against file: String) -> String? {
        var parts = file.split(separator: "/").map(String.init).dropLast()
        for part in path.split(separator: "/") {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/").removingPercentEncodingOrSelf
    }

    private static func split(_ destination: String) -> (String, String?) {
        guard let hash = destination.firstIndex(of: "#") else { return (destination, nil) }
        return (String(destination[..<hash]), String(destination[destination.index(after: hash)...]))
    }
}

extension String {
    /// Links to files with Japanese names arrive percent-encoded from cmark.
    fileprivate var removingPercentEncodingOrSelf: String {
        removingPercentEncoding ?? self
    }
}
