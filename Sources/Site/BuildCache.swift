import Content
import Escaping
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// What a build leaves outside the output, in `.shiryo-cache/` beside content/ (one file per
/// output folder), so that the next build can re-render only the pages an edit touched
/// (`BodyEdit`): the facts of every editor's page that other pages read (title, place, order,
/// date…), which pages link to which (backlinks), and the search index's figures.
///
/// It describes one output folder as one build left it: it names the folder and the time of that
/// build's fingerprint, which the folder's own record must hold too. The file ends with a digest
/// of everything before it; a file cut short, damaged, of another version or of another build is
/// not used (the build does everything and says so). Deleting the folder is always safe.
struct BuildCache: Equatable {
    static let folder = ".shiryo-cache"
    static let opening = "shiryo-cache 1"
    /// A cache file's name is these around the hexadecimal digest of its output folder.
    static let namePrefix = "build-", nameSuffix = ".txt"

    /// The output folder, canonical.
    var output: String
    /// When the fingerprint of the build it describes was taken (`BuildFingerprint.taken`).
    var taken: Int64
    /// Pages rendered, and a digest of their output paths in output order.
    var pageCount: Int
    var pathsDigest: UInt64
    /// How many of the record's warnings come first from images without alt text; the rest are
    /// the link check's.
    var imageWarnings: Int
    /// The pages linking to page `n` (numbers in output order) are
    /// `linkingPages[linkingStart[n]..<linkingStart[n + 1]]`, as `RenderedPages` holds them.
    var linkingStart: [Int32]
    var linkingPages: [Int32]
    /// The editors' pages as the build loaded them (bodies left in their files): what other pages
    /// read of them, and what the next build takes up unread for the files that did not change.
    var pages: [Page]
    /// The search index's figures, when the site has one.
    var search: SearchFigures?

    struct SearchFigures: Equatable {
        var postings: Int
        var shards: Int
        var files: Int
        var bytes: Int
        /// The UTF-8 size of every indexed page's text, in index order.
        var textSizes: [Int]
    }

    /// The cache file of builds into `output` from the content at `content`.
    static func location(content: URL, output: URL) -> URL {
        let name = OutputLocation.canonical(output)
        var mixer = ContentDigest.Mixer()
        name.utf8CString.withUnsafeBytes { mixer.add($0) }
        return content.standardizedFileURL.deletingLastPathComponent().appendingPathComponent(folder)
            .appendingPathComponent(namePrefix + String(mixer.value, radix: 16) + nameSuffix)
    }

    /// A digest of the paths in order.
    static func digest(paths: some Sequence<String>) -> UInt64 {
        var mixer = ContentDigest.Mixer()
        // Each path with a line break and a zero byte after it, added in place.
        let end: [UInt8] = [UInt8(ascii: "\n"), 0]
        for var path in paths {
            path.withUTF8 { mixer.add(UnsafeRawBufferPointer($0)) }
            end.withUnsafeBytes { mixer.add($0) }
        }
        return mixer.value
    }

    /// Whether two loads of the editors' pages agree on everything other pages read of them: all
    /// that their files say but their bodies.
    static func sameFacts(_ a: [Page], _ b: [Page]) -> Bool {
        a.count == b.count
            && zip(a, b).allSatisfy { x, y in
                x.sourcePath == y.sourcePath && x.location == y.location && x.title == y.title && x.description == y.description
                    && x.order == y.order && x.bodyLine == y.bodyLine && x.date == y.date
            }
    }

    /// A page as one line of fields appended to `bytes`: source, location, title, description,
    /// order, body line, date, body length, whether the body may hold images (`appendFields`).
    /// False, with nothing appended, for a page whose body is not in its file.
    static func append(_ page: Page, into bytes: inout [UInt8]) -> Bool {
        guard let length = page.markdown.lengthInFile else { return false }
        appendFields(
            [
                page.sourcePath, page.location.joined(separator: "/"), page.title, page.description, page.order.map(String.init),
                String(page.bodyLine), page.date, String(length), page.markdown.mayHoldImages ? "1" : "0",
            ], into: &bytes)
        return true
    }

    /// Fields on one line, the format of the cache's pages and the record's warnings: each escaped
    /// (`escape`), `\0` for none, tab-separated. `field` reads one back.
    static func appendFields(_ fields: [String?], into bytes: inout [UInt8]) {
        for (index, field) in fields.enumerated() {
            if index > 0 { bytes.append(UInt8(ascii: "\t")) }
            if let field { escape(field, into: &bytes) } else { bytes.append(contentsOf: "\\0".utf8) }
        }
    }

    /// A field `appendFields` wrote: nil for `\0`, else its text.
    static func field(_ bytes: RecordLines.Bytes) -> String? {
        RecordLines.is(bytes, "\\0") ? nil : unescape(bytes)
    }

    /// The page of a line's nine `fields`, its body left unread in its file under `contentPath`.
    static func page(_ fields: [RecordLines.Bytes], contentPath: String) -> Page? {
        guard fields.count == 9 else { return nil }
        func text(_ index: Int) -> String? { field(fields[index]) }
        guard let source = text(0), let location = text(1), let title = text(2),
            let bodyLine = RecordLines.integer(fields[5]).map(Int.init), bodyLine >= 1,
            let length = RecordLines.integer(fields[7]).map(Int.init), length >= 0,
            RecordLines.is(fields[4], "\\0") || RecordLines.integer(fields[4]) != nil
        else { return nil }
        return Page(
            sourcePath: source, location: location.utf8.split(separator: UInt8(ascii: "/")).map { String(Substring($0)) }, title: title,
            description: text(3), order: RecordLines.integer(fields[4]).map(Int.init),
            markdown: .known(directoryPath: contentPath, displayPath: source, length: length, mayHoldImages: RecordLines.is(fields[8], "1")),
            bodyLine: bodyLine, date: text(6))
    }

    /// Tabs, line breaks and backslashes escaped, so a field stays on its line (the build record's
    /// warnings use it too). Byte by byte, as `unescape` undoes it: a backslash or a tab before a
    /// combining mark is one Character with the mark, which a replacement by Characters skips.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscape) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8)
        escape(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` escaped (`escape`), appended to `bytes`.
    ///
    /// The bytes between escapes go in as runs: the record and the cache write every page's and
    /// warning's fields, and a byte at a time was the larger part of writing them.
    static func escape(_ text: String, into bytes: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            var start = 0
            for (index, byte) in utf8.enumerated() where needsEscape(byte) {
                bytes.append(contentsOf: utf8[start..<index])
                bytes.append(UInt8(ascii: "\\"))
                bytes.append(byte == UInt8(ascii: "\t") ? UInt8(ascii: "t") : byte == 0x0A ? UInt8(ascii: "n") : byte == 0x0D ? UInt8(ascii: "r") : byte)
                start = index + 1
            }
            bytes.append(contentsOf: utf8[start...])
        }
    }

    private static func needsEscape(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\t") || byte == 0x0A || byte == 0x0D
    }

    /// The text of a field `escape` wrote.
    static func unescape(_ field: some Collection<UInt8>) -> String {
        guard field.contains(UInt8(ascii: "\\")) else { return String(decoding: field, as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(field.count)
        var escaped = false
        for byte in field {
            if escaped {
                bytes.append(byte == UInt8(ascii: "t") ? UInt8(ascii: "\t") : byte == UInt8(ascii: "n") ? 0x0A : byte == UInt8(ascii: "r") ? 0x0D : byte)
                escaped = false
            } else if byte == UInt8(ascii: "\\") {
                escaped = true
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The file's text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// The file's bytes, made in one buffer: an edit build writes the 10,000 pages' lines, and a
    /// string per line joined into one was a twentieth of it.
    var bytes: [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(128 * pages.count + 8 * (linkingStart.count + linkingPages.count) + 4096)
        func line(_ parts: String...) {
            for part in parts { bytes.append(contentsOf: part.utf8) }
            bytes.append(UInt8(ascii: "\n"))
        }
        func numbers<Number: BinaryInteger>(_ tag: String, _ values: [Number]) {
            bytes.append(contentsOf: tag.utf8)
            for (index, value) in values.enumerated() {
                if index > 0 { bytes.append(UInt8(ascii: " ")) }
                DecimalBytes.append(Int64(value), to: &bytes)
            }
            bytes.append(UInt8(ascii: "\n"))
        }
        line(Self.opening)
        line("output \(output)")
        line("taken \(taken)")
        line("pages \(pageCount) \(String(pathsDigest, radix: 16))")
        line("images \(imageWarnings)")
        numbers("start ", linkingStart)
        numbers("linking ", linkingPages)
        if let search {
            line("search \(search.postings) \(search.shards) \(search.files) \(search.bytes)")
            numbers("sizes ", search.textSizes)
        }
        for page in pages {
            bytes.append(contentsOf: "p ".utf8)
            if Self.append(page, into: &bytes) { bytes.append(UInt8(ascii: "\n")) } else { bytes.removeLast(2) }
        }
        var mixer = ContentDigest.Mixer()
        bytes.withUnsafeBytes { mixer.add($0) }
        line("digest ", String(mixer.value, radix: 16))
        return bytes
    }

    /// What reading a cache file found.
    enum Loaded: Equatable {
        /// No file: a first build, or the folder was deleted.
        case none
        /// A file that cannot be used, and why.
        case unusable(String)
        case cache(BuildCache)
    }

    /// Reads the cache at `url`.
    static func read(_ url: URL, content: URL) -> Loaded {
        switch (kind(of: url.deletingLastPathComponent().path), kind(of: url.path)) {
        case (.missing, _), (_, .missing): return .none
        case (.folder, .file): break
        default: return .unusable(url.path + " (not a plain file in a plain folder)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else { return .none }
        return parse([UInt8](data), content: content).map(Loaded.cache) ?? .unusable(url.path)
    }

    /// The cache in `bytes`, or nil when it is not a whole cache of this version. Read in place, as
    /// the record is (`RecordLines`): an edit build reads the 10,000 pages' lines before it can do
    /// anything else.
    static func parse(_ bytes: [UInt8], content: URL) -> BuildCache? {
        let contentPath = content.path
        return bytes.withUnsafeBufferPointer { buffer -> BuildCache? in
            let newline = UInt8(ascii: "\n")
            guard buffer.starts(with: (opening + "\n").utf8), buffer.last == newline,
                let cut = buffer[..<(buffer.count - 1)].lastIndex(of: newline)
            else { return nil }
            // The last line is the digest of everything before it.
            var mixer = ContentDigest.Mixer()
            mixer.add(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: buffer[...cut])))
            let last = buffer[(cut + 1)..<(buffer.count - 1)]
            guard last.starts(with: "digest ".utf8), RecordLines.digest(last.dropFirst(7)) == mixer.value else { return nil }
            var cache = BuildCache(
                output: "", taken: 0, pageCount: -1, pathsDigest: 0, imageWarnings: -1, linkingStart: [], linkingPages: [], pages: [],
                search: nil)
            var sizes: [Int]?
            let whole = RecordLines.forEach(in: buffer, from: opening.utf8.count + 1, to: cut + 1) { tag, rest in
                if RecordLines.is(tag, "p") {
                    guard let page = page(rest.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false), contentPath: contentPath)
                    else { return false }
                    cache.pages.append(page)
                    return true
                }
                if RecordLines.is(tag, "output") {
                    cache.output = RecordLines.text(rest)
                    return true
                }
                let fields = rest.split(separator: UInt8(ascii: " "))
                if RecordLines.is(tag, "pages") {
                    guard fields.count == 2, let count = RecordLines.integer(fields[0]), let digest = RecordLines.digest(fields[1]) else { return false }
                    (cache.pageCount, cache.pathsDigest) = (Int(count), digest)
                    // A page takes a line of at least 16 bytes: a count beyond that is checked below.
                    cache.pages.reserveCapacity(max(0, min(Int(count), buffer.count / 16)))
                    return true
                }
                let numbers = fields.compactMap(RecordLines.integer)
                guard numbers.count == fields.count else { return false }
                if RecordLines.is(tag, "taken"), numbers.count == 1 {
                    cache.taken = numbers[0]
                } else if RecordLines.is(tag, "images"), numbers.count == 1 {
                    cache.imageWarnings = Int(numbers[0])
                } else if RecordLines.is(tag, "start") || RecordLines.is(tag, "linking") {
                    let pages = numbers.compactMap { Int32(exactly: $0) }
                    guard pages.count == numbers.count else { return false }
                    if RecordLines.is(tag, "start") { cache.linkingStart = pages } else { cache.linkingPages = pages }
                } else if RecordLines.is(tag, "search"), numbers.count == 4 {
                    let values = numbers.map { Int($0) }
                    cache.search = SearchFigures(postings: values[0], shards: values[1], files: values[2], bytes: values[3], textSizes: [])
                } else if RecordLines.is(tag, "sizes") {
                    sizes = numbers.map { Int($0) }
                } else {
                    return false
                }
                return true
            }
            guard whole else { return nil }
            if let sizes { cache.search?.textSizes = sizes }
            let linked = cache.linkingStart
            guard cache.pageCount >= 0, cache.imageWarnings >= 0, linked.count == cache.pageCount + 1, linked.first == 0,
                zip(linked, linked.dropFirst()).allSatisfy({ $0 <= $1 }), Int(linked.last ?? -1) == cache.linkingPages.count,
                cache.linkingPages.allSatisfy({ $0 >= 0 && Int($0) < cache.pageCount }), (cache.search == nil) == (sizes == nil)
            else { return nil }
            return cache
        }
    }

    /// Writes the file whole under a temporary name and renames it into place, so a reader never
    /// meets half of it; a folder that cannot be written only means the next edit builds all. A
    /// cache folder or file that is a link (which could lead out of the project) is left alone.
    func write(to url: URL) {
        let folder = url.deletingLastPathComponent()
        if Self.kind(of: folder.path) == .missing { try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false) }
        guard Self.kind(of: folder.path) == .folder, [.missing, .file].contains(Self.kind(of: url.path)) else { return }
        do {
            try AtomicFileWriter.writeTemporary(Data(bytes), for: url.path)
            try AtomicFileWriter.commit(url.path)
            Self.prune(keeping: url)
        } catch {
            AtomicFileWriter.discard(url.path)
        }
    }

    private enum Kind { case missing, file, folder, other }

    /// What is at `path` itself, a link not followed.
    private static func kind(of path: String) -> Kind {
        var status = stat()
        guard lstat(path, &status) == 0 else { return .missing }
        switch status.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .folder
        default: return .other
        }
    }

    /// Removes the file: the output changed in a way it does not describe.
    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url)
    }

    /// What a build says when it met a cache it cannot use.
    static func unusableNotice(_ url: URL) -> String {
        "ビルドキャッシュ \(url.path) は壊れているか別のビルドのものなので使わず、すべてを作り直しました"
            + " (the build cache is damaged or belongs to another build: it was ignored and everything was built; deleting \(folder)/ is always safe)"
    }

    /// The pages linking to page `number`.
    func linking(_ number: Int) -> ArraySlice<Int32> {
        linkingPages[Int(linkingStart[number])..<Int(linkingStart[number + 1])]
    }
}

extension SearchSummary {
    init(_ figures: BuildCache.SearchFigures) {
        pages = figures.textSizes.count
        files = figures.files
        shards = figures.shards
        bytes = figures.bytes
    }
}
