import Content
import Foundation

extension LinkCheckStream {
    /// What `finish(paths:)` reports for one page of a site, judged against every file of the site
    /// (`files`) and the ids each page defines (`ids`, asked only for pages a fragment names): a
    /// build that re-renders only an edited page checks only its links, with the same result.
    public static func problems(
        page: String, scan: HTMLReferences, files: Set<String>, ids: (String) -> Set<String>
    ) -> [ContentError] {
        let folders = LinkChecker.folders(of: files)
        var known: [String: Set<String>] = [page: scan.ids]
        return scan.references.compactMap { reference in
            LinkChecker.check(
                reference.target, from: page, exists: files.contains, folders: folders,
                hasID: { path, id in
                    if known[path] == nil { known[path] = ids(path) }
                    return known[path]?.contains(id) ?? false
                }
            ).map {
                ContentError(file: page, line: reference.line, problem: "'\(reference.target)' \($0.what)", fix: $0.fix)
            }
        }
    }
}
