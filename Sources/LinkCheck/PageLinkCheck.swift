import Content
import Foundation

extension LinkCheckStream {
    /// What `finish(paths:)` reports for one page of a site, judged against every file of the site
    /// (`paths`) and the ids each page defines (`ids`, asked only for pages a fragment names): a
    /// build that re-renders only an edited page checks only its links, with the same result.
    /// `exists` answers whether a path is among `paths`, so an edit build asks its record's listing
    /// rather than copying 10,000 paths into a set.
    public static func problems<Paths: Sequence<String>>(
        page: String, scan: HTMLReferences, paths: Paths, exists: (String) -> Bool, ids: (String) -> Set<String>
    ) -> [ContentError] {
        var known: [String: Set<String>] = [page: scan.ids]
        // Only a link that finds no file asks whether it names a folder: the site's folders are
        // listed then, not for every edited page whose links all resolve.
        var folders: Set<String>?
        return scan.references.compactMap { reference in
            LinkChecker.check(
                reference.target, from: page, exists: exists,
                isFolder: { folder in
                    if folders == nil { folders = LinkChecker.folders(of: paths) }
                    return folders?.contains(folder) ?? false
                },
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
