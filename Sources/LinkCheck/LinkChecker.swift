import Content
import Escaping
import Foundation

/// Checks that every link and embedded resource of a built site resolves inside it: each
/// `href`/`src` names an existing file (not a folder, since file:// has no index files), stays
/// inside the site, is relative (a leading `/` breaks sub-path hosting and file://), and each
/// `#fragment` names an id on the target page.
///
/// It works on the site as a map of relative path → bytes, so a build can check its output in
/// memory before writing anything, and `shiryo check` can check a folder on disk.
public enum LinkChecker {
    /// Every problem found, ordered by file and line; empty when every reference resolves.
    public static func problems(in files: [String: Data]) -> [ContentError] {
        let pages = files.keys.filter { $0.hasSuffix(".html") }.sorted()
        let scan: @Sendable (String) -> HTMLReferences = { HTMLReferences(data: files[$0] ?? Data()) }
        let scanned = (try? ParallelMap.map(pages, scan)) ?? pages.map(scan)
        let ids = Dictionary(uniqueKeysWithValues: zip(pages, scanned.map(\.ids)))
        let folders = Self.folders(of: files.keys)
        let judge: @Sendable (Int) -> [ContentError] = { index in
            let page = pages[index]
            return scanned[index].references.compactMap { reference in
                check(reference.target, from: page, exists: { files[$0] != nil }, isFolder: folders.contains, hasID: { ids[$0]?.contains($1) == true }).map {
                    ContentError(file: page, line: reference.line, problem: "'\(reference.target)' \($0.what)", fix: $0.fix)
                }
            }
        }
        let indices = Array(pages.indices)
        return ((try? ParallelMap.map(indices, judge)) ?? indices.map(judge)).flatMap { $0 }
    }

    /// Every folder that holds one of `paths`.
    ///
    /// A path's folders are its parent and the parent's folders, so the walk up stops at the first
    /// folder already known: most paths share their parent with others, and an edit build's check
    /// of one page takes this set of a whole site's paths.
    static func folders(of paths: some Sequence<String>) -> Set<String> {
        var folders: Set<String> = []
        for path in paths {
            var end = path.utf8.endIndex
            while let slash = path.utf8[..<end].lastIndex(of: UInt8(ascii: "/")) {
                guard folders.insert(String(path[..<slash])).inserted else { break }
                end = slash
            }
        }
        return folders
    }

    /// Reads a built site from disk (regular files only; links are not followed) and checks it.
    public static func problems(inFolder root: URL) throws -> [ContentError] {
        var files: [String: Data] = [:]
        let base = root.standardizedFileURL.path
        guard let walker = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey])
        else {
            throw ContentError(file: root.path, problem: "cannot be read", fix: "build the site first with `shiryo build`")
        }
        for case let url as URL in walker {
            let values = try url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            guard values.isRegularFile == true, values.isSymbolicLink != true else { continue }
            let path = String(url.standardizedFileURL.path.dropFirst(base.count + 1))
            files[path] = url.pathExtension == "html" ? try Data(contentsOf: url) : Data()
        }
        return problems(in: files)
    }

    static func check(
        _ target: String, from page: String, exists: (String) -> Bool, isFolder: (String) -> Bool,
        hasID: (_ page: String, _ id: String) -> Bool
    ) -> (what: String, fix: String)? {
        let text: String
        let fragment: String?
        switch LinkTarget(target) {
        case .javascript:
            return ("is a javascript: URL", "link to a page or an http(s) address instead")
        case .external:
            return nil  // http:, https:, mailto:, tel:, data: … leave the site
        case .rooted:
            return ("starts with '/', which breaks the site on file:// and under a sub-path", "use a relative link")
        case .relative(let path, let hash):
            (text, fragment) = (path, hash)
        }
        let path: String
        if text.isEmpty {
            path = page
        } else {
            let decoded = ByteSearch.contains(byte: UInt8(ascii: "%"), in: text) ? text.removingPercentEncoding : text
            guard let decoded, let resolved = RelativeReference.resolve(decoded, from: page) else {
                return ("leads outside the site", "link to a file inside the site")
            }
            path = resolved
        }
        guard exists(path) else {
            if isFolder(path) {
                return ("names a folder, which file:// cannot open", "link to \(path)/index.html")
            }
            return ("points to \(path), which the site does not contain", "fix the link or add the page")
        }
        if let fragment, !fragment.isEmpty, path.hasSuffix(".html") {
            let id = ByteSearch.contains(byte: UInt8(ascii: "%"), in: fragment) ? (fragment.removingPercentEncoding ?? fragment) : fragment
            if !hasID(path, id) {
                return ("names #\(id), but \(path) has no element with that id", "link to an existing heading or anchor")
            }
        }
        return nil
    }
}
