import Content
import Foundation

extension LinkCheckStream {
    /// What `finish(paths:)` reports for one page of a site, judged against every file of the site
    /// (`paths`) and the ids each page defines (`ids`, asked only for pages a fragment names): a
    /// build that re-renders only an edited page checks only its links, with the same result.
    /// `exists` answers whether a path is among `paths`, so an edit build asks its record's listing
    /// rather than copying 10,000 paths into a set.
    public static func problems<Paths: Collection<String>>(
        page: String, scan: HTMLReferences, paths: Paths, exists: (String) -> Bool, ids: (String) -> Set<String>
    ) -> [ContentError] {
        var known: [String: Set<String>] = [page: scan.ids]
        return scan.references.compactMap { reference in
            LinkChecker.check(
                reference.target, from: page, exists: exists,
                // Only a link that finds no file asks whether it names a folder: the paths are
                // searched then, rather than every folder of the site listed for each check.
                isFolder: { folder in
                    let inside = folder + "/"
                    return paths.contains { $0.hasPrefix(inside) }
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
