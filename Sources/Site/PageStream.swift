import Content
import Foundation
import LinkCheck
import Search

/// The rendered pages of a build, set aside in a temporary file rather than held in memory: a page
/// is final only once every page is rendered (its backlinks come from the others' links), and a
/// 100,000-page site would otherwise hold all of its HTML at once. Rendering goes batch by batch;
/// what stays in memory is each page's place in the file and the links between pages.
struct RenderedPages {
    /// Pages rendered or published together: enough to keep both cores busy, few enough that a
    /// batch's HTML, search documents and postings stay a few megabytes.
    static let batchSize = 768
    /// Bytes of rendered pages gathered for one write to the temporary file.
    static let spillChunk = 1 << 19

    /// Where the pages wait for their publication: in the scratch file, or in memory when the whole
    /// site is no larger than one batch. Its pages are all in memory at once anyway, and writing
    /// them to the file only to read them back was a serial stretch between the render and the
    /// publication.
    private let store: Store

    private enum Store {
        case spilled(SpillFile)
        case held(HeldPages)
    }

    /// Output path and place in the scratch file (0 for a page held in memory) of every page, in
    /// output order.
    let pages: [(path: String, offset: Int, length: Int)]
    /// The pages linking to each page, as numbers in `pages`: those of page `n` are
    /// `linkingPages[linkingStart[n]..<linkingStart[n + 1]]`. One flat list rather than a set of
    /// paths per page, which for 100,000 pages was tens of megabytes held through the publication.
    let linkingPages: [Int32]
    let linkingStart: [Int32]
    /// Titles of the listed pages by output path: what backlinks and search speak of.
    let titles: [String: String]

    /// Renders every page of the model through its template; a batch's Markdown bodies and views are
    /// made with it and dropped after it.
    init(renderer site: SiteRenderer, titles: [String: String]) throws {
        let (groups, renderer) = try site.prepare()
        let holding = groups.reduce(0) { $0 + $1.count } <= Self.batchSize
        let scratch = holding ? nil : try Self.scratchFile()
        var held: [Data] = []
        var placed: [(path: String, offset: Int, length: Int)] = []
        var outgoing: [(source: String, targets: Set<String>)] = []
        for pages in groups {
            for start in stride(from: 0, to: pages.count, by: Self.batchSize) {
                let batch = Array(pages[start..<min(start + Self.batchSize, pages.count)])
                let rendered = try ParallelMap.map(batch) { page -> (OutputFile, Set<String>?) in
                    let file = try renderer.render(try renderer.model.finished(page))
                    return (file, titles[file.path] == nil ? nil : Backlinks.targets(of: file, in: titles))
                }
                guard let scratch else {
                    for (file, targets) in rendered {
                        placed.append((file.path, 0, file.contents.count))
                        held.append(file.contents)
                        if let targets { outgoing.append((file.path, targets)) }
                    }
                    continue
                }
                // Pages go to the file a few hundred kilobytes at a time rather than one write each.
                var joined = Data(capacity: Self.spillChunk)
                var offset = scratch.length
                for (file, targets) in rendered {
                    placed.append((file.path, offset, file.contents.count))
                    joined.append(file.contents)
                    offset += file.contents.count
                    if joined.count >= Self.spillChunk {
                        _ = try Self.spilled { try scratch.append(joined) }
                        joined.removeAll(keepingCapacity: true)
                    }
                    if let targets { outgoing.append((file.path, targets)) }
                }
                _ = try Self.spilled { try scratch.append(joined) }
            }
        }
        self.pages = placed
        store = scratch.map(Store.spilled) ?? .held(HeldPages(held))
        (linkingPages, linkingStart) = Self.numbered(Backlinks.incoming(outgoing), pages: placed)
        self.titles = titles
    }

    /// The pages of one batch, final: read back, with their backlinks written in.
    func batch(_ range: Range<Int>) throws -> [OutputFile] {
        try ParallelMap.map(Array(pages[range].enumerated().map { (number: range.lowerBound + $0, path: $1.path, offset: $1.offset, length: $1.length) })) { page in
            let contents: Data
            switch store {
            // A held page is given up as it is published.
            case .held(let held): contents = held.take(page.number)
            case .spilled(let scratch): contents = Data(try Self.spilled { try scratch.read(offset: page.offset, length: page.length) })
            }
            return Backlinks.write(into: OutputFile(path: page.path, contents: contents), sources: linking(page.number), titles: titles)
        }
    }

    /// The paths of the pages linking to page `number`.
    private func linking(_ number: Int) -> Set<String> {
        Set(linkingPages[Int(linkingStart[number])..<Int(linkingStart[number + 1])].map { pages[Int($0)].path })
    }

    /// `incoming` (sources by target path) as the flat lists of page numbers; a source that is no
    /// page of the build cannot occur (sources are rendered pages).
    private static func numbered(_ incoming: [String: Set<String>], pages: [(path: String, offset: Int, length: Int)]) -> (
        [Int32], [Int32]
    ) {
        let number = Dictionary(pages.enumerated().map { ($1.path, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        var flat: [Int32] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(pages.count + 1)
        for page in pages {
            flat += (incoming[page.path] ?? []).compactMap { number[$0] }
            starts.append(Int32(flat.count))
        }
        return (flat, starts)
    }

    private static func scratchFile() throws -> SpillFile {
        try spilled { try SpillFile(prefix: "shiryo-pages") }
    }

    /// A temporary file's failure in the project's words.
    static func spilled<T>(_ work: () throws -> T) throws -> T {
        do {
            return try work()
        } catch let error as SpillError {
            throw ContentError(
                file: NSTemporaryDirectory(), problem: "cannot hold the build's temporary files (\(String(cString: strerror(error.code))))",
                fix: "free some space in the temporary folder (or set TMPDIR to a folder with room), then build again")
        }
    }
}

/// Rendered pages kept in memory, each taken once by the publication, so that a page's bytes are
/// freed as soon as its final form (with its backlinks) is made rather than when the publication
/// ends. Pages are taken from several threads at once, each page by one: they sit in memory of
/// their own, which the threads share without Swift's exclusivity checks on an array.
final class HeldPages: @unchecked Sendable {
    private let pages: UnsafeMutableBufferPointer<Data?>

    init(_ pages: [Data]) {
        self.pages = .allocate(capacity: pages.count)
        _ = self.pages.initialize(from: pages.map { Optional($0) })
    }

    deinit {
        pages.deinitialize()
        pages.deallocate()
    }

    /// The page numbered `index`, which no longer holds it; empty if it was taken before.
    func take(_ index: Int) -> Data {
        // Each page is published once; a second take would publish an empty page, so the tests'
        // debug builds stop there.
        assert(pages[index] != nil, "page \(index) was taken before")
        defer { pages[index] = nil }
        return pages[index] ?? Data()
    }
}

/// The second half of a build's output: every page, file and search index file, written batch by
/// batch into the output session as the search index and the link check read them, so nothing
/// holds the whole site. Produces exactly what the in-memory stages produced before.
struct Publication {
    let rendered: RenderedPages
    /// Files of the kinds and assets, already in memory (downloads, sitemap, stylesheets).
    let files: [OutputFile]

    /// What the publication produced besides the written files.
    struct Outcome {
        var search: SearchIndex.Summary
        /// The index's text sizes and posting count, for the build cache.
        var searchSizes: [Int]
        var postings: Int
        var problems: [ContentError]
        var seconds: (search: Double, check: Double)
    }

    /// Stages every output into `session`; the search index is made of the listed pages.
    func publish(into session: OutputSession) throws -> Outcome {
        let known = Set(rendered.pages.map(\.path) + files.map(\.path))
        let check = LinkCheckStream(paths: known)
        let search = try RenderedPages.spilled { try SearchIndexStream() }
        var searchFiles: [OutputFile] = []
        var searchPaths: [String] = []
        var clock = (search: 0.0, check: 0.0)
        func timed<T>(_ seconds: inout Double, _ work: () throws -> T) rethrows -> T {
            let start = DispatchTime.now().uptimeNanoseconds
            defer { seconds += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
            return try work()
        }
        /// Throws when an index file would be written where a page or file is.
        func admit(_ file: SearchIndex.File) throws {
            guard !known.contains(file.path) else {
                throw ContentError(
                    file: file.path, problem: "two outputs would be written here", fix: "rename one of the pages or assets")
            }
        }
        func emit(_ file: SearchIndex.File) throws {
            try admit(file)
            searchPaths.append(file.path)
            searchFiles.append(OutputFile(path: file.path, contents: file.contents))
            if searchFiles.count >= 64 { try flush() }
        }
        func flush() throws {
            try session.stage(searchFiles)
            searchFiles.removeAll()
        }
        // The search index takes its postings on one thread while the link check and the writing
        // run on another. The index files a batch completes meanwhile are kept and staged once both
        // are done, so the session is never used by both at once; the last files, the postings of
        // every page, are too large to keep and are staged as they come (`holding` false) while
        // only the check runs beside them. The check is charged only the time it (with the
        // writing) added to the search's, so the stages' seconds add up to the build's.
        let checking = Exclusive(check)
        func beside<Indexed: Sendable>(
            _ index: (_ emit: (SearchIndex.File) throws -> Void) throws -> Indexed, holding: Bool = true,
            _ checkAndWrite: @escaping @Sendable () throws -> Void
        ) throws -> Indexed {
            let both = DispatchTime.now().uptimeNanoseconds
            var completed: [SearchIndex.File] = []
            let (indexed, _) = try ParallelMap.pair(
                {
                    let start = DispatchTime.now().uptimeNanoseconds
                    // A kept file is admitted at once, so that its clash is reported before a failure of
                    // the writing beside it, as when index files were staged as they came.
                    let indexed = try RenderedPages.spilled {
                        try index { file in if holding { try admit(file); completed.append(file) } else { try emit(file) } }
                    }
                    return (indexed, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
                }, checkAndWrite)
            clock.search += indexed.1
            clock.check += max(0, Double(DispatchTime.now().uptimeNanoseconds - both) / 1e9 - indexed.1)
            for file in completed { try emit(file) }
            return indexed.0
        }
        for start in stride(from: 0, to: rendered.pages.count, by: RenderedPages.batchSize) {
            let pages = try rendered.batch(start..<min(start + RenderedPages.batchSize, rendered.pages.count))
            let listed = pages.filter { rendered.titles[$0.path] != nil }.map { ($0.path, $0.contents) }
            try beside({ emit in try search.add(pages: listed, emit: emit) }) {
                checking.value.add(pages: pages.map { ($0.path, $0.contents) })
                try session.stage(pages)
            }
        }
        let files = self.files
        try session.stage(files)
        let summary = try beside({ emit in try search.finish(emit: emit) }, holding: false) {
            checking.value.add(pages: files.map { ($0.path, $0.contents) })
        }
        try flush()
        let problems = timed(&clock.check) { check.finish(paths: searchPaths) }
        return Outcome(
            search: summary, searchSizes: search.textSizes, postings: search.postingCount, problems: problems, seconds: clock)
    }
}

/// A value used by one thread at a time: handed to the one task of `ParallelMap.pair` that works on
/// it while the other task leaves it alone.
struct Exclusive<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}
