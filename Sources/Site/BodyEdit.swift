import Content
import Foundation
import LinkCheck
import Search
import Templates

/// A build after edits that changed only the bodies of editors' pages (`content/pages/…md`): those
/// pages are rendered again, and of the rest of the output only what holds them is rewritten (their
/// search index files); every other page stays as the last build wrote it.
///
/// That is right only when nothing another page reads changed, so each condition is checked and
/// any miss means the whole build runs instead: the same settings, templates and files apart from
/// the edited pages; the same facts of every editor's page (title, place, order, date: `BuildCache`);
/// the same pages in the same order; the same pages linked from each edited page (backlinks); the
/// same ids in it (other pages' fragments); the same search shards and text blocks. The link check
/// judges the edited pages' links against the whole output, and their problems replace their old
/// ones among the last build's warnings.
struct BodyEdit {
    /// The editors' pages whose files changed (as `pages/a.md`), when nothing else did.
    static func editedSources(_ fingerprint: BuildFingerprint, since last: BuildFingerprint) -> [String]? {
        guard fingerprint.settings == last.settings, fingerprint.folders == last.folders, fingerprint.files.count == last.files.count
        else { return nil }
        var edited: [String] = []
        for (path, input) in fingerprint.files {
            guard let known = last.files[path] else { return nil }
            guard known.digest != input.digest || known.stat.size != input.stat.size else { continue }
            guard isPageBody(path) else { return nil }
            edited.append(String(path.dropFirst("content/".count)))
        }
        return edited.isEmpty ? nil : edited.sorted()
    }

    /// Whether the input at `path` (as `content/pages/a.md`) is an editor's page, the only input
    /// an edit build takes up.
    static func isPageBody(_ path: String) -> Bool {
        path.hasPrefix("content/pages/") && path.hasSuffix(".md")
    }

    let edited: [String]
    let content: SiteContent
    let model: SiteModel
    let renderer: SiteRenderer
    let cache: BuildCache
    let last: BuildRecord
    /// Titles of the listed pages by output path.
    let titles: [String: String]
    let outputDirectory: URL

    /// What the edit changes.
    struct Outcome {
        /// The edited pages, final, and the index files that changed with them.
        var files: [OutputFile]
        /// The output folder as the last build left it (and as it is: see `UnchangedBuild.outputHolds`).
        var listing: DirectoryListing
        var pages: Int
        var warnings: [ContentError]
        var cache: BuildCache
    }

    /// The files to write and what to record, or nil when the edit reaches further than its pages.
    func outcome(imageWarnings: [ContentError]) throws -> Outcome? {
        let all = renderer.pages.joined()
        guard all.count == cache.pageCount, BuildCache.digest(paths: all.lazy.map(\.outputPath)) == cache.pathsDigest,
            BuildCache.sameFacts(content.pages, cache.pages), last.warnings.count >= cache.imageWarnings
        else { return nil }
        let sources = Set(edited)
        var found: [(number: Int, page: SitePage)] = []
        var number = 0
        var documents: [String: Int] = [:]
        for page in all {
            if let source = page.sourcePath, sources.contains(source), page.body.isMarkdown { found.append((number, page)) }
            if titles[page.outputPath] != nil { documents[page.outputPath] = documents.count }
            number += 1
        }
        guard found.count == edited.count else { return nil }
        let pageRenderer = try renderer.prepare(headersFor: found.map(\.page.outputPath)).renderer
        let paths = all.map(\.outputPath)
        let outputFiles = last.manifest.stats
        var files: [OutputFile] = []
        var problems: [ContentError] = []
        var searchEdits: [SearchIndexPatch.Edit] = []
        for (number, page) in found {
            let file = try pageRenderer.render(try model.finished(page))
            guard file.path == paths[number] else { return nil }
            if titles[file.path] != nil {
                let before = Set((0..<cache.pageCount).filter { cache.linking($0).contains(Int32(number)) }.map { paths[$0] })
                guard Backlinks.targets(of: file, in: titles) == before else { return nil }
            }
            let final = Backlinks.write(
                into: file, sources: Set(cache.linking(number).map { paths[Int($0)] }), titles: titles)
            guard let old = read(final.path).map(Array.init) else { return nil }
            let new = Array(final.contents)
            let scan = HTMLReferences(new)
            guard HTMLReferences(old).ids == scan.ids else { return nil }
            problems += LinkCheckStream.problems(
                page: final.path, scan: scan, paths: outputFiles.keys, exists: { outputFiles[$0] != nil }, ids: { path in read(path).map { HTMLReferences(Array($0)).ids } ?? [] })
            if let document = documents[final.path] {
                searchEdits.append(
                    SearchIndexPatch.Edit(
                        number: document, old: SearchDocument(path: final.path, visible: VisibleText(html: old)),
                        new: SearchDocument(path: final.path, visible: VisibleText(html: new))))
            }
            files.append(final)
        }
        var next = cache
        // The edited pages as loaded now: their bodies' lengths and whether they may hold images
        // changed, and the next edit build takes them up unread.
        next.pages = content.pages
        if !searchEdits.isEmpty {
            guard let search = cache.search,
                let patch = SearchIndexPatch.apply(
                    searchEdits, textSizes: search.textSizes, postings: search.postings, shards: search.shards, read: read)
            else { return nil }
            var bytes = search.bytes
            for file in patch.files {
                guard let old = read(file.path) else { return nil }
                bytes += file.contents.count - old.count
            }
            next.search = BuildCache.SearchFigures(
                postings: patch.postings, shards: search.shards, files: search.files, bytes: bytes, textSizes: patch.textSizes)
            files += patch.files.map { OutputFile(path: $0.path, contents: $0.contents) }
        }
        let editedPaths = Set(found.map { paths[$0.number] })
        let kept = last.warnings.dropFirst(cache.imageWarnings).filter { !editedPaths.contains($0.file) }
        next.imageWarnings = imageWarnings.count
        return Outcome(files: files, listing: last.manifest, pages: all.count, warnings: imageWarnings + Self.merged(Array(kept), problems), cache: next)
    }

    /// An output file as the last build left it.
    private func read(_ path: String) -> Data? {
        FileManager.default.contents(atPath: outputDirectory.path + "/" + path)
    }

    /// Two lists of problems ordered by file, as one (no file is in both).
    static func merged(_ a: [ContentError], _ b: [ContentError]) -> [ContentError] {
        var result: [ContentError] = []
        result.reserveCapacity(a.count + b.count)
        var i = 0, j = 0
        while i < a.count || j < b.count {
            if j == b.count || (i < a.count && a[i].file < b[j].file) {
                result.append(a[i])
                i += 1
            } else {
                result.append(b[j])
                j += 1
            }
        }
        return result
    }
}
