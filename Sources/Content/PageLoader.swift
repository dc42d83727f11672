import Foundation

/// Loads every `content/pages/**/*.md` into `Page` values.
///
/// `pages/a/b.md` lives at `a/b`, `pages/a/index.md` at `a`, and `pages/index.md` is the home page. A
/// `slug` in front matter replaces the file's own name as the last path component.
public struct PageLoader: Sendable {
    /// The directory holding `pages/`.
    public let contentDirectory: URL
    /// Whether pages marked `draft: true` are loaded (`--drafts`); otherwise they are left out.
    public let includeDrafts: Bool

    /// Creates a loader.
    public init(contentDirectory: URL, includeDrafts: Bool = false) {
        self.contentDirectory = contentDirectory
        self.includeDrafts = includeDrafts
    }

    /// Reads and parses every page, sorted by source path; a page in `known` (by source path, as
    /// the last build loaded it from a file that has not changed since) is taken as it is.
    /// `listed` is `FolderFiles.list` of pages/ when the caller has it already.
    /// - Throws: `ContentError` for the first file that cannot be read, parsed or placed.
    public func load(reusing known: [String: Page] = [:], listed: [String]? = nil) throws -> [Page] {
        let pagesDirectory = contentDirectory.appendingPathComponent("pages")
        let files = try MarkdownFiles.list(under: pagesDirectory, listed: listed)
        var owners: [[String]: String] = [:]
        // Paths are joined as strings from the folder's, taken once: a `URL` per page cost more
        // than reading the page.
        let directory = contentDirectory.path
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        let folders = CheckedFolders()
        let loaded = try ParallelMap.map(files) { relative in
            let displayPath = "pages/" + relative
            if let page = known[displayPath] { return page }
            return try loadPage(relative: relative, displayPath: displayPath, directory: directory, path: prefix + displayPath, folders: folders)
        }.compactMap { $0 }
        owners.reserveCapacity(loaded.count)
        for page in loaded {
            let displayPath = page.sourcePath
            if let other = owners[page.location] {
                throw ContentError(
                    file: displayPath, problem: "lands on the same address as \(other)",
                    fix: "rename one of the files or give one a different `slug`")
            }
            owners[page.location] = displayPath
        }
        return loaded
    }

    private func loadPage(relative: String, displayPath: String, directory: String, path: String, folders: CheckedFolders) throws -> Page? {
        let text = try TextFile.read(path: path, displayPath: displayPath, folders: folders)
        let matter = try FrontMatter(parsing: text, file: displayPath)
        try KnownKeys.check(matter, known: Self.frontMatterKeys, file: displayPath)
        if try matter.bool("draft") == true, !includeDrafts { return nil }
        guard let title = try matter.string("title"), !Self.isBlank(title) else {
            throw ContentError(
                file: displayPath, line: matter.line(of: "title") ?? 1, problem: "has no title",
                fix: "add `title: …` to the front matter between --- lines at the top of the file")
        }
        // A title of no more bytes than the limit has no more characters either.
        if title.utf8.count > Self.titleLimit, title.count > Self.titleLimit {
            throw ContentError(
                file: displayPath, line: matter.line(of: "title"),
                problem: "title is \(title.count) characters long; at most \(Self.titleLimit) are allowed",
                fix: "shorten the title and put the rest in `description` or the body")
        }
        var location = relative.dropLast(3).split(separator: "/").map(String.init)
        // `_index.md` is the folder index in Hugo content trees; accepting it lets such trees build as they are.
        if location.last == "index" || location.last == "_index" { location.removeLast() }
        if let slug = try matter.string("slug") {
            guard Self.isValidSlug(slug) else {
                throw ContentError(
                    file: displayPath, line: matter.line(of: "slug"), problem: "slug “\(slug)” is not a valid address part",
                    fix: "use lower-case ASCII letters, digits, - and _ only")
            }
            if location.isEmpty {
                throw ContentError(
                    file: displayPath, line: matter.line(of: "slug"), problem: "the home page cannot have a slug",
                    fix: "remove `slug` from pages/index.md")
            }
            location[location.count - 1] = slug
        }
        for component in location where !Self.isValidSlug(component) {
            throw ContentError(
                file: displayPath, problem: "“\(component)” in the path is not a valid address part",
                fix: "rename the file or folder with lower-case ASCII letters, digits, - and _, or set `slug`")
        }
        return Page(
            sourcePath: displayPath, location: location, title: title,
            description: try matter.string("description"), order: try Self.order(matter, file: displayPath),
            markdown: MarkdownBody(leavingInFile: matter.body, directory: directory, displayPath: displayPath), bodyLine: matter.bodyLine,
            date: try Self.date(matter, file: displayPath))
    }

    /// Whether a title is empty or only spaces (as `CharacterSet.whitespaces` has them). Asked scalar
    /// by scalar, it stops at the first visible one, nearly always the first, where trimming copied
    /// every title.
    static func isBlank(_ title: String) -> Bool {
        title.unicodeScalars.allSatisfy(CharacterSet.whitespaces.contains)
    }

    /// A title is a heading, repeated in navigation, breadcrumbs and `<title>` of many pages.
    static let titleLimit = 200

    /// The keys a page's front matter may have. `weight` and `date` are Hugo's, so a Hugo content
    /// tree builds as it is.
    static let frontMatterKeys = ["title", "description", "order", "weight", "slug", "draft", "date"]

    /// `order`, or Hugo's name for it, `weight`; not both.
    private static func order(_ matter: FrontMatter, file: String) throws -> Int? {
        let order = try matter.int("order"), weight = try matter.int("weight")
        if order != nil, weight != nil {
            throw ContentError(
                file: file, line: matter.line(of: "weight"), problem: "has both `order` and `weight`, which mean the same",
                fix: "keep one of them")
        }
        return order ?? weight
    }

    /// `date: 2024-03-01` (a time after the day, as Hugo writes it, is allowed and left out).
    private static func date(_ matter: FrontMatter, file: String) throws -> String? {
        guard let text = try matter.string("date") else { return nil }
        let day = String(text.prefix(10))
        let digits = day.unicodeScalars.enumerated().allSatisfy { index, scalar in
            index == 4 || index == 7 ? scalar == "-" : ("0"..."9").contains(scalar)
        }
        guard day.count == 10, digits, text.count == 10 || text.dropFirst(10).first == "T" || text.dropFirst(10).first == " ",
            let month = Int(day.dropFirst(5).prefix(2)), (1...12).contains(month),
            let dayOfMonth = Int(day.suffix(2)), (1...31).contains(dayOfMonth)
        else {
            throw ContentError(
                file: file, line: matter.line(of: "date"), problem: "date “\(text)” is not a date",
                fix: "write it as year-month-day, e.g. `date: 2024-03-01`")
        }
        return day
    }

    /// Address parts stay ASCII so links work the same on every server and from file://.
    static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug != "assets"
            && slug.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" || $0 == "_" }
    }
}

/// Lists Markdown files below a directory, relative and sorted, skipping hidden files.
enum MarkdownFiles {
    static func list(under directory: URL, listed: [String]? = nil) throws -> [String] {
        let files = listed ?? FolderFiles.list(under: directory)
        // `.MD` and `.markdown` pages were once skipped without a word.
        if let other = files.first(where: { !$0.hasSuffix(".md") && [".md", ".markdown", ".mdown"].contains(where: $0.lowercased().hasSuffix) }) {
            throw ContentError(
                file: directory.lastPathComponent + "/" + other, problem: "is a Markdown file that Shiryo does not read",
                fix: "rename it to end in .md (lower case)")
        }
        return files.filter { $0.hasSuffix(".md") }
    }
}
