import Content

extension MarkdownLinks {
    /// A link or image from an editor's page to a file beside it (`fig.png`, `../files/a.pdf`):
    /// published beside the page, so the link becomes relative to the built page. A link to a file
    /// that does not exist is an error, as a broken image or a 404 would be.
    ///
    /// Only the Markdown pages of `pages/` have files beside them, and only a name with an
    /// extension names a file: links ending in `.html` (written by wiki links, or by an editor to a
    /// built page) and folder-style addresses (`../guide/`) are left as written, for the site's link
    /// check to judge.
    mutating func resource(_ path: String, destination: String, file: String) -> String? {
        guard file.hasPrefix("pages/"), !path.isEmpty, !path.hasPrefix("//"), !path.hasSuffix(".html"),
            let name = path.split(separator: "/").last, !path.hasSuffix("/"), name.contains("."), name != "..", name != "."
        else { return nil }
        guard let target = Self.resolve(path, against: file),
            let resource = model.resourcesBySource[target]
        else {
            errors.append(
                ContentError(
                    file: file, line: line(of: destination), problem: "“\(destination)” names no file beside the page",
                    fix: "put the file in the page's folder under content/pages/ or correct the name (paths are relative to this file)"))
            return nil
        }
        return RelativePath.link(from: page.outputPath, to: resource.outputPath)
    }
}
