import Foundation

/// Reads `content/programs/*.md` into `Program`s and checks every reference they make.
///
/// Program files are hand-written, so the loader is strict: an unknown key (a misspelt `dataset:`)
/// would otherwise silently drop a link, and a reference to a missing section, dataset, document or
/// program would publish a page that promises what the site does not hold.
public struct ProgramLoader: Sendable {
    public let contentDirectory: URL

    public init(contentDirectory: URL) {
        self.contentDirectory = contentDirectory
    }

    static let keys: Set<String> = [
        "title", "slug", "aliases", "gloss", "theme", "governing_body", "documents", "sections", "datasets", "related",
        "order",
    ]

    /// Every program, sorted by file; none when `content/programs/` is absent.
    public func load() throws -> [Program] {
        let directory = contentDirectory.appendingPathComponent("programs")
        let files = try MarkdownFiles.list(under: directory)
        return try files.map { relative in
            let path = "programs/" + relative
            guard !relative.contains("/") else {
                throw ContentError(
                    file: path, problem: "program files cannot live in sub-folders", fix: "move it to content/programs/")
            }
            return try Self.parse(try TextFile.read(directory.appendingPathComponent(relative), displayPath: path), file: path)
        }
    }

    /// Parses one program file.
    static func parse(_ text: String, file: String) throws -> Program {
        let matter = try FrontMatter(parsing: text, file: file)
        for key in matter.keys where !keys.contains(key) {
            throw ContentError(
                file: file, line: matter.line(of: key), problem: "unknown key `\(key)`",
                fix: "use only " + keys.sorted().joined(separator: ", ") + " (see README, Programs)")
        }
        let fix = "add it to the front matter (see README, Programs)"
        let slug = try matter.required("slug", fix: fix)
        let fileName = (file as NSString).lastPathComponent.replacingOccurrences(of: ".md", with: "")
        guard slug == fileName, PageLoader.isValidSlug(slug) else {
            throw ContentError(
                file: file, line: matter.line(of: "slug"), problem: "slug “\(slug)” does not match the file name",
                fix: "name the file <slug>.md, with lower-case ASCII letters, digits and -")
        }
        let theme = try matter.required("theme", fix: fix)
        guard Program.themes.contains(theme) else {
            throw ContentError(
                file: file, line: matter.line(of: "theme"), problem: "theme “\(theme)” is not one of the site's themes",
                fix: "use one of " + Program.themes.joined(separator: "、"))
        }
        func references(_ key: String) throws -> [Program.Reference] {
            try matter.lines(key).map { Program.Reference($0.value, line: $0.line) }
        }
        let sections = try references("sections")
        guard !sections.isEmpty else {
            throw ContentError(
                file: file, line: matter.line(of: "sections") ?? matter.firstLine, problem: "names no section",
                fix: "list the sections that describe it as `sections: [<doc-id>/<section>]`")
        }
        return Program(
            sourcePath: file, slug: slug, title: try matter.required("title", fix: fix),
            aliases: try matter.strings("aliases"), gloss: try matter.required("gloss", fix: fix), theme: theme,
            governingBody: try matter.string("governing_body"), documents: try references("documents"),
            sections: sections, datasets: try references("datasets"), related: try references("related"),
            order: try matter.int("order"), body: matter.body, bodyLine: matter.bodyLine)
    }

    /// Checks every reference of every program against what the content holds.
    /// - Throws: `ContentError` at the program file and the line of the first dangling entry, or
    ///   where a name is given to two programs.
    public static func validate(
        _ programs: [Program], documents: [LoadedDocument], datasetIDs: Set<String>
    ) throws {
        let documentIDs = Set(documents.map(\.info.id))
        let sectionIDs = Set(documents.flatMap { document in document.sections.map { document.info.id + "/" + $0.slug } })
        let slugs = Set(programs.map(\.slug))
        var owners: [String: String] = [:]
        for program in programs {
            func check(_ references: [Program.Reference], in known: Set<String>, _ what: String, fix: String) throws {
                for reference in references where !known.contains(reference.id) {
                    throw ContentError(
                        file: program.sourcePath, line: reference.line, problem: "names \(what) “\(reference.id)”, which does not exist",
                        fix: fix)
                }
            }
            try check(program.documents, in: documentIDs, "document", fix: "use an id from content/sources/sources.yaml")
            try check(
                program.sections, in: sectionIDs, "section",
                fix: "write <doc-id>/<file name without .md> of a file in content/documents/")
            try check(program.datasets, in: datasetIDs, "dataset", fix: "use the id of a content/data/<id>.yaml")
            try check(program.related, in: slugs.subtracting([program.slug]), "related program", fix: "use another program's slug")
            for name in program.names {
                if let other = owners[name], other != program.sourcePath {
                    throw ContentError(
                        file: program.sourcePath, problem: "the name “\(name)” is also used by \(other)",
                        fix: "give each name to one program only (drop the alias from one of them)")
                }
                owners[name] = program.sourcePath
            }
        }
    }
}
