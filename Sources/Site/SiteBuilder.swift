import Content
import LinkCheck
import Search
import Foundation
import Templates

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    /// The content directory (site.yaml, pages/, …).
    public var contentDirectory: URL
    /// The templates directory (*.mustache, assets/).
    public var templatesDirectory: URL
    /// The output directory, synced to hold exactly the built site.
    public var outputDirectory: URL
    /// Overrides `base_url` from site.yaml; feeds only sitemap.xml and canonical links.
    public var baseURL: String?
    /// Takes over a non-empty output folder Shiryo did not write, and builds although a content
    /// folder the last build read is missing (`--force`).
    public var force: Bool
    /// Builds pages marked `draft: true` too (`--drafts`).
    public var drafts: Bool

    /// Creates options.
    public init(
        contentDirectory: URL, templatesDirectory: URL, outputDirectory: URL, baseURL: String? = nil, force: Bool = false,
        drafts: Bool = false
    ) {
        self.contentDirectory = contentDirectory
        self.templatesDirectory = templatesDirectory
        self.outputDirectory = outputDirectory
        self.baseURL = baseURL
        self.force = force
        self.drafts = drafts
    }
}

/// What a build produced and how long its stages took.
public struct BuildReport: Sendable {
    /// HTML pages rendered.
    public var pages: Int
    /// What the sync did to the output directory.
    public var sync: SyncReport
    /// Seconds per stage, in pipeline order.
    public var stages: [(name: String, seconds: Double)]
    /// The search index's figures, when the site has search.
    public var search: SearchSummary? = nil
    /// Problems that do not stop the build (an image without alt text, a link the link check found
    /// broken in the output), with file and line.
    public var warnings: [ContentError] = []
    /// What the build left out and why, for the summary (sitemap.xml without a base URL).
    public var notices: [String] = []
    /// Nothing the build reads changed since the last build into the same folder, and the folder is
    /// as that build left it: nothing was loaded, rendered or written (`pages` and `warnings` are
    /// that build's).
    public var upToDate = false
    /// Pages rendered again by a build that re-rendered only the pages an edit touched
    /// (`BodyEdit`); nil when every page was rendered, or none.
    public var rendered: Int? = nil

    /// Total seconds across stages.
    public var seconds: Double { stages.reduce(0) { $0 + $1.seconds } }
}

/// Builds a site in four stages, each doing one thing once:
/// - load: read all of content/ into typed values, and the templates;
/// - assemble: every page kind makes its pages, pages are placed (navigation, folder indexes), every
///   Markdown body is rendered through the one link resolver, views are made and the link pass
///   runs over them (tables and charts are drawn here), and the kinds' extra files are made;
/// - render: every page through its template, batch by batch, set aside in a temporary file
///   (`RenderedPages`) with the links between pages;
/// - sync: batch by batch, every page gets its backlinks and goes through the search index and the
///   link check into the output session (`Publication`, `OutputSession`), which writes changed files
///   under temporary names and renames them all at the end.
///
/// Everything that can fail on user content happens before the sync, so a failed build leaves the
/// output directory exactly as it was; the built site is never held in memory as a whole.
///
/// Before all of them the build takes the fingerprint of its inputs (`BuildFingerprint`); when it
/// equals the one the last build recorded in the output folder and the folder is intact, there is
/// nothing to do, and the build returns at once.
public struct SiteBuilder: Sendable {
    /// The build's inputs and output.
    public let options: BuildOptions
    /// The page kinds the site is made of.
    let kinds: [any PageKind]
    /// A write failure the sync meets on purpose (tests only; see `WriteFault`).
    var fault: WriteFault?

    /// Creates a builder for the site's page kinds.
    public init(options: BuildOptions) {
        self.init(options: options, kinds: PageKinds.all)
    }

    /// Creates a builder for other page kinds (a test's own kind, for example).
    init(options: BuildOptions, kinds: [any PageKind]) {
        self.options = options
        self.kinds = kinds
    }

    /// Runs the whole pipeline.
    @discardableResult
    public func build() throws -> BuildReport {
        try build { $0 }
    }

    /// Runs the whole pipeline and hands its report to `finish` while the build still holds what
    /// it made: a command that ends the process in `finish` leaves the memory to the process's
    /// end, instead of freeing ten thousand pages' values one by one after an edit build, which
    /// took about as long as rendering the edited page. `finish` runs once the output is final: an
    /// error it throws says nothing about the output.
    public func build<Handed>(then finish: (BuildReport) throws -> Handed) throws -> Handed {
        var stages: [(name: String, seconds: Double)] = []
        func stage<T>(_ name: String, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            let result = try work()
            stages.append((name, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9))
            return result
        }
        try OutputLocation.validate(
            options.outputDirectory, protecting: [options.contentDirectory, options.templatesDirectory])
        let contentFolders = try ContentFolders.present(in: options.contentDirectory)
        // The marker is read once, for the folders and the record, and its record proved against
        // the output folder on another core while this one looks at the inputs.
        let outputFolder = options.outputDirectory
        let marker = OutputMarker.bytes(in: outputFolder)
        if !options.force {
            try ContentFolders.checkNoneVanished(
                contentFolders, content: options.contentDirectory, last: marker.map(OutputMarker.lastContentFolders(marker:)))
        }
        let intact = marker.map { marker in
            BackgroundWork { isStopped in UnchangedBuild.outputHolds(marker, directory: outputFolder, until: isStopped) }
        }
        // Whatever way the build ends (a full render after an edit attempt, an error), the proof
        // does not go on.
        defer { intact?.stop() }
        let hiddenFolders = [("content", options.contentDirectory), ("templates", options.templatesDirectory)]
        // The time a build with nothing to do reports is this stage's: the proof of the record.
        let (settings, inputs, proved) = stage("record") { () -> ([String]?, UnchangedBuild.Inputs?, Bool) in
            let settings = BuildFingerprint.settings(options: options, kinds: kinds)
            let inputs = marker.flatMap { marker in settings.flatMap { UnchangedBuild.inputs(marker, settings: $0, options: options) } }
            guard case .same = inputs else { return (settings, inputs, false) }
            return (settings, inputs, intact?.value == true)
        }
        if case .same(let verdict) = inputs, proved {
            // Said on every build, an unchanged one too: a hidden file does not change the fingerprint.
            let hidden = verdict.hadHidden ? HiddenFiles.notice(hiddenFolders) : nil
            return try finish(BuildReport(
                pages: verdict.pages, sync: SyncReport(), stages: stages, warnings: verdict.warnings, notices: hidden.map { [$0] } ?? [],
                upToDate: true))
        }
        // The record is read on another core while this one lists the hidden files and reads the
        // cache, which only matters to an edit build: it is read only when the changed inputs are
        // editors' page bodies alone. This is a stage of its own ("previous"), so that the
        // summary's total counts it.
        let cacheFile = BuildCache.location(content: options.contentDirectory, output: options.outputDirectory)
        let (hidden, last, early) = stage("previous") { () -> (String?, BuildRecord?, BuildCache.Loaded?) in
            let record = marker.map { marker in BackgroundWork { BuildRecord(marker: marker) } }
            let hidden = HiddenFiles.notice(hiddenFolders)
            var cacheRead: BuildCache.Loaded?
            if case .changed(let files, _, _) = inputs, files.keys.allSatisfy(BodyEdit.isPageBody) {
                cacheRead = BuildCache.read(cacheFile, content: options.contentDirectory)
            }
            return (hidden, record?.value, cacheRead)
        }
        var cacheRead = early
        let fingerprint = stage("fingerprint") { () -> BuildFingerprint? in
            // The same names with other bytes: the record's fingerprint with the inputs that changed.
            if case .changed(let files, let folders, let taken) = inputs, var patched = last?.fingerprint {
                patched.files.merge(files) { $1 }
                patched.folderStats.merge(folders) { $1 }
                patched.taken = taken
                return patched
            }
            return settings.flatMap { BuildFingerprint.take(options: options, settings: $0, previous: last?.fingerprint) }
        }
        // Inputs saved again with the same bytes: their new stats are not recorded, as nothing is written.
        if let last, let fingerprint, fingerprint.sameInputs(as: last.fingerprint), intact?.value == true {
            return try finish(BuildReport(
                pages: last.pages, sync: SyncReport(), stages: stages, warnings: last.warnings, notices: hidden.map { [$0] } ?? [],
                upToDate: true))
        }
        // Edits to editors' page bodies alone re-render only those pages, with what the last build
        // left in the cache; anything else, or a cache that cannot be used, builds everything. The
        // proof that the output is as the last build left it goes on beside the edit's render and
        // is awaited only before anything is written: the edit's few pages take about as long.
        var edit: (sources: [String], cache: BuildCache, last: BuildRecord)?
        var cacheNotices: [String] = []
        if let last, let fingerprint, let sources = BodyEdit.editedSources(fingerprint, since: last.fingerprint) {
            switch cacheRead ?? BuildCache.read(cacheFile, content: options.contentDirectory) {
            case .cache(let cache) where cache.output == OutputLocation.canonical(options.outputDirectory) && cache.taken == last.fingerprint.taken:
                edit = (sources, cache, last)
            case .none: break
            case .cache, .unusable: cacheNotices.append(BuildCache.unusableNotice(cacheFile))
            }
        }
        cacheRead = nil  // not held through the build
        // A full build rewrites the output folder whatever it holds: the proof would only take a core.
        if edit == nil { intact?.stop() }
        // The content and the site model end with this block: what the later stages need of them
        // is taken out first, so the rendered pages and the search index never share memory with
        // every page's source and view.
        let assets: [OutputFile], files: [OutputFile], rendered: RenderedPages
        let imageWarnings: [ContentError], notices: [String]
        let editorPages: [Page], links: (start: [Int32], pages: [Int32]), pathsDigest: UInt64
        do {
            // The templates and assets are read beside the content, whose load has serial parts
            // (an edit build's map of the pages it reuses among them).
            let (content, (templates, collected)) = try stage("load") {
                try ParallelMap.pair(
                    { try loadContent(reusing: edit.map { Self.unchanged($0.cache.pages, edited: $0.sources) } ?? [:]) },
                    {
                        (
                            try TemplateSet(directory: options.templatesDirectory),
                            try Assets.collect(from: options.templatesDirectory.appendingPathComponent("assets"))
                        )
                    })
            }
            assets = collected
            imageWarnings = try ImageAltWarnings.warnings(content.pages)
            let kinds = self.kinds
            let model = try stage("assemble") { try SiteModel(content: content, pages: try kinds.flatMap { try $0.kindPages(content) }) }
            // The kinds' files (downloads, chart drawings) are needed only when the output is
            // written: they are made beside the render, which has serial parts of its own. A problem
            // in them is reported before one of the render, as when they were made first.
            let kindFiles = BackgroundWork { Result { try kinds.flatMap { try $0.files(model) } } }
            notices = model.settings.baseURL == nil ? [SitemapFile.notice] : []
            // Listed pages are the site's content; they are what backlinks and search speak of.
            let listed = Dictionary(model.pages.map { ($0.outputPath, $0.title) }, uniquingKeysWith: { a, _ in a })
            let stylesheet = assets.first { $0.path == "assets/site.css" }.map { String(decoding: $0.contents, as: UTF8.self) }
            let siteRenderer = SiteRenderer(model: model, templates: templates, stylesheet: stylesheet)
            if let edit {
                let attempt = BodyEdit(
                    edited: edit.sources, content: content, model: model, renderer: siteRenderer, cache: edit.cache, last: edit.last,
                    titles: listed, outputDirectory: options.outputDirectory)
                let (attempted, made) = stage("render") { (Result { try attempt.outcome(imageWarnings: imageWarnings) }, kindFiles.value) }
                _ = try made.get()
                if let outcome = try attempted.get(), let fingerprint, intact?.value == true {
                    var record = BuildRecord(fingerprint: fingerprint, pages: outcome.pages, warnings: outcome.warnings, manifest: DirectoryListing())
                    (record.probe, record.hidden, record.inputOrder) = (edit.last.probe, hidden, edit.last.inputOrder)
                    record.outputSource = marker.map { ($0, [:]) }
                    return try finish(publish(outcome, edited: edit.sources.count, record: record, cacheFile: cacheFile,
                        contentFolders: contentFolders, stages: stages, notices: [hidden].compactMap { $0 } + cacheNotices + notices))
                }
                // The attempt's time stays in the report under its own name; the full render follows.
                stages[stages.count - 1].name = "edit"
                intact?.stop()
            }
            editorPages = content.pages
            let (rendering, made) = stage("render") { (Result { try RenderedPages(renderer: siteRenderer, titles: listed) }, kindFiles.value) }
            files = try made.get()
            rendered = try rendering.get()
            links = (rendered.linkingStart, rendered.linkingPages)
            pathsDigest = BuildCache.digest(paths: rendered.pages.lazy.map(\.path))
        }
        // From here pages, search index and link check go batch by batch into the output, so the
        // built site is never in memory as a whole.
        let others = files + assets
        let paths = try OutputFiles.unique(rendered.pages.map(\.path) + others.map(\.path))
        var output = OutputSync(directory: options.outputDirectory, adopt: options.force, contentFolders: contentFolders)
        output.fault = fault
        let start = DispatchTime.now().uptimeNanoseconds
        let session = try output.begin(paths: paths)
        let pageCount = rendered.pages.count
        var outcome: Publication.Outcome, warnings: [ContentError], sync: SyncReport
        do {
            // The rendered pages (their places, backlinks and titles) end with the publication, and
            // the problems move into the warnings: the end of a large build (the output's listing,
            // the record) then reuses their memory instead of adding to it.
            outcome = try Publication(rendered: consume rendered, files: others).publish(into: session)
            warnings = imageWarnings + outcome.problems
            outcome.problems = []
            sync = try session.finish(
                record: fingerprint.map {
                    var record = BuildRecord(fingerprint: $0, pages: pageCount, warnings: warnings, manifest: DirectoryListing())
                    record.hidden = hidden
                    return record
                })
        } catch {
            session.abandon()
            throw error
        }
        if let fingerprint {
            BuildCache(
                output: OutputLocation.canonical(options.outputDirectory), taken: fingerprint.taken, pageCount: pageCount,
                pathsDigest: pathsDigest, imageWarnings: imageWarnings.count, linkingStart: links.start, linkingPages: links.pages,
                pages: editorPages,
                search: BuildCache.SearchFigures(
                    postings: outcome.postings, shards: outcome.search.shardCount, files: outcome.search.fileCount,
                    bytes: outcome.search.totalBytes, textSizes: outcome.searchSizes)
            ).write(to: cacheFile)
        } else {
            BuildCache.remove(cacheFile)
        }
        let total = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        stages += [("search", outcome.seconds.search), ("check", outcome.seconds.check), ("sync", total - outcome.seconds.search - outcome.seconds.check)]
        return try finish(BuildReport(
            pages: pageCount, sync: sync, stages: stages, search: SearchSummary(outcome.search), warnings: warnings,
            notices: [hidden].compactMap { $0 } + cacheNotices + notices))
    }

    /// Writes what an edit changed (`BodyEdit`) into the output, with the record and the cache.
    private func publish(
        _ outcome: BodyEdit.Outcome, edited: Int, record: BuildRecord, cacheFile: URL, contentFolders: Set<String>,
        stages: [(name: String, seconds: Double)], notices: [String]
    ) throws -> BuildReport {
        let start = DispatchTime.now().uptimeNanoseconds
        var output = OutputSync(directory: options.outputDirectory, adopt: options.force, contentFolders: contentFolders)
        output.fault = fault
        // Every file the folder holds stays (it is as the last build left it: `BodyEdit` is tried
        // only then): only the edited pages and their index files change.
        let session = try output.begin(keeping: outcome.listing)
        var cache = outcome.cache
        cache.taken = record.fingerprint.taken
        let sync: SyncReport
        do {
            try session.stage(outcome.files)
            // The cache (beside the content, never in the output) is written on another core while
            // this one writes the record: both list every page. Should the record fail, the cache
            // names a build no record holds, and the next build cannot use it.
            let written = BackgroundWork { [cache] in cache.write(to: cacheFile) }
            defer { _ = written.value }
            sync = try session.finish(record: record, previous: outcome.listing)
        } catch {
            session.abandon()
            throw error
        }
        return BuildReport(
            pages: outcome.pages, sync: sync,
            stages: stages + [("sync", Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)],
            search: cache.search.map(SearchSummary.init), warnings: outcome.warnings, notices: notices, rendered: edited)
    }

    /// The editors' pages the last build loaded from files no edit touched, by source path.
    private static func unchanged(_ pages: [Page], edited: [String]) -> [String: Page] {
        let edited = Set(edited)
        var known: [String: Page] = [:]
        known.reserveCapacity(pages.count)  // grown step by step, 10,000 pages were copied 14 times
        for page in pages where !edited.contains(page.sourcePath) && known[page.sourcePath] == nil { known[page.sourcePath] = page }
        return known
    }

    /// The content directory's values, with `--base-url` in place of site.yaml's.
    private func loadContent(reusing known: [String: Page]) throws -> SiteContent {
        var content = ReaderText.naming(
            try SiteContent.load(contentDirectory: options.contentDirectory, includeDrafts: options.drafts, reusing: known))
        if let base = options.baseURL {
            try SiteSettings.checkWebAddress(base, setting: "--base-url", file: "--base-url")
            content.settings.baseURL = base
        }
        return content
    }
}

/// The paths of a build, in path order.
enum OutputFiles {
    /// - Throws: when two would be written to the same path.
    static func unique(_ paths: [String]) throws -> [String] {
        let sorted = paths.sorted()
        for (a, b) in zip(sorted, sorted.dropFirst()) where a == b {
            throw ContentError(file: a, problem: "two outputs would be written here", fix: "rename one of the pages or assets")
        }
        return sorted
    }
}
