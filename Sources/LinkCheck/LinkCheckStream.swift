import Content
import Foundation

/// The link check of a site whose pages arrive in batches, so that a build checks its output
/// without holding it: each page is scanned once as it passes, and what stays is its ids and the
/// references that do not resolve yet. A reference that resolves against the files and ids known
/// so far always will; one that does not is judged again once every page and file is known, so the
/// result is `LinkChecker.problems(in:)`'s for the same site, in the same order.
public final class LinkCheckStream {
    private var files: Set<String>
    /// The ids of the pages seen so far, as hashes of page and id: a set of strings per page was
    /// the largest part of a 100,000-page check. Two pairs sharing a 64-bit hash (about one chance
    /// in 10^9 for such a site) would only hide one broken fragment.
    private var ids: Set<Int> = []
    private var folders: Set<String>
    private var pending: [(page: String, order: Int, reference: HTMLReferences.Reference)] = []

    /// Starts a check of a site that holds (at least) the files at `paths`.
    public init(paths: some Sequence<String>) {
        files = Set(paths)
        folders = LinkChecker.folders(of: files)
    }

    /// Checks the next HTML pages (other files only count as existing).
    public func add(pages: [(path: String, bytes: Data)]) {
        let pages = pages.filter { $0.path.hasSuffix(".html") }
        // Each page's ids are hashed with its scan, on all cores; only the set is filled in turn.
        let scan: @Sendable ((path: String, bytes: Data)) -> (references: HTMLReferences, keys: [Int]) = { page in
            let references = HTMLReferences(data: page.bytes)
            return (references, references.ids.map { Self.key(page.path, $0) })
        }
        let results = (try? ParallelMap.map(pages, scan)) ?? pages.map(scan)
        let scanned = results.map(\.references)
        for (page, result) in zip(pages, results) {
            ids.formUnion(result.keys)
            files.insert(page.path)
        }
        // The references are judged on all cores too, against what is known once the batch is in,
        // in runs of pages that share the verdicts of the links they have in common.
        let (files, folders, ids) = (files, folders, ids)
        let judge: @Sendable (Range<Int>) -> [(page: String, order: Int, reference: HTMLReferences.Reference)] = { run in
            var shared = SharedTargets<Bool>()
            var unresolved: [(page: String, order: Int, reference: HTMLReferences.Reference)] = []
            for index in run {
                let page = pages[index].path
                let place = shared.page(page)
                for (order, reference) in scanned[index].references.enumerated()
                where shared.verdict(reference.target, on: place, {
                    LinkChecker.check(reference.target, from: page, exists: files.contains, isFolder: folders.contains, hasID: { ids.contains(Self.key($0, $1)) })
                        != nil
                }) {
                    unresolved.append((page, order, reference))
                }
            }
            return unresolved
        }
        let runs = Self.runs(of: pages.count)
        pending += ((try? ParallelMap.map(runs, judge)) ?? runs.map(judge)).flatMap { $0 }
    }

    /// The batch's pages in runs: a few per core, so that a core slowed by other work meanwhile
    /// leaves its share to the others, each long enough to share its links' verdicts.
    private static func runs(of count: Int) -> [Range<Int>] {
        let length = max(32, (count + 15) / 16)
        return stride(from: 0, to: count, by: length).map { $0..<min($0 + length, count) }
    }

    /// Every problem, once the last files (`paths`) are known, ordered by file and line.
    public func finish(paths: some Sequence<String>) -> [ContentError] {
        files.formUnion(paths)
        folders = LinkChecker.folders(of: files)
        pending.sort { ($0.page, $0.order) < ($1.page, $1.order) }
        return pending.compactMap { item in
            LinkChecker.check(item.reference.target, from: item.page, exists: files.contains, isFolder: folders.contains, hasID: { self.ids.contains(Self.key($0, $1)) }).map {
                ContentError(file: item.page, line: item.reference.line, problem: "'\(item.reference.target)' \($0.what)", fix: $0.fix)
            }
        }
    }

    /// The hash of one id of one page.
    private static func key(_ page: String, _ id: String) -> Int {
        var hasher = Hasher()
        hasher.combine(page)
        hasher.combine(id)
        return hasher.finalize()
    }
}
